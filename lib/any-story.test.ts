/** Any story, from any wire: sides per story, credit lines of any agency, and a checker that says everything at once. */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { describe, it } from "node:test";
import { formatFinding, loadContent } from "./content";
import { contentRoot, issueFile, SOURCE, SOURCE_SHA256, STORY, TRADE } from "./fixtures";
import { parseSource } from "./source";

const S = "stories/s";
const valid = { [`${S}/source.txt`]: SOURCE, [`${S}/index.mdx`]: STORY, [`${S}/issues/trade.mdx`]: issueFile(TRADE) };

function load(files: Record<string, string>) {
  const root = contentRoot({ ...valid, ...files });
  return { root, content: loadContent([root], root) };
}
const lines = (files: Record<string, string>) => load(files).content.findings.map((f) => `${f.severity} ${formatFinding(f)}`);

const SIDES = "sides:\n  - key: us\n    label: The U.S. side\n  - key: china\n    label: The Chinese side\n";
const withSides = (sides: string) => ({ [`${S}/index.mdx`]: STORY.replace(SIDES, sides) });
const row = (cells: string) => `standing:\n${cells}  status: not-reported\n  cite: "3"`;

describe("sides belong to the story", () => {
  it("a story's declared sides are the table's columns, in order", () => {
    const three = "sides:\n  - key: north\n    label: The northern province\n  - key: south\n    label: The southern province\n  - key: river\n    label: The river board\n";
    const trade = issueFile(`${TRADE}\n${row("  north: not reported\n  south:\n    text: Xi spoke of trade.\n    cite: \"3\"\n  river: not reported\n")}`);
    const { content } = load({ ...withSides(three), [`${S}/issues/trade.mdx`]: trade });
    assert.deepEqual(content.findings, []);
    const [story] = content.stories;
    assert.deepEqual(story.sides.map((side) => side.label), ["The northern province", "The southern province", "The river board"]);
    assert.deepEqual(story.issues[0].standing?.cells.map(({ side, cell }) => [side.key, cell === "not reported" ? cell : cell.cites]), [["north", "not reported"], ["south", [3]], ["river", "not reported"]]);
  });

  it("a cell for a side the story does not declare, and a declared side without one", () => {
    const trade = issueFile(`${TRADE}\n${row("  us: not reported\n  chna: not reported\n")}`);
    assert.deepEqual(lines({ [`${S}/issues/trade.mdx`]: trade }), [
      "error stories/s/issues/trade.mdx:11: standing.chna: not a side of this story (its sides: us, china)",
      'error stories/s/issues/trade.mdx:9: standing.china: missing: say what the Chinese side said, with its cite, or write "china: not reported"',
    ]);
  });

  it("a story with no sides has no table, and refuses a row", () => {
    const none = { ...withSides(""), [`${S}/index.mdx`]: STORY.replace(SIDES, "").replace("Xi spoke of trade. <Cite p=\"3\" />", "Xi spoke of trade. <Cite p=\"3\" />\n\n<IssueTable />") };
    assert.deepEqual(lines(none), [
      "error stories/s/issues/trade.mdx:9: standing: the story declares no sides, so it has no table: declare its sides in stories/s/index.mdx, or remove standing",
      "error stories/s/index.mdx:17: IssueTable: the story declares no sides, so it has no table: declare them under sides:, or remove <IssueTable />",
    ]);
    const bare = issueFile(TRADE + "\nstanding: ~").replace("\nstanding: ~", "").replace(/standing:[\s\S]*?cite: "3"\n/, "");
    assert.deepEqual(lines({ ...withSides(""), [`${S}/issues/trade.mdx`]: bare }), []);
  });

  it("at most four sides, each declared once, none called status or cite", () => {
    const five = `sides:\n${["a", "b", "c", "d", "e"].map((key) => `  - key: ${key}\n    label: Side ${key}\n`).join("")}`;
    assert.deepEqual(lines(withSides(five)).slice(0, 1), ["error stories/s/index.mdx:13: sides: declares over 4 sides: the table has room for 4"]);
    const twice = "sides:\n  - key: us\n    label: One\n  - key: us\n    label: Two\n";
    assert.deepEqual(lines(withSides(twice)).slice(0, 1), ['error stories/s/index.mdx:16: sides[1].key: "us" is declared twice']);
    const reserved = "sides:\n  - key: status\n    label: One\n";
    assert.deepEqual(lines(withSides(reserved)).slice(0, 1), ['error stories/s/index.mdx:14: sides[0].key: cannot be "status", "cite" or "review", which standing uses itself']);
  });

  it("while the sides have errors, the rows say they were not checked", () => {
    const twice = "sides:\n  - key: us\n    label: One\n  - key: us\n    label: Two\n";
    assert.ok(lines(withSides(twice)).includes("skipped stories/s/issues/trade.mdx:9: standing: not checked: the story's sides have errors (stories/s/index.mdx:13)"));
  });
});

