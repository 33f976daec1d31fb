import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { countSentences, issueFrontmatter } from "./schema";

describe("countSentences", () => {
  it("counts sentences ended by . ! or ?", () => {
    assert.equal(countSentences("One. Two! Three?"), 3);
  });

  it("does not end a sentence at an initialism such as U.S.", () => {
    assert.equal(countSentences("The U.S. side said so. China did not."), 2);
    assert.equal(countSentences("Blinken said U.S.-China relations would stabilize."), 1);
  });

  it("counts text without a full stop as one sentence", () => {
    assert.equal(countSentences("A title-like summary"), 1);
  });
});

describe("issueFrontmatter", () => {
  it("rejects an order that is not a whole number", () => {
    const result = issueFrontmatter.safeParse({ title: "T", summary: { text: "S.", cite: "1" }, status: "draft", order: 1.5, anchors: ["a"] });
    assert.equal(result.success, false);
  });

  it("rejects an empty list of anchors", () => {
    const result = issueFrontmatter.safeParse({ title: "T", summary: { text: "S.", cite: "1" }, status: "draft", anchors: [] });
    assert.equal(result.error?.issues[0].message, "must list at least one quote from source.txt");
  });
});
