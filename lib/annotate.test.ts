import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { annotate } from "./annotate";
import { anchorQuote } from "./anchor";

const paragraphs = ["Trade, Taiwan and rights.", "Nothing here.", "Over Taiwan again."];
const issue = (slug: string, quotes: string[]) => ({ slug, anchors: quotes.map((quote) => ({ quote, anchor: anchorQuote(paragraphs, quote) })) });
const story = {
  source: { date: null, paragraphs, credit: null },
  issues: [issue("taiwan", ["Taiwan and", "Over Taiwan"]), issue("trade", ["Trade, Taiwan"])],
};

describe("annotate", () => {
  it("puts each issue's card beside every paragraph its anchors land in", () => {
    assert.deepEqual(
      annotate(story).map((p) => p.cards),
      [["taiwan", "trade"], [], ["taiwan"]],
    );
  });

  it("splits overlapping anchors into segments that name every covering issue", () => {
    assert.deepEqual(annotate(story)[0].segments, [
      { text: "Trade, ", issues: ["trade"], ends: [] },
      { text: "Taiwan", issues: ["taiwan", "trade"], ends: ["trade"] },
      { text: " and", issues: ["taiwan"], ends: ["taiwan"] },
      { text: " rights.", issues: [], ends: [] },
    ]);
  });

  it("keeps the text of every paragraph whole", () => {
    annotate(story).forEach((p, i) => assert.equal(p.segments.map((s) => s.text).join(""), paragraphs[i]));
  });

  it("shows one issue alone when filtered", () => {
    const only = annotate(story, "trade");
    assert.deepEqual(only.map((p) => p.cards), [["trade"], [], []]);
    assert.deepEqual(only[2].segments, [{ text: "Over Taiwan again.", issues: [], ends: [] }]);
  });

  it("shows an issue's summary at its first note only, and orders a paragraph's notes by where their words are", () => {
    assert.deepEqual(
      annotate(story).map((p) => p.notes),
      [
        [
          { issue: "trade", first: true },
          { issue: "taiwan", first: true },
        ],
        [],
        [{ issue: "taiwan", first: false }],
      ],
    );
  });

  it("skips anchors that did not land", () => {
    const broken = { ...story, issues: [issue("ghost", ["not in the text"])] };
    assert.deepEqual(annotate(broken).flatMap((p) => p.cards), []);
  });
});
