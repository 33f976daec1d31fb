import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, it } from "node:test";
import { report } from "./check";
import { formatFinding, loadContent } from "./content";
import { contentRoot, issueFile, SOURCE, STORY, TRADE } from "./fixtures";

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
    assert.deepEqual(lines({ ...valid, [`${S}/issues/trade.mdx`]: issueFile(TRADE, "Body <Chart data={1} />") }), [
      "error stories/s/issues/trade.mdx:9: body: unknown component <Chart> (known: Cite, Quote)",
    ]);
  });

  it("an MDX syntax error", () => {
    const [line] = lines({ ...valid, [`${S}/issues/trade.mdx`]: issueFile(TRADE, "Fine.\n\nBroken <Cite p=\"3\">") });
    assert.match(line, /^error stories\/s\/issues\/trade\.mdx:11: body: MDX syntax error: .*Cite/);
  });

  it("a citation of a paragraph that does not exist", () => {
    assert.deepEqual(lines({ ...valid, [`${S}/issues/trade.mdx`]: issueFile(TRADE, 'See <Cite p="2, 9" /> and [this](article#p-0).') }), [
      "error stories/s/issues/trade.mdx:9: Cite: cites ¶9, but the article has paragraphs 1 to 3",
      "error stories/s/issues/trade.mdx:9: Cite: cites ¶0, but the article has paragraphs 1 to 3",
    ]);
  });

  it("a citation that is not a paragraph number", () => {
    assert.deepEqual(lines({ ...valid, [`${S}/issues/trade.mdx`]: issueFile(TRADE, 'See <Cite p="two" />.') }), [
      'error stories/s/issues/trade.mdx:9: Cite: bad citation "two": write p="3", p="3, 7" or p="3-5"',
    ]);
  });

  it("an anchor that lands in the credit line", () => {
    assert.deepEqual(lines({ ...valid, [`${S}/issues/trade.mdx`]: issueFile(TRADE.replace("Xi spoke of trade", "writer Emily Wang")) }), [
      'error stories/s/issues/trade.mdx:6: anchors[0]: in credit line: "writer Emily Wang" occurs only in the credit line, which is not an article paragraph',
    ]);
  });

  it("a YAML syntax error in frontmatter", () => {
    assert.deepEqual(lines({ ...valid, [`${S}/issues/trade.mdx`]: issueFile(TRADE.replace("title: Trade", "title: Trade: and more")) }), [
      "error stories/s/issues/trade.mdx:2: frontmatter: YAML syntax error: Nested mappings are not allowed in compact mappings",
    ]);
  });

  it("a draft's problems are warnings, a published item's are errors", () => {
    const draft = TRADE.replace("status: published", "status: draft").replace("Xi spoke of trade", "not there");
    assert.deepEqual(lines({ ...valid, [`${S}/issues/trade.mdx`]: issueFile(draft) }), ['warning stories/s/issues/trade.mdx:6: anchors[0]: orphan: "not there" occurs in no paragraph of source.txt']);
  });
});

describe("report", () => {
  it("prints errors and warnings apart, one line each, and a closing count", () => {
    const at = { line: 3, field: "title" };
    const text = report([
      { ...at, file: "b.mdx", message: "missing", severity: "warning" },
      { ...at, file: "a.mdx", message: "missing", severity: "error" },
    ]).text;
    assert.equal(text, ["Errors (published content; these fail the build):", "  a.mdx:3: title: missing", "Warnings (drafts; fix before publishing):", "  b.mdx:3: title: missing", "1 error, 1 warning"].join("\n"));
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
