/**
 * npm run story:new and npm run story:update, end to end: the commands run on copies, then the checker reads what
 * they wrote. The update runs on a copy of the real story with a version made here.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { formatFinding, loadContent } from "./content";

const run = (script: string, args: string[], root: string) =>
  spawnSync(process.execPath, ["--import", "tsx", `scripts/${script}.ts`, ...args], { env: { ...process.env, CONTENT_ROOTS: root }, encoding: "utf8" });
const tmp = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));
const tree = (dir: string): string[] => (fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true }).map(String).sort() : []);

const REPORT = " date 2024-03-05 \n\nKEST CITY (Meridian) The northern and southern provinces agreed on Tuesday to share the river's water.\n\nThe river board will meet in May, the governor said.\n\nMeridian News Agency writer Lia Fern in Kest City contributed.\n";

describe("npm run story:new", () => {
  it("creates a draft story from a report, which the check passes with warnings only", () => {
    const root = tmp("story-new-");
    const report = path.join(root, "report.txt");
    fs.writeFileSync(report, REPORT);
    const result = run("story-new", ["water-deal-2024", report, "--received", "2024-03-05"], root);
    assert.equal(result.status, 0, result.stderr);
    const dir = path.join(root, "stories", "water-deal-2024");
    assert.deepEqual(tree(dir), ["index.mdx", "issues", "issues/example-issue.mdx", "source.txt"]);
    assert.ok(fs.readFileSync(path.join(dir, "source.txt")).equals(Buffer.from(REPORT)), "the report is copied byte for byte");
    const index = fs.readFileSync(path.join(dir, "index.mdx"), "utf8");
    assert.match(index, new RegExp(`sha256: ${createHash("sha256").update(REPORT).digest("hex")}`));
    assert.match(index, /^status: draft$/m);
    assert.match(index, /^  date: 2024-03-05$/m);
    assert.match(index, /^  received: 2024-03-05$/m);
    assert.match(index, /^  publisher: "Meridian News Agency"$/m);
    const { findings } = loadContent([root], root);
    assert.ok(findings.length > 0);
    assert.deepEqual(findings.filter((finding) => finding.severity === "error"), []);
    assert.ok(findings.some((finding) => finding.field === "scaffold" && finding.draft), "the guides left are named");
  });

  it("refuses, in one line and changing nothing, a bad name, a name taken, a missing, empty or binary report", () => {
    const root = tmp("story-new-");
    fs.mkdirSync(path.join(root, "stories", "taken"), { recursive: true });
    const files = { good: REPORT, empty: " date 2024-03-05 \n\n  \n", binary: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]) };
    for (const [name, data] of Object.entries(files)) fs.writeFileSync(path.join(root, `${name}.txt`), data);
    const before = tree(root);
    const cases: [string[], RegExp][] = [
      [["Water Deal", "good.txt"], /^story:new: "Water Deal" is not a story name: use lower-case letters, digits and hyphens/],
      [["taken", "good.txt"], /^story:new: a story called taken already exists$/],
      [["fresh", "missing.txt"], /^story:new: .*missing\.txt: no such file$/],
      [["fresh", "empty.txt"], /^story:new: .*empty\.txt: the report is empty: it has no paragraphs$/],
      [["fresh", "binary.txt"], /^story:new: .*binary\.txt:\d+: (not valid UTF-8 text|control character)/],
    ];
    for (const [args, message] of cases) {
      const result = run("story-new", [args[0], path.join(root, args[1])], root);
      assert.equal(result.status, 2, args.join(" "));
      assert.equal(result.stderr.trim().split("\n").length, 1, result.stderr);
      assert.match(result.stderr.trim(), message);
    }
    assert.deepEqual(tree(root), before);
  });
});

describe("npm run story:update on a copy of the real story", () => {
  const real = path.resolve("content/stories/blinken-xi-beijing-2023");
  const slug = path.basename(real);
  const oldReport = fs.readFileSync(path.join(real, "source.txt"), "utf8");
  // The new version: a paragraph inserted after ¶2, ¶14's garbled "strait. of Taiwan" corrected, ¶21 cut.
  const newReport = oldReport
    .replace("Still, China’s top diplomat", "Blinken arrived in Beijing on Sunday for the two days of talks.\n\nStill, China’s top diplomat")
    .replace("the strait. of Taiwan", "the Taiwan Strait")
    .replace("Instead, these officials stressed the importance for both countries to establish and maintain better lines of communication.\n\n", "");

  const root = tmp("story-update-");
  const dir = path.join(root, "stories", slug);
  fs.cpSync(real, dir, { recursive: true });
  const before = Object.fromEntries(tree(dir).filter((file) => file.endsWith(".mdx")).map((file) => [file, fs.readFileSync(path.join(dir, file), "utf8")]));
  const report = path.join(root, "new.txt");
  fs.writeFileSync(report, newReport);
  const result = run("story-update", [slug, report, "--received", "2026-12-02"], root);

  it("keeps the earlier version byte for byte, pins the new one and records the update", () => {
    assert.equal(result.status, 0, result.stderr);
    const kept = path.join(dir, "versions", `2026-11-28-${createHash("sha256").update(oldReport).digest("hex").slice(0, 8)}.txt`);
    assert.ok(fs.readFileSync(kept).equals(Buffer.from(oldReport)));
    assert.equal(fs.readFileSync(path.join(dir, "source.txt"), "utf8"), newReport);
    const index = fs.readFileSync(path.join(dir, "index.mdx"), "utf8");
    assert.match(index, new RegExp(`^  sha256: ${createHash("sha256").update(newReport).digest("hex")}$`, "m"));
    assert.match(index, /^updates:\n  - date: 2026-12-02\n    text: ""\n    previous:\n      sha256: 67de3105\w+\n      received: 2026-11-28$/m);
    assert.match(result.stdout, /^Paragraphs: 33 unchanged, 0 moved, 1 edited, 1 new, 1 removed \(35 before, 35 now\)\.$/m);
  });

  it("carries every citation of an unchanged paragraph to its new number, and changes nothing else", () => {
    // Old ¶1–2 stay; ¶3–20 move one down; ¶21 is cut; ¶22–35 keep their numbers. ¶14 is edited and becomes ¶15.
    const renumber = (n: number) => (n <= 2 ? n : n <= 20 ? n + 1 : n);
    for (const [file, text] of Object.entries(before)) {
      const after = fs.readFileSync(path.join(dir, file), "utf8");
      const expected = text
        .replace(/<Cite p="([^"]+)" \/>/g, (cite, raw: string) => {
          const numbers = raw.split(",").flatMap((part) => {
            const [from, to = from] = part.trim().split("-").map(Number);
            return Array.from({ length: to - from + 1 }, (_, k) => from + k);
          });
          if (numbers.includes(14) || numbers.includes(21)) return cite; // places to decide: checked below
          const mapped = numbers.map(renumber);
          return mapped.every((n, i) => n === numbers[i]) ? cite : `<Cite p="${compress(mapped)}" />`;
        });
      const decided = (line: string) => /review[:=]/.test(line) || /¶?\b(14|21)\b/.test(line) || /^ {2,}(?:cite|paragraphs|- )/.test(line) || /^\s+sha256|^\s+received|^updates|^ {4}text: ""|^ {4}previous|^ {6}(sha256|received)/.test(line);
      const differing = after.split("\n").filter((line) => !expected.split("\n").includes(line) && !decided(line) && !/<Cite p="[^"]*\b(15|21|22)\b[^"]*" review=/.test(line));
      assert.deepEqual(differing, [], `${file}: lines changed other than citations`);
    }
  });

  it("names, at its file and line, exactly the places that rest on the edited ¶14 or the removed ¶21", () => {
    const { findings } = loadContent([root], root);
    const places = findings.filter((finding) => finding.message.startsWith("review:")).map(formatFinding);
    const citing = (text: string) => [...text.matchAll(/<Cite p="([^"]+)"/g)].filter(([, raw]) => raw.split(",").some((part) => {
      const [from, to = from] = part.trim().split("-").map(Number);
      return (from <= 14 && 14 <= to) || (from <= 21 && 21 <= to);
    })).length;
    const bodyPlaces = Object.values(before).reduce((n, text) => n + citing(text.slice(text.indexOf("\n---\n"))), 0);
    assert.equal(places.filter((place) => place.includes(": Cite: review:")).length, bodyPlaces);
    // Each is named with the paragraph's new wording marked, or with the words of the paragraph removed.
    assert.ok(places.some((place) => place.includes('¶14 was edited in the report\'s update of 2 December 2026 and is now ¶15: "… military activity in the [-strait. of-] Taiwan {+Strait+}')));
    assert.ok(places.some((place) => place.includes("¶21 was removed in the report's update of 2 December 2026; it read \"Instead, these officials stressed")));
    // The update must be worded for readers, and nothing publishes until every place is decided.
    assert.ok(findings.some((finding) => formatFinding(finding).includes("updates[0].text: must say")));
    assert.equal(loadContent([root], root).stories.length, 0);
    const check = run("check", [], root);
    assert.equal(check.status, 1);
    const summary = result.stdout.match(/(\d+) places? to decide/);
    assert.equal(Number(summary?.[1]), places.length);
  });
});

/** "3, 4, 5, 9" as "3-5, 9", written apart from lib/update.ts on purpose: what a test expects must not come from the code it tests. */
function compress(numbers: number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(j - i >= 2 ? `${sorted[i]}-${sorted[j]}` : sorted.slice(i, j + 1).join(", "));
    i = j + 1;
  }
  return parts.join(", ");
}
