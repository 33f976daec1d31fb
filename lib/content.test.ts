import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import { formatFinding, loadContent, publicStories } from "./content";
import { contentRoot, issueFile, SOURCE, STORY, TRADE } from "./fixtures";

const S = "stories/s";

/** Loads a fixture root and returns its findings as the checker prints them, paths relative to the root. */
function findings(files: Record<string, string>): string[] {
  const root = contentRoot(files);
  return loadContent([root], root).findings.map((finding) => `${finding.severity} ${formatFinding(finding)}`);
}

const valid = { [`${S}/source.txt`]: SOURCE, [`${S}/index.mdx`]: STORY, [`${S}/issues/trade.mdx`]: issueFile(TRADE) };

describe("loadContent", () => {
  it("loads valid content with no findings, anchoring each quote", () => {
    const root = contentRoot(valid);
    const content = loadContent([root], root);
    assert.deepEqual(content.findings, []);
    const [story] = content.stories;
    assert.equal(story.slug, "s");
    assert.equal(story.source.paragraphs.length, 3);
    assert.deepEqual(story.issues[0].anchors[0].anchor, { status: "found", paragraph: 3, start: 0, end: 17 });
  });

  it("reads the real content without a single finding", () => {
    const content = loadContent([path.resolve("content")]);
    assert.deepEqual(content.findings.map(formatFinding), []);
    assert.ok(content.stories[0].issues.length >= 10);
  });

  it("reports a missing field at the frontmatter's first line", () => {
    const fields = TRADE.replace('summary:\n  text: Xi spoke of it.\n  cite: "3"\n', "");
    assert.deepEqual(findings({ ...valid, [`${S}/issues/trade.mdx`]: issueFile(fields) }), ["error stories/s/issues/trade.mdx:1: summary: missing"]);
  });

  it("reports a field of the wrong type at its line", () => {
    const fields = TRADE.replace("anchors:\n  - Xi spoke of trade", "anchors: Xi spoke of trade");
    assert.deepEqual(findings({ ...valid, [`${S}/issues/trade.mdx`]: issueFile(fields) }), ["error stories/s/issues/trade.mdx:7: anchors: expected a list, got text"]);
  });

  it("reports a nested field of the wrong type with its dotted name", () => {
    const story = STORY.replace("  date: 2023-06-19", "  date: [2023]");
    assert.deepEqual(findings({ ...valid, [`${S}/index.mdx`]: story }), ["error stories/s/index.mdx:10: source.date: expected text, got a list"]);
  });

  it("reports a source date that differs from source.txt's date line", () => {
    const story = STORY.replace("  date: 2023-06-19", "  date: 2023-06-18");
    assert.deepEqual(findings({ ...valid, [`${S}/index.mdx`]: story }), ["error stories/s/index.mdx:10: source.date: 2023-06-18 differs from the date line of source.txt (2023-06-19)"]);
  });

  it("reports a bad status, a bad date and an unknown field", () => {
    const story = STORY.replace("status: published", "status: live").replace("published: 2023-06-19", "published: 2023-02-30\nauthor: me");
    assert.deepEqual(findings({ ...valid, [`${S}/index.mdx`]: story }), [
      "error stories/s/index.mdx:7: author: unknown field",
      "error stories/s/index.mdx:6: published: is not a real calendar date",
      'error stories/s/index.mdx:8: status: must be "published" or "draft"',
    ]);
  });

  it("reports a summary longer than three sentences", () => {
    const fields = TRADE.replace("  text: Xi spoke of it.", "  text: One. Two. Three. Four.");
    assert.deepEqual(findings({ ...valid, [`${S}/issues/trade.mdx`]: issueFile(fields) }), [
      "error stories/s/issues/trade.mdx:4: summary.text: must be 1 to 3 sentences (it is the note beside the article)",
    ]);
  });

  it("reports a summary too long to stand beside its paragraph", () => {
    const fields = TRADE.replace("  text: Xi spoke of it.", `  text: ${"word ".repeat(46).trim()}.`);
    assert.deepEqual(findings({ ...valid, [`${S}/issues/trade.mdx`]: issueFile(fields) }), [
      "error stories/s/issues/trade.mdx:4: summary.text: must be 45 words or fewer (it is the note beside the article, which must fit beside its paragraph)",
    ]);
  });

  it("reports an orphan anchor at the anchor's own line", () => {
    const fields = `${TRADE}\n  - Xi spoke of fentanyl`;
    assert.deepEqual(findings({ ...valid, [`${S}/issues/trade.mdx`]: issueFile(fields) }), [
      'error stories/s/issues/trade.mdx:9: anchors[1]: orphan: "Xi spoke of fentanyl" occurs in no paragraph of source.txt; closest is ¶3: "Xi spoke of [-fentanyl-] {+trade.+}"',
    ]);
  });

  it("reports an ambiguous anchor with the paragraphs it occurs in", () => {
    const fields = TRADE.replace("  - Xi spoke of trade", "  - Taiwan");
    assert.deepEqual(findings({ ...valid, [`${S}/issues/trade.mdx`]: issueFile(fields) }), [
      'error stories/s/issues/trade.mdx:8: anchors[0]: ambiguous: "Taiwan" occurs 2 times (¶2, ¶2); quote more words so it occurs once',
    ]);
  });

  it("reports an anchor that lands in the credit line", () => {
    const fields = TRADE.replace("  - Xi spoke of trade", "  - Emily Wang");
    assert.deepEqual(findings({ ...valid, [`${S}/issues/trade.mdx`]: issueFile(fields) }), [
      'error stories/s/issues/trade.mdx:8: anchors[0]: in credit line: "Emily Wang" occurs only in the credit line, which is not an article paragraph',
    ]);
  });

  it("reports a missing source.txt", () => {
    const { [`${S}/source.txt`]: _, ...rest } = valid;
    assert.deepEqual(findings(rest), [
      "error stories/s/source.txt:1: source: missing: every story needs the article as source.txt",
      "skipped stories/s/index.mdx:1: body: not checked: the bodies and issues of this story rest on source.txt, which is missing",
    ]);
  });

  it("reports an empty source.txt", () => {
    assert.deepEqual(findings({ ...valid, [`${S}/source.txt`]: " date 2023-06-19\n\n  \n" }), [
      "error stories/s/source.txt:1: source: empty: source.txt has no paragraphs",
      "skipped stories/s/index.mdx:1: body: not checked: the bodies and issues of this story rest on source.txt, which cannot be used",
    ]);
  });

  it("reports a quote in a body that is not in the source", () => {
    const story = STORY.replace("Blinken met Xi.", "He said <Quote>we will win</Quote>.");
    assert.deepEqual(findings({ ...valid, [`${S}/index.mdx`]: story }), ['error stories/s/index.mdx:20: Quote: orphan: "we will win" occurs in no paragraph of source.txt']);
  });

  it("makes a draft's faults warnings and keeps it out of the public view", () => {
    const fields = `${TRADE.replace("status: published", "status: draft")}\n  - not in the text`;
    const root = contentRoot({ ...valid, [`${S}/issues/trade.mdx`]: issueFile(fields) });
    const content = loadContent([root], root);
    assert.deepEqual(content.findings.map((f) => `${f.severity} ${f.field}`), ["warning anchors[1]"]);
    assert.equal(content.stories[0].issues.length, 1);
    assert.equal(publicStories(content)[0].issues.length, 0);
  });
});

