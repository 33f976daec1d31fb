import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { diffLine, matchParagraphs, similarity } from "./versions";

const A = "Blinken met Xi on Monday and said they agreed to stabilize relations.";
const B = "Blinken said China was not ready to resume military contacts.";
const C = "Still, Yang Tao said he believed the visit marked a new beginning.";
const D = "Both sides have expressed a willingness to hold more talks.";

describe("matchParagraphs", () => {
  it("an unchanged report matches itself, paragraph for paragraph", () => {
    assert.deepEqual(matchParagraphs([A, B, C], [A, B, C]), { fates: [1, 2, 3].map((to) => ({ status: "unchanged", to })), added: [] });
  });

  it("an inserted paragraph moves the later ones one down, and is new", () => {
    assert.deepEqual(matchParagraphs([A, B, C], [A, D, B, C]), {
      fates: [
        { status: "unchanged", to: 1 },
        { status: "unchanged", to: 3 },
        { status: "unchanged", to: 4 },
      ],
      added: [2],
    });
  });

  it("a deleted paragraph is removed, and the later ones move up", () => {
    assert.deepEqual(matchParagraphs([A, B, C], [A, C]).fates, [{ status: "unchanged", to: 1 }, { status: "removed" }, { status: "unchanged", to: 2 }]);
  });

  it("an edited paragraph keeps its place, marked edited; a rewritten one is removed and the new one added", () => {
    const edited = B.replace("military contacts", "military-to-military contacts, Blinken told reporters");
    const { fates, added } = matchParagraphs([A, B, C], [A, edited, C]);
    assert.equal(fates[1].status, "edited");
    assert.equal(fates[1].status === "edited" && fates[1].to, 2);
    assert.deepEqual(added, []);
    const replaced = matchParagraphs([A, B, C], [A, D, C]);
    assert.deepEqual(replaced.fates[1], { status: "removed" });
    assert.deepEqual(replaced.added, [2]);
  });

  it("a paragraph moved elsewhere is unchanged in words but marked moved", () => {
    assert.deepEqual(matchParagraphs([A, B, C, D], [A, C, D, B]).fates, [
      { status: "unchanged", to: 1 },
      { status: "moved", to: 4 },
      { status: "unchanged", to: 2 },
      { status: "unchanged", to: 3 },
    ]);
  });

  it("two identical paragraphs pair in order, and a removed copy is the later one", () => {
    assert.deepEqual(matchParagraphs([A, D, B, D], [A, D, B, D]).fates.map((fate) => fate.status === "unchanged" && fate.to), [1, 2, 3, 4]);
    assert.deepEqual(matchParagraphs([A, D, B, D], [A, D, B]).fates, [{ status: "unchanged", to: 1 }, { status: "unchanged", to: 2 }, { status: "unchanged", to: 3 }, { status: "removed" }]);
  });

  it("white space and the style of quotation marks are no change", () => {
    assert.equal(matchParagraphs(["It’s  vital, he said."], ["It's vital, he said."]).fates[0].status, "unchanged");
  });
});

describe("similarity and the word difference", () => {
  it("measures the share of words kept in order", () => {
    assert.equal(similarity(A, A), 1);
    assert.ok(similarity(B, B.replace("not ready", "ready")) > 0.9);
    assert.ok(similarity(B, D) < 0.3);
  });

  it("marks what was removed and what was added", () => {
    assert.equal(diffLine("That program has been put in jeopardy recently.", "That program was put in jeopardy in recent months."), "That program [-has been-] {+was+} put in jeopardy [-recently.-] {+in recent months.+}");
  });
});
