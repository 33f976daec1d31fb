/**
 * `npm run check`: validates all of content/ without building the site, or one story with `-- --story <slug>`.
 * Exit 1 on any error in published content, 2 on a bad command line.
 */
import { parseArgs } from "node:util";
import { report } from "../lib/check";
import { timed } from "../lib/build-timing";
import { loadContent } from "../lib/content";
import { pruneStoryCache } from "../lib/content-cache";
import { contentRoots, storyCache } from "../lib/site";

// Piped into head or less: stop quietly when the reader stops reading.
process.stdout.on("error", (error: NodeJS.ErrnoException) => process.exit(error.code === "EPIPE" ? 0 : 1));

let only: string | undefined;
try {
  ({ values: { story: only } } = parseArgs({ options: { story: { type: "string" } } }));
} catch (error) {
  console.error(`${(error as Error).message.split("\n")[0]}. Usage: npm run check [-- --story <slug>]`);
  process.exit(2);
}
const started = performance.now();
const content = timed("content", () => loadContent(contentRoots(), process.cwd(), { only, cache: storyCache }));
pruneStoryCache();
if (only !== undefined && content.stories.length === 0 && !content.findings.some((finding) => finding.file.includes(`/stories/${only}/`) || finding.file.startsWith(`stories/${only}/`))) {
  console.error(`No story "${only}" in ${contentRoots().join(", ")}.`);
  process.exit(2);
}
const { text, errors } = report(content.findings, content.drafts);
const items = content.stories.reduce((count, story) => count + 1 + story.issues.length, 0);
console.log(text);
console.log(`Checked ${items} stories and issues${only ? ` of ${only}` : ""} in ${Math.round(performance.now() - started)} ms.`);
process.exitCode = errors > 0 ? 1 : 0;
