/** `npm run story:update -- <story> <new-report.txt> [--received YYYY-MM-DD]`: takes a later version of a story's report. */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { contentRoots } from "../lib/site";
import { planUpdate } from "../lib/update";

const fail = (message: string): never => {
  console.error(`story:update: ${message}`);
  process.exit(2);
};
let values: { received?: string } = {};
let positionals: string[] = [];
try {
  ({ values, positionals } = parseArgs({ allowPositionals: true, options: { received: { type: "string" } } }));
} catch (error) {
  fail((error as Error).message.split("\n")[0]);
}
const [slug, reportPath] = positionals;
if (!slug || !reportPath) fail("usage: npm run story:update -- <story> <new-report.txt> [--received YYYY-MM-DD]");
if (values.received && !/^\d{4}-\d{2}-\d{2}$/.test(values.received)) fail("--received must be a date written YYYY-MM-DD");
const dir = contentRoots()
  .map((root) => path.join(root, "stories", slug))
  .find((candidate) => fs.existsSync(path.join(candidate, "index.mdx")));
if (!dir) fail(`no story ${slug} in ${contentRoots().join(", ")}`);
if (!fs.existsSync(reportPath) || !fs.statSync(reportPath).isFile()) fail(`${reportPath}: no such file`);
const issues = fs.existsSync(path.join(dir!, "issues")) ? fs.readdirSync(path.join(dir!, "issues")).filter((name) => name.endsWith(".mdx")) : [];
const files = Object.fromEntries(["index.mdx", ...issues.map((name) => `issues/${name}`)].map((file) => [file, fs.readFileSync(path.join(dir!, file), "utf8")]));
const received = values.received ?? new Date().toISOString().slice(0, 10);
const plan = planUpdate({ files, oldReport: fs.readFileSync(path.join(dir!, "source.txt")), newReport: fs.readFileSync(reportPath), received });
if ("problem" in plan) fail(plan.problem);
const done = plan as Exclude<typeof plan, { problem: string }>;
for (const [file, text] of Object.entries(done.writes)) {
  fs.mkdirSync(path.dirname(path.join(dir!, file)), { recursive: true });
  fs.writeFileSync(path.join(dir!, file), text);
}
const shown = path.relative(process.cwd(), dir!);
const fates = done.match.fates;
const count = (status: string) => fates.filter((fate) => fate.status === status).length;
const listed = (status: string) => fates.flatMap((fate, i) => (fate.status === status ? [`¶${i + 1}${"to" in fate ? ` → ¶${fate.to}` : ""}`] : []));
console.log(
  [
    `Took the new version of ${shown}/source.txt, received ${received}; the earlier one is kept as ${shown}/${Object.keys(done.writes).find((file) => file.startsWith("versions/"))}.`,
    `Paragraphs: ${count("unchanged")} unchanged, ${count("moved")} moved, ${count("edited")} edited, ${done.match.added.length} new, ${count("removed")} removed (${done.before.paragraphs.length} before, ${done.after.paragraphs.length} now).`,
    ...(["moved", "edited", "removed"] as const).filter((status) => count(status) > 0).map((status) => `  ${status}: ${listed(status).join(", ")}`),
    ...(done.match.added.length > 0 ? [`  new: ${done.match.added.map((n) => `¶${n}`).join(", ")}`] : []),
    done.dateLine.before === done.dateLine.after ? "Date line: unchanged." : `Date line: ${done.dateLine.before ?? "none"} → ${done.dateLine.after ?? "none"}; source.date follows it, and every date worked out from the report's date is checked again.`,
    `Citations: ${done.carried} carried over, ${done.renumbered} of them to new numbers; ${done.places.length} ${done.places.length === 1 ? "place" : "places"} to decide:`,
    ...[...done.places].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line).map((place) => `  ${shown}/${place.file}:${place.line}: ${place.review}`),
    `Next: say what changed for readers in the new updates entry (its text) in ${shown}/index.mdx, then run npm run check: it names each place to decide with the paragraph's old and new wording, and fails the build until each review is resolved and deleted.`,
  ].join("\n"),
);
