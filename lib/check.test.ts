import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, it } from "node:test";
import { report } from "./check";
import { formatFinding, loadContent } from "./content";
import { createHash } from "node:crypto";
import { contentRoot, issueFile, SOURCE, SOURCE_SHA256, STORY, TRADE } from "./fixtures";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

const S = "stories/s";
const valid = { [`${S}/source.txt`]: SOURCE, [`${S}/index.mdx`]: STORY, [`${S}/issues/trade.mdx`]: issueFile(TRADE) };

/** The checker's lines for a fixture root, paths relative to it. */
function lines(files: Record<string, string>, roots?: string[]): string[] {
  const root = contentRoot(files);
  return loadContent(roots?.map((r) => path.join(root, r)) ?? [root], root).findings.map((f) => `${f.severity} ${formatFinding(f)}`);
}

describe("content checker: one fixture per fault class", () => {
  it("duplicate story slugs across content roots", () => {
    const twice = Object.fromEntries(Object.entries(valid).flatMap(([file, text]) => [[`one/${file}`, text], [`two/${file}`, text]]));
    assert.deepEqual(lines(twice, ["one", "two"]), ['error two/stories/s/index.mdx:1: slug: duplicate story slug "s": also one/stories/s/index.mdx']);
  });

  it("an issue folder without a story", () => {
    assert.deepEqual(lines({ [`${S}/source.txt`]: SOURCE, [`${S}/issues/trade.mdx`]: issueFile(TRADE) }), [
      "error stories/s/index.mdx:1: story: an issues folder without a story: add index.mdx",
    ]);
  });

  it("an unknown MDX component", () => {
    assert.deepEqual(lines({ ...valid, [`${S}/issues/trade.mdx`]: issueFile(TRADE, 'Body <Chart data="1" />. <Cite p="3" />') }), [
      "error stories/s/issues/trade.mdx:18: body: unknown component <Chart> (known: Cite, Date, IssueTable, Mention, Note, Quote, Timeline)",
    ]);
  });

  it("an MDX syntax error", () => {
    const [line] = lines({ ...valid, [`${S}/issues/trade.mdx`]: issueFile(TRADE, "Fine.\n\nBroken <Cite p=\"3\">") });
    assert.match(line, /^error stories\/s\/issues\/trade\.mdx:20: body: MDX syntax error: .*Cite/);
  });

  it("a citation of a paragraph that does not exist", () => {
    assert.deepEqual(lines({ ...valid, [`${S}/issues/trade.mdx`]: issueFile(TRADE, 'See <Cite p="2, 9" /> and [this](article#p-0). <Cite p="0" />') }), [
      "error stories/s/issues/trade.mdx:18: body: link to ¶0, but the article has paragraphs 1 to 3",
      "error stories/s/issues/trade.mdx:18: Cite: cites ¶9, but the article has paragraphs 1 to 3",
      "error stories/s/issues/trade.mdx:18: Cite: cites ¶0, but the article has paragraphs 1 to 3",
    ]);
  });

  it("a citation that is not a paragraph number", () => {
    assert.deepEqual(lines({ ...valid, [`${S}/issues/trade.mdx`]: issueFile(TRADE, 'See <Cite p="two" />.') }), [
      'error stories/s/issues/trade.mdx:18: Cite: bad citation "two": write p="3", p="3, 7" or p="3-5"',
    ]);
  });

  it("an anchor that lands in the credit line", () => {
    assert.deepEqual(lines({ ...valid, [`${S}/issues/trade.mdx`]: issueFile(TRADE.replace("Xi spoke of trade", "writer Emily Wang")) }), [
      'error stories/s/issues/trade.mdx:8: anchors[0]: in credit line: "writer Emily Wang" occurs only in the credit line, which is not an article paragraph',
    ]);
  });

  it("a YAML syntax error in frontmatter", () => {
    assert.deepEqual(lines({ ...valid, [`${S}/issues/trade.mdx`]: issueFile(TRADE.replace("title: Trade", "title: Trade: and more")) }), [
      "error stories/s/issues/trade.mdx:2: frontmatter: YAML syntax error: Nested mappings are not allowed in compact mappings",
    ]);
  });

  it("a draft's problems are warnings, a published item's are errors", () => {
    const draft = TRADE.replace("status: published", "status: draft").replace("Xi spoke of trade", "not there");
    assert.deepEqual(lines({ ...valid, [`${S}/issues/trade.mdx`]: issueFile(draft) }), ['warning stories/s/issues/trade.mdx:8: anchors[0]: orphan: "not there" occurs in no paragraph of source.txt']);
  });
});

