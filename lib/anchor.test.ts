import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { anchorQuote, describeMiss, normalize } from "./anchor";

const paragraphs = ["China’s top diplomat said   the visit\nmarked a new beginning.", "Blinken met Xi. Blinken met Qin.", "It is absolutely vital, he said."];

describe("anchorQuote", () => {
  it("finds the paragraph and the exact span of a quote", () => {
    const anchor = anchorQuote(paragraphs, "absolutely vital");
    assert.deepEqual(anchor, { status: "found", paragraph: 3, start: 6, end: 22 });
    assert.equal(paragraphs[2].slice(6, 22), "absolutely vital");
  });

  it("tolerates straight quotes for curly ones and any run of white space", () => {
    const anchor = anchorQuote(paragraphs, "China's top diplomat said the visit marked");
    assert.equal(anchor.status, "found");
    if (anchor.status === "found") assert.equal(paragraphs[0].slice(anchor.start, anchor.end), "China’s top diplomat said   the visit\nmarked");
  });

  it("tolerates curly quotes in the quote for straight ones in the text", () => {
    assert.equal(anchorQuote(["It's here."], "It’s here").status, "found");
  });

  it("tolerates nothing else: case and punctuation must match", () => {
    assert.equal(anchorQuote(paragraphs, "ABSOLUTELY vital").status, "orphan");
    assert.equal(anchorQuote(paragraphs, "absolutely vital he said").status, "orphan");
  });

  it("finds whole words only: a quote that starts or ends inside a word is not there", () => {
    assert.deepEqual(anchorQuote(paragraphs, "e said"), { status: "orphan" });
    assert.deepEqual(anchorQuote(paragraphs, "absolutely vit"), { status: "orphan" });
    assert.equal(anchorQuote(paragraphs, "he said").status, "found");
    assert.equal(anchorQuote(paragraphs, ", he said.").status, "found");
  });

  it("reports a quote found nowhere as an orphan", () => {
    assert.deepEqual(anchorQuote(paragraphs, "Taiwan"), { status: "orphan" });
  });

  it("reports a quote in more than one place as ambiguous, naming the paragraphs", () => {
    assert.deepEqual(anchorQuote(["Xi said.", "Then Xi said."], "Xi said"), { status: "ambiguous", paragraphs: [1, 2] });
    assert.deepEqual(anchorQuote(paragraphs, "Blinken met"), { status: "ambiguous", paragraphs: [2, 2] });
  });

  it("reports a quote found only in the credit line as such", () => {
    assert.deepEqual(anchorQuote(paragraphs, "Emily Wang", "Associated Press writer Emily Wang contributed."), { status: "credit" });
  });

  it("leaves commas used to make a quote unique out of the highlighted span", () => {
    const anchor = anchorQuote(["trade, Taiwan, human rights", "over Taiwan."], ", Taiwan,");
    assert.deepEqual(anchor, { status: "found", paragraph: 1, start: 7, end: 13 });
  });

  it("treats an empty quote as an orphan", () => {
    assert.equal(anchorQuote(paragraphs, "   ").status, "orphan");
  });
});

describe("normalize", () => {
  it("maps every kept character back to the original", () => {
    const { text, offsets } = normalize("  a\n\n b’ ");
    assert.equal(text, "a b'");
    assert.deepEqual(offsets, [2, 3, 6, 7]);
  });
});

describe("describeMiss", () => {
  it("says what to do about each kind of miss in one line", () => {
    assert.equal(describeMiss({ status: "orphan" }, "Taiwan"), 'orphan: "Taiwan" occurs in no paragraph of source.txt');
    assert.equal(describeMiss({ status: "ambiguous", paragraphs: [2, 7] }, "Taiwan"), 'ambiguous: "Taiwan" occurs 2 times (¶2, ¶7); quote more words so it occurs once');
    assert.equal(describeMiss({ status: "credit" }, "Emily"), 'in credit line: "Emily" occurs only in the credit line, which is not an article paragraph');
  });
});
