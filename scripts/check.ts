/** `npm run check`: validates all of content/ without building the site. Exit 1 on any error. */
import { report } from "../lib/check";
import { loadContent } from "../lib/content";
import { contentRoots } from "../lib/site";

const started = performance.now();
const content = loadContent(contentRoots());
const { text, errors } = report(content.findings);
const items = content.stories.reduce((count, story) => count + 1 + story.issues.length, 0);
console.log(text);
console.log(`Checked ${items} stories and issues in ${Math.round(performance.now() - started)} ms.`);
process.exitCode = errors > 0 ? 1 : 0;
