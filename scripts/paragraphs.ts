/**
 * `npm run paragraphs -- <story | report.txt>`: prints a report as the site numbers it, ¶1 to ¶N, with its date
 * line and credit line marked as such, so an editor can cite it before writing a word.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { readFrontmatter } from "../lib/frontmatter";
import { decodeText, LIMITS } from "../lib/guard";
import { contentRoots } from "../lib/site";
import { parseSource } from "../lib/source";

// Piped into head or less: stop quietly when the reader stops reading.
process.stdout.on("error", (error: NodeJS.ErrnoException) => process.exit(error.code === "EPIPE" ? 0 : 1));

const fail = (message: string): never => {
  console.error(message);
  process.exit(2);
};

const [target] = process.argv.slice(2);
if (!target) fail("Usage: npm run paragraphs -- <story> (a folder under content/stories) or -- <report.txt>");
const storyDir = contentRoots()
  .map((root) => path.join(root, "stories", target))
  .find((dir) => fs.existsSync(path.join(dir, "source.txt")));
const file = storyDir ? path.join(storyDir, "source.txt") : fs.existsSync(target) && fs.statSync(target).isFile() ? target : fail(`No story "${target}" in ${contentRoots().join(", ")}, and no file ${target}.`);
const bytes = fs.readFileSync(file);
const decoded = decodeText(bytes, LIMITS.sourceBytes);
if ("fault" in decoded) fail(`${path.relative(process.cwd(), file)}:${decoded.fault.line}: source: ${decoded.fault.message}`);
const text = "text" in decoded ? decoded.text : "";
// A story may declare a credit line in another form than "… contributed."; the numbering follows it.
const index = storyDir && fs.existsSync(path.join(storyDir, "index.mdx")) ? readFrontmatter(fs.readFileSync(path.join(storyDir, "index.mdx"), "utf8")) : null;
const credit = (index?.data as { source?: { credit?: unknown } } | undefined)?.source?.credit;
const source = parseSource(text, typeof credit === "string" ? { credit } : {});

const width = String(source.paragraphs.length).length + 1;
console.log(`${path.relative(process.cwd(), file)}: ${source.paragraphs.length} paragraphs, SHA-256 ${createHash("sha256").update(bytes).digest("hex")}`);
console.log(source.date ? `Date line (not numbered): ${source.date}` : "No date line: give the report's date in the story as source.date.");
source.paragraphs.forEach((paragraph, i) => console.log(`${`¶${i + 1}`.padEnd(width + 1)} ${paragraph}`));
console.log(
  source.credit
    ? `Credit line (not numbered): ${source.credit}`
    : 'No credit line: none was recognised (a short last paragraph ending in "contributed."). If the last paragraph is one in another form, give it word for word as source.credit.',
);