describe("content checker: what the site promises", () => {
  it("a source.txt that differs from the pinned report names both hashes", () => {
    const edited = SOURCE.replace("Xi spoke of trade.", "Xi spoke of tariffs.");
    const [line] = lines({ ...valid, [`${S}/source.txt`]: edited, [`${S}/issues/trade.mdx`]: issueFile(TRADE.replace("Xi spoke of trade", "Xi spoke of")) });
    assert.equal(line, `error stories/s/index.mdx:11: source.sha256: source.txt does not match the report as received: its SHA-256 is ${sha256(edited)}, the story pins ${SOURCE_SHA256}`);
  });

  it("a story without a pinned source is told the exact line to add", () => {
    const story = STORY.replace(`  sha256: ${SOURCE_SHA256}\n`, "");
    assert.deepEqual(lines({ ...valid, [`${S}/index.mdx`]: story }), [
      `error stories/s/index.mdx:8: source.sha256: missing: pin the report as received by adding this line under source: "  sha256: ${SOURCE_SHA256}"`,
    ]);
  });

  it("a story published before its report was received", () => {
    const story = STORY.replace("  received: 2023-06-19", "  received: 2023-06-20");
    assert.deepEqual(lines({ ...valid, [`${S}/index.mdx`]: story }), ["error stories/s/index.mdx:6: published: 2023-06-19 is before the report was received (source.received: 2023-06-20)"]);
  });

  it("paragraphs that nothing cites are a warning", () => {
    const story = STORY.replace(' They spoke of Taiwan. <Cite p="2" /> Xi spoke of trade. <Cite p="3" />', "");
    assert.deepEqual(lines({ ...valid, [`${S}/index.mdx`]: story }), ["warning stories/s/source.txt:1: coverage: ¶2 is cited nowhere: not in the explainer, its timeline or its published issues"]);
  });

  it("a correction dated before publication, or naming a paragraph the report lacks", () => {
    const story = STORY.replace("---\n\n", "corrections:\n  - date: 2023-06-01\n    text: Fixed.\n    paragraphs: [2, 7]\n---\n\n");
    assert.deepEqual(lines({ ...valid, [`${S}/index.mdx`]: story }), [
      "error stories/s/index.mdx:19: corrections[0].date: 2023-06-01 is before the story was published (2023-06-19)",
      "error stories/s/index.mdx:21: corrections[0].paragraphs: names ¶7, but the article has paragraphs 1 to 3",
    ]);
  });

  it("a link to an issue the story does not have, or to a draft from published content", () => {
    const draft = issueFile(TRADE.replace("title: Trade", "title: Tolls").replace("status: published", "status: draft"));
    const story = STORY.replace("Blinken met Xi.", "See [tolls](issues/tolls) and [x](issues/nope).");
    assert.deepEqual(lines({ ...valid, [`${S}/index.mdx`]: story, [`${S}/issues/tolls.mdx`]: draft }), [
      'error stories/s/index.mdx:20: body: link to "issues/tolls": that issue is a draft, and this page is published',
      'error stories/s/index.mdx:20: body: link to "issues/nope" names no page of this story (write article, article#p-N, article#credit or issues/<issue>)',
    ]);
  });
});

