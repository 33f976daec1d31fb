/**
 * Mutation tests of the grounding rule on the real story: change one number, month, name or time of day in a cited
 * sentence, and the check must point at that line, naming the word. Each mutation runs on a fresh copy.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { formatFinding, loadContent } from "./content";

const real = path.resolve("content/stories/blinken-xi-beijing-2023");

/** Copies the real story, replaces `from` with `to` once in `file`, and returns the findings and the line changed. */
function mutate(file: string, from: string, to: string): { findings: string[]; line: number } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "mutation-"));
  const dir = path.join(root, "stories", path.basename(real));
  fs.cpSync(real, dir, { recursive: true });
  const text = fs.readFileSync(path.join(dir, file), "utf8");
  const at = text.indexOf(from);
  assert.notEqual(at, -1, `${JSON.stringify(from)} is not in ${file}: the mutation needs updating`);
  assert.equal(text.indexOf(from, at + 1), -1, `${JSON.stringify(from)} occurs twice in ${file}: quote more of it`);
  fs.writeFileSync(path.join(dir, file), text.slice(0, at) + to + text.slice(at + from.length));
  const findings = loadContent([root], root).findings.filter((f) => f.severity === "error").map(formatFinding);
  fs.rmSync(root, { recursive: true, force: true });
  return { findings, line: text.slice(0, at).split("\n").length };
}

const mutations: { what: string; file: string; from: string; to: string; word: string; field?: string }[] = [
  { what: "a number", file: "index.mdx", from: "Minister Qin Gang for nearly six hours, after", to: "Minister Qin Gang for nearly seven hours, after", word: "seven" },
  { what: "a number in digits", file: "index.mdx", from: "for 35 minutes, at the Great Hall", to: "for 45 minutes, at the Great Hall", word: "45" },
  { what: "a name made of two the report gives apart", file: "index.mdx", from: "Jake Sullivan met Wang Yi in Vienna", to: "William Sullivan met Wang Yi in Vienna", word: "William Sullivan" },
  { what: "a month", file: "index.mdx", from: "CIA chief William Burns visited China in May", to: "CIA chief William Burns visited China in April", word: "April" },
  { what: "a name", file: "index.mdx", from: "Jake Sullivan met Wang Yi in Vienna", to: "Jake Sullivan met Wang Yi in Geneva", word: "Geneva" },
  { what: "a name at the start of a sentence", file: "index.mdx", from: "Blinken described his earlier discussions", to: "Sullivan described his earlier discussions", word: "Sullivan" },
  { what: "a time of day", file: "index.mdx", from: "Before meeting Xi on Monday, Blinken met", to: "Before meeting Xi on Monday afternoon, Blinken met", word: "afternoon" },
  { what: "a year", file: "issues/military-to-military.mdx", from: "said that since 2021 China", to: "said that since 2020 China", word: "2020" },
  { what: "a name in a summary", file: "issues/fentanyl.mdx", from: "summary:\n  text: \"Blinken urged", to: "summary:\n  text: \"Sullivan urged", word: "Sullivan", field: "summary.text" },
  { what: "a name in a table cell", file: "issues/state-of-relations.mdx", from: "text: \"Blinken said he and Xi agreed", to: "text: \"Blinken said he and Biden agreed", word: "Biden", field: "standing.us.text" },
  { what: "a weekday in a timeline entry", file: "index.mdx", from: "label: 'Sunday, <Date", to: "label: 'Saturday, <Date", word: "Saturday", field: "timeline[4].label" },
];

describe("grounding: mutations of the real story are caught at their line", () => {
  for (const { what, file, from, to, word, field = "grounding" } of mutations) {
    it(`${what}: ${JSON.stringify(to.trim())}`, () => {
      const { findings, line: start } = mutate(file, from, to);
      const line = start + (from.startsWith("summary:\n") ? 1 : 0);
      const where = `content/stories/blinken-xi-beijing-2023/${file}:`.replace("content/", "");
      const hit = findings.find((finding) => finding.includes(`${where}${line}: ${field}:`) && finding.includes(JSON.stringify(word)));
      assert.ok(hit, `expected a ${field} error naming ${JSON.stringify(word)} at ${file}:${line}, got:\n${findings.join("\n")}`);
    });
  }

  it("the real story, unchanged, passes", () => {
    const root = path.resolve("content");
    assert.deepEqual(loadContent([root], root).findings.map(formatFinding), []);
  });
});