describe("frontmatter statements: cited, quoted and grounded like a body", () => {
  it("a title's words rest on what its page cites", () => {
    const fields = TRADE.replace("title: Trade", "title: Trade with Geneva");
    assert.deepEqual(findings({ ...valid, [`${S}/issues/trade.mdx`]: issueFile(fields) }), ['error stories/s/issues/trade.mdx:2: title: "Geneva" is not in any paragraph its page cites, nor anywhere in the report: say only what the report says']);
    const story = STORY.replace("title: A story", "title: Blinken in Geneva");
    assert.deepEqual(findings({ ...valid, [`${S}/index.mdx`]: story }), ['error stories/s/index.mdx:2: title: "Geneva" is not in any paragraph its page cites, nor anywhere in the report: say only what the report says']);
  });

  it("a summary's words rest on its cite", () => {
    const fields = TRADE.replace("  text: Xi spoke of it.", "  text: Blinken spoke of it.");
    assert.deepEqual(findings({ ...valid, [`${S}/issues/trade.mdx`]: issueFile(fields) }), ['error stories/s/issues/trade.mdx:4: summary.text: "Blinken" is not in ¶3; it is in ¶1: cite it']);
  });

  it("a summary's quotation is checked against its cite, and plain quotation marks are refused", () => {
    const quoted = TRADE.replace("  text: Xi spoke of it.", "  text: Xi spoke of <Quote>trade</Quote>.");
    assert.deepEqual(findings({ ...valid, [`${S}/issues/trade.mdx`]: issueFile(quoted) }), []);
    const plain = TRADE.replace("  text: Xi spoke of it.", "  text: Xi spoke of \u2018trade\u2019.");
    assert.deepEqual(findings({ ...valid, [`${S}/issues/trade.mdx`]: issueFile(plain) }), [
      "error stories/s/issues/trade.mdx:4: summary.text: quotation marks around \u2018trade\u2019: put the report's words in <Quote>…</Quote>, its garbled text in <Quote sic>…</Quote>, or words quoted as words in <Mention>…</Mention>",
    ]);
  });

  it("a description's citation must exist, and frontmatter text takes no <Cite> of its own", () => {
    const story = STORY.replace('  text: Blinken and Xi met.\n  cite: "1"', '  text: Blinken and Xi met. <Cite p="1" />\n  cite: "9"');
    assert.deepEqual(findings({ ...valid, [`${S}/index.mdx`]: story }), [
      "error stories/s/index.mdx:5: description.cite: cites ¶9, but the article has paragraphs 1 to 3",
      "error stories/s/index.mdx:4: description.text: a <Cite> in frontmatter text: put the paragraphs in the field's cite",
    ]);
  });

  it("a correction's quotations are checked against its paragraphs; our own earlier words go in <Mention>", () => {
    const correct = STORY.replace("---\n\n", 'corrections:\n  - date: 2023-06-20\n    text: "We wrote <Mention>tariffs</Mention> for <Quote>trade</Quote>."\n    paragraphs: [3]\n---\n\n');
    assert.deepEqual(findings({ ...valid, [`${S}/index.mdx`]: correct }), []);
    const wrong = correct.replace("paragraphs: [3]", "paragraphs: [1]");
    assert.deepEqual(findings({ ...valid, [`${S}/index.mdx`]: wrong }), ['error stories/s/index.mdx:20: corrections[0].text: "trade" is in ¶3, but its sentence cites ¶1: cite the paragraph it quotes']);
  });

  it("a title cannot hold a quotation", () => {
    const fields = TRADE.replace("title: Trade", "title: The \u201Cbig\u201D trade");
    assert.deepEqual(findings({ ...valid, [`${S}/issues/trade.mdx`]: issueFile(fields) }), ["error stories/s/issues/trade.mdx:2: title: quotation marks around \u201Cbig\u201D: a title cannot hold a quotation, which the build could not check"]);
  });
});