describe("content checker: the table and the timeline", () => {
  const trade = (standing: string) => issueFile(TRADE + "\n" + standing);

  it("a status outside the list, at its line", () => {
    const standing = 'standing:\n  us: not reported\n  china: not reported\n  status: resolved\n  cite: "3"';
    assert.deepEqual(lines({ ...valid, [`${S}/issues/trade.mdx`]: trade(standing) }), [
      "error stories/s/issues/trade.mdx:12: standing.status: must be one of: agreed, agreed-by-one-account, no-agreement, no-sign-of-movement, not-reported",
    ]);
  });

  it("a cell without a citation, at its line", () => {
    const standing = 'standing:\n  us:\n    text: Urged it.\n  china: not reported\n  status: not-reported\n  cite: "3"';
    assert.deepEqual(lines({ ...valid, [`${S}/issues/trade.mdx`]: trade(standing) }), ["error stories/s/issues/trade.mdx:10: standing.us.cite: missing"]);
  });

  it("a citation of a paragraph the report lacks", () => {
    const standing = 'standing:\n  us: not reported\n  china: not reported\n  status: not-reported\n  cite: "3, 8"';
    assert.deepEqual(lines({ ...valid, [`${S}/issues/trade.mdx`]: trade(standing) }), ["error stories/s/issues/trade.mdx:13: standing.cite: cites ¶8, but the article has paragraphs 1 to 3"]);
  });

  it("a timeline event out of chronological order, at its line", () => {
    const timeline = 'timeline:\n  - when: "2023-06-19"\n    label: Then\n    text: They met.\n    cite: "1"\n  - when: "2023-02"\n    label: Before\n    text: A balloon.\n    cite: "2"\n---\n\n';
    const story = STORY.replace("---\n\n", timeline);
    assert.deepEqual(lines({ ...valid, [`${S}/index.mdx`]: story }), ["error stories/s/index.mdx:23: timeline[1].when: 2023-02 comes before timeline[0] (2023-06-19): list events in chronological order"]);
  });

  it("a story whose issues say nothing of where they stand still loads, with a warning", () => {
    const bare = issueFile(TRADE + '\nstanding: ~', "Body. <Cite p=\"3\" />").replace("\nstanding: ~", "");
    assert.deepEqual(lines({ ...valid, [`${S}/issues/trade.mdx`]: bare }), ["warning stories/s/index.mdx:1: standing: no issue of this story says where it stands: the explainer's table is left out"]);
  });
});

describe("report", () => {
  it("prints errors and warnings apart, one line each, and a closing count", () => {
    const at = { line: 3, field: "title" };
    const text = report([
      { ...at, file: "b.mdx", message: "missing", severity: "warning" },
      { ...at, file: "a.mdx", message: "missing", severity: "error" },
    ]).text;
    assert.equal(text, ["Errors (published content; these fail the build):", "  a.mdx:3: title: missing", "Warnings (drafts' problems, and paragraphs nothing cites):", "  b.mdx:3: title: missing", "1 error, 1 warning"].join("\n"));
  });
});

describe("npm run check", () => {
  const run = (root: string) => spawnSync(process.execPath, ["--import", "tsx", "scripts/check.ts"], { env: { ...process.env, CONTENT_ROOTS: root }, encoding: "utf8" });

  it("exits 1 on an error in published content", () => {
    const result = run(contentRoot({ ...valid, [`${S}/issues/trade.mdx`]: issueFile(TRADE.replace("Xi spoke of trade", "nowhere")) }));
    assert.equal(result.status, 1);
    assert.match(result.stdout, /anchors\[0\]: orphan: "nowhere"/);
    assert.match(result.stdout, /^1 error, 0 warnings$/m);
  });

  it("exits 0 when drafts have only warnings", () => {
    const draft = TRADE.replace("status: published", "status: draft").replace("Xi spoke of trade", "nowhere");
    const result = run(contentRoot({ ...valid, [`${S}/issues/trade.mdx`]: issueFile(draft) }));
    assert.equal(result.status, 0);
    assert.match(result.stdout, /^0 errors, 1 warning$/m);
  });
});
