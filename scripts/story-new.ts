/** `npm run story:new -- <story> <report.txt> [--received YYYY-MM-DD] [--date YYYY-MM-DD] [--publisher "…"]`: a new draft story. */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { scaffoldStory } from "../lib/scaffold";
import { contentRoots } from "../lib/site";

const fail = (message: string): never => {
  console.error(`story:new: ${message}`);
  process.exit(2);
};
let args: ReturnType<typeof parse>;
const parse = () => parseArgs({ allowPositionals: true, options: { received: { type: "string" }, date: { type: "string" }, publisher: { type: "string" } } });
try {
  args = parse();
} catch (error) {
  fail(`${(error as Error).message.split("\n")[0]}`);
}
const [slug, reportPath] = args!.positionals;
if (!slug || !reportPath) fail("usage: npm run story:new -- <story> <report.txt> [--received YYYY-MM-DD] [--date YYYY-MM-DD] [--publisher \"Agency\"]");
const day = /^\d{4}-\d{2}-\d{2}$/;
for (const option of ["received", "date"] as const) if (args!.values[option] && !day.test(args!.values[option]!)) fail(`--${option} must be a date written YYYY-MM-DD`);
const [root, ...others] = contentRoots();
const taken = [root, ...others].flatMap((dir) => (fs.existsSync(path.join(dir, "stories")) ? fs.readdirSync(path.join(dir, "stories")) : []));
const report = fs.existsSync(reportPath) && fs.statSync(reportPath).isFile() ? fs.readFileSync(reportPath) : null;
const plan = scaffoldStory({
  slug,
  report,
  reportName: reportPath,
  taken,
  received: args!.values.received ?? new Date().toISOString().slice(0, 10),
  date: args!.values.date,
  publisher: args!.values.publisher,
});
if ("problem" in plan) fail(plan.problem);
const { files, summary } = plan as Exclude<typeof plan, { problem: string }>;
const dir = path.join(root, "stories", slug);
for (const [file, text] of Object.entries(files)) {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), text);
}
const shown = path.relative(process.cwd(), dir);
console.log([`Created ${shown}/: ${Object.keys(files).join(", ")} (a draft).`, ...summary, `Next: npm run paragraphs -- ${slug}, write, and npm run check -- --story ${slug} until it says the draft would pass as published.`].join("\n"));
