/**
 * Broken and hostile files: each ends in one line, `file:line: field: message`, found before anything slow runs.
 * No hang, no stack trace, no flood.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { formatFinding, loadContent } from "./content";
import { contentRoot, issueFile, SOURCE, STORY, TRADE } from "./fixtures";

const S = "stories/s";
const valid = { [`${S}/source.txt`]: SOURCE, [`${S}/index.mdx`]: STORY, [`${S}/issues/trade.mdx`]: issueFile(TRADE) };

function lines(files: Record<string, string>, bytes: Record<string, Buffer> = {}): string[] {
  const root = contentRoot({ ...valid, ...files });
  for (const [file, data] of Object.entries(bytes)) fs.writeFileSync(path.join(root, file), data);
  return loadContent([root], root).findings.map((f) => `${f.severity} ${formatFinding(f)}`);
}
const body = (text: string) => ({ [`${S}/issues/trade.mdx`]: issueFile(TRADE, text) });
const trade = (fields: string) => ({ [`${S}/issues/trade.mdx`]: issueFile(fields) });
const timeline = (when: string) => ({ [`${S}/index.mdx`]: STORY.replace("---\n\n", `timeline:\n  - when: "${when}"\n    label: Then\n    text: They met.\n    cite: "1"\n---\n\n`) });

describe("hostile content: one line each", () => {
  it("a range of a hundred million paragraphs, without expanding it", () => {
    assert.deepEqual(lines(body('Body. <Cite p="1-100000000" />')), ["error stories/s/issues/trade.mdx:18: Cite: cites ¶1–100000000, but the article has paragraphs 1 to 3"]);
  });

  it("a range of a hundred thousand paragraphs is one line, not a hundred thousand", () => {
    assert.deepEqual(lines(body('Body. <Cite p="2-100000, 0" />')), [
      "error stories/s/issues/trade.mdx:18: Cite: cites ¶2–100000, but the article has paragraphs 1 to 3",
      "error stories/s/issues/trade.mdx:18: Cite: cites ¶0, but the article has paragraphs 1 to 3",
    ]);
  });

  it("a YAML alias bomb", () => {
    const bomb = `${TRADE}\nx: &a ["x","x","x","x","x","x","x","x","x"]\ny: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nz: [*b,*b,*b,*b,*b,*b,*b,*b,*b]`;
    assert.deepEqual(lines(trade(bomb)), ["error stories/s/issues/trade.mdx:10: frontmatter: YAML aliases (*a) are not allowed: write the value out"]);
  });

  it("YAML tags, and brackets nested twenty thousand deep", () => {
    assert.deepEqual(lines(trade(TRADE.replace("title: Trade", "title: !!binary aGVsbG8="))), ["error stories/s/issues/trade.mdx:2: frontmatter: YAML tags (!!binary) are not allowed: write plain values"]);
    assert.deepEqual(lines(trade(`${TRADE}\nx: ${"[".repeat(20000)}${"]".repeat(20000)}`)), ["error stories/s/issues/trade.mdx:9: frontmatter: brackets nested over 16 deep"]);
  });

  it("twenty thousand nested emphasis marks, as one run or many", () => {
    assert.deepEqual(lines(body(`${"*".repeat(20000)}x${"*".repeat(20000)} <Cite p="3" />`)), ["error stories/s/issues/trade.mdx:18: body: a run of 20000 * marks: emphasis takes at most 3"]);
    assert.deepEqual(lines(body(`${"*a ".repeat(20000)} <Cite p="3" />`)), ["error stories/s/issues/trade.mdx:18: body: over 200 emphasis marks (*, _, ~) in one paragraph: too many to be prose"]);
  });

  it("lists and components nested deeper than prose ever is", () => {
    const lists = Array.from({ length: 40 }, (_, i) => `${" ".repeat(i * 2)}- x`).join("\n");
    assert.deepEqual(lines(body(lists)), ["error stories/s/issues/trade.mdx:31: body: lists or quotes nested more than 6 deep: a body needs two levels at most"]);
    assert.deepEqual(lines(body(`${"<Note>\n".repeat(3000)}x\n${"</Note>\n".repeat(3000)}`)), ["error stories/s/issues/trade.mdx:26: body: components nested more than 8 deep"]);
  });

  it("an impossible date", () => {
    assert.deepEqual(lines(timeline("2023-02-30")), ["error stories/s/index.mdx:19: timeline[0].when: is not a real calendar date"]);
    assert.deepEqual(lines(timeline("2023-13")), ["error stories/s/index.mdx:19: timeline[0].when: is not a real calendar date"]);
    assert.deepEqual(lines({ [`${S}/index.mdx`]: STORY.replace("published: 2023-06-19", "published: 2023-02-29") }), ["error stories/s/index.mdx:6: published: is not a real calendar date"]);
  });

  it("a NUL byte in a paragraph of the report, and control characters in content", () => {
    assert.deepEqual(lines({ [`${S}/source.txt`]: SOURCE.replace("Xi spoke of trade.", "Xi spoke\u0000 of trade.") }), [
      "error stories/s/source.txt:7: source: control character U+0000 at column 9: remove it",
      "skipped stories/s/index.mdx:1: body: not checked: the bodies and issues of this story rest on source.txt, which cannot be used",
    ]);
    assert.deepEqual(lines(body('Body\u0007. <Cite p="3" />')), ["error stories/s/issues/trade.mdx:18: file: control character U+0007 at column 5: remove it"]);
    assert.deepEqual(lines(body('Body \u202Eevil\u202C. <Cite p="3" />')), ["error stories/s/issues/trade.mdx:18: file: control character U+202E at column 6 (and 1 more): remove it"]);
  });

  it("a file that is not UTF-8 text", () => {
    assert.deepEqual(lines({}, { [`${S}/issues/trade.mdx`]: Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x41]) }), ["error stories/s/issues/trade.mdx:2: file: not valid UTF-8 text (byte 5): save the file as UTF-8"]);
  });

  it("a title, a summary or a file beyond a sane length", () => {
    assert.deepEqual(lines(trade(TRADE.replace("title: Trade", `title: ${"x".repeat(1_000_000)}`))), ["error stories/s/issues/trade.mdx:1: file: the file is 977 kB, over the limit of 256 kB"]);
    assert.deepEqual(lines(trade(TRADE.replace("title: Trade", `title: ${"x".repeat(151)}`))), ["error stories/s/issues/trade.mdx:2: title: is over 150 characters"]);
    assert.deepEqual(lines(trade(TRADE.replace("  text: Xi spoke of it.", `  text: ${"x".repeat(40_000)}`))), ["error stories/s/issues/trade.mdx:4: summary.text: is over 400 characters"]);
    assert.deepEqual(lines(trade(TRADE.replace("title: Trade", `title: ${"x".repeat(70_000)}`))), ["error stories/s/issues/trade.mdx:2: frontmatter: the frontmatter is 69 kB, over the limit of 64 kB"]);
  });

  it("a byte-order mark is accepted", () => {
    assert.deepEqual(lines({ [`${S}/issues/trade.mdx`]: `\uFEFF${issueFile(TRADE)}`, [`${S}/index.mdx`]: `\uFEFF${STORY}` }), []);
  });

  it("frontmatter that is never closed", () => {
    assert.deepEqual(lines({ [`${S}/issues/trade.mdx`]: `---\ntitle: x\n${"a: b\n".repeat(2000)}` }), ["error stories/s/issues/trade.mdx:1: frontmatter: the frontmatter that starts here is never closed: end it with a line holding only ---"]);
  });

  it("a number too large to be an order", () => {
    assert.deepEqual(lines(trade(TRADE.replace("status: published", "status: published\norder: 1e308"))), ["error stories/s/issues/trade.mdx:7: order: must be 10000 or less"]);
  });
});

describe("npm run check on hostile content", () => {
  it("exits 1 with one line per fault, no stack trace, however large the fault", () => {
    const root = contentRoot({ ...valid, ...body('A. <Cite p="1-100000000" /> B. <Cite p="1-100000" />') });
    const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/check.ts"], { env: { ...process.env, CONTENT_ROOTS: root }, encoding: "utf8", timeout: 60_000 });
    assert.equal(result.status, 1);
    assert.doesNotMatch(result.stdout + result.stderr, /\n\s+at /);
    assert.ok(result.stdout.split("\n").length < 10, result.stdout);
  });
});