describe("credit lines from any agency", () => {
  it("a short last paragraph ending in contributed, from any agency, is the credit", () => {
    for (const credit of ["Meridian News Agency writer Lia Fern in Kest City contributed.", "Reuters reporters Ann Lee and Bo Kim contributed to this report."]) {
      const source = parseSource(`First.\n\nSecond.\n\n${credit}\n`);
      assert.equal(source.credit, credit);
      assert.deepEqual(source.paragraphs, ["First.", "Second."]);
    }
  });

  it("a long last paragraph is an article paragraph, whatever it ends with", () => {
    const long = `${"word ".repeat(45)}contributed.`;
    assert.equal(parseSource(`First.\n\n${long}`).credit, null);
  });

  it("a wire with another form declares its credit line, word for word", () => {
    const text = "First.\n\nReporting by Lia Fern; editing by Tom Oak\n";
    assert.equal(parseSource(text).credit, null);
    assert.equal(parseSource(text, { credit: "Reporting by Lia Fern;  editing by Tom Oak" }).credit, "Reporting by Lia Fern; editing by Tom Oak");
  });

  it("a declared credit line the report does not end with is an error", () => {
    const story = STORY.replace(`  sha256: ${SOURCE_SHA256}`, `  sha256: ${SOURCE_SHA256}\n  credit: Reporting by nobody`);
    assert.deepEqual(lines({ [`${S}/index.mdx`]: story }), [
      "error stories/s/index.mdx:12: source.credit: is not the report's last paragraph, word for word",
      "warning stories/s/source.txt:1: coverage: ¶4 is cited nowhere: not in the explainer, its timeline or its published issues",
    ]);
  });
});

describe("the checker says everything at once", () => {
  it("a missing sha256 line hides no misquote in the body", () => {
    const story = STORY.replace(`  sha256: ${SOURCE_SHA256}\n`, "").replace("Xi spoke of trade.", "Xi spoke of <Quote>tarifs</Quote>.");
    const found = lines({ [`${S}/index.mdx`]: story });
    assert.equal(found.length, 2, found.join("\n"));
    assert.match(found[0], /^error stories\/s\/index\.mdx:8: source\.sha256: missing: pin the report/);
    assert.match(found[1], /^error stories\/s\/index\.mdx:\d+: Quote: orphan: "tarifs"/);
  });

  it("a missing timeline label hides no problem of the body", () => {
    const story = STORY.replace("---\n\n", 'timeline:\n  - when: "2023-06-19"\n    text: They met.\n    cite: "1"\n---\n\n').replace("Blinken met Xi. <Cite", "Blinken met Xi on Monday morning. <Cite");
    const found = lines({ [`${S}/index.mdx`]: story });
    assert.deepEqual(found.map((line) => line.split(": ")[1]), ["timeline[0].label", "grounding"]);
  });

  it("a mistyped status reports the issue, and its citations still count for coverage", () => {
    const trade = issueFile(TRADE.replace("status: published", "status: publised"));
    assert.deepEqual(lines({ [`${S}/issues/trade.mdx`]: trade }), ['error stories/s/issues/trade.mdx:6: status: must be "published" or "draft"']);
  });

  it("a misquote names the closest passage and the difference", () => {
    const story = STORY.replace("They spoke of Taiwan.", "He said <Quote>They spoke about Taiwan</Quote>.");
    assert.deepEqual(lines({ [`${S}/index.mdx`]: story }), [
      'error stories/s/index.mdx:20: Quote: orphan: "They spoke about Taiwan" occurs in no paragraph of source.txt; closest is ¶2: "They spoke [-about-]{+of+} Taiwan."',
    ]);
  });

  it("a draft passes the check, and the report says whether it would pass as published", () => {
    const run = (files: Record<string, string>) => spawnSync(process.execPath, ["--import", "tsx", "scripts/check.ts"], { env: { ...process.env, CONTENT_ROOTS: load(files).root }, encoding: "utf8" });
    const broken = run({ [`${S}/index.mdx`]: STORY.replace("status: published", "status: draft").replace("Blinken met Xi.", "Pompeo met Xi.") });
    assert.equal(broken.status, 0);
    assert.match(broken.stdout, /^Draft \S*stories\/s\/index\.mdx: would fail as published: 1 of the warnings above is an error in published content\.$/m);
    const ready = run({ [`${S}/index.mdx`]: STORY.replace("status: published", "status: draft") });
    assert.match(ready.stdout, /^Draft \S*stories\/s\/index\.mdx: would pass as published\.$/m);
  });

  it("checks one story on request", () => {
    const other = Object.fromEntries(Object.entries(valid).map(([file, text]) => [file.replace("stories/s/", "stories/t/"), text.replace("Blinken met Xi.", "Pompeo met Xi.")]));
    const { root } = load(other);
    const run = (args: string[]) => spawnSync(process.execPath, ["--import", "tsx", "scripts/check.ts", ...args], { env: { ...process.env, CONTENT_ROOTS: root }, encoding: "utf8" });
    assert.equal(run([]).status, 1);
    const one = run(["--story", "s"]);
    assert.equal(one.status, 0);
    assert.match(one.stdout, /Checked 2 stories and issues of s/);
    assert.equal(run(["--story", "nope"]).status, 2);
  });
});

describe("npm run paragraphs", () => {
  it("prints the report as the site numbers it, with the date line and the credit line marked", () => {
    const { root } = load({});
    const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/paragraphs.ts", "s"], { env: { ...process.env, CONTENT_ROOTS: root }, encoding: "utf8" });
    assert.equal(result.status, 0);
    assert.deepEqual(result.stdout.trim().split("\n").slice(1), [
      "Date line (not numbered): 2023-06-19",
      "¶1  BEIJING (AP) Blinken met Xi.",
      "¶2  They spoke of Taiwan. Then of Taiwan again.",
      "¶3  Xi spoke of trade.",
      "Credit line (not numbered): Associated Press writer Emily Wang contributed.",
    ]);
  });
});
