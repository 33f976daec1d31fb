import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dateLineIndex, describeSpan, disagreement, indexOf, keysOf, namesOf, wordsToGround, workOutDate } from "./grounding";

const report = [
  "BEIJING (AP) U.S. Secretary of State Antony Blinken met with Chinese President Xi Jinping on Monday.",
  "Despite the symbolism of his presence in China, Blinken and other U.S. officials have downplayed prospects.",
  "Blinkens’ visit came after his plans were postponed in February, a meeting of about three hours.",
];
const names = namesOf(report);
const words = (text: string) => wordsToGround(text, names).map(({ kind, text: word }) => `${kind}:${word}`);

describe("keysOf: how words are compared", () => {
  it("folds case, U.S. and US, and possessives", () => {
    assert.deepEqual(keysOf("U.S."), ["us"]);
    assert.deepEqual(keysOf("US"), ["us"]);
    assert.deepEqual(keysOf("China's"), ["china"]);
    assert.deepEqual(keysOf("China’s"), ["china"]);
    assert.deepEqual(keysOf("Blinkens’"), ["blinkens", "blinken"]);
  });

  it("indexes a paragraph's words and number values, hyphenated parts apart", () => {
    const index = indexOf("The U.S.-China talks lasted 35 minutes, five hours in all.");
    for (const key of ["us", "china", "talks", "#35", "#5", "five"]) assert.ok(index.has(key), key);
  });
});

describe("wordsToGround: what a sentence must rest on", () => {
  it("finds names, numbers, dates and times of day", () => {
    assert.deepEqual(words("Blinken met Xi on Monday morning for 35 minutes in 2023, three hours after noon."), [
      "name:Blinken",
      "name:Xi",
      "date:Monday",
      "time:morning",
      "number:35",
      "date:2023",
      "number:three",
      "time:noon",
    ]);
  });

  it("does not take a capitalised word that starts a sentence for a name, unless it is one", () => {
    assert.deepEqual(words("Despite that, he spoke. Separately, she left. Detained citizens wait."), []);
    assert.deepEqual(words("Blinken spoke. Pompeo answered."), ["name:Blinken", "name:Pompeo"]);
  });

  it("reads a clause after a colon as a new start, and an initialism as no sentence end", () => {
    assert.deepEqual(words("Who: Blinken, the U.S. Secretary of State."), ["name:Blinken", "name:U.S.", "name:Secretary", "name:State"]);
  });

  it("takes one as a number, but not in 'one of'", () => {
    assert.deepEqual(words("He met one official; one of them spoke."), ["number:one"]);
  });
});

describe("dates the report implies", () => {
  const reportDate = "2023-06-19"; // a Monday
  it("works them out from the report's date", () => {
    assert.deepEqual(workOutDate("the last year", reportDate), { from: "2022-01-01", to: "2022-12-31" });
    assert.deepEqual(workOutDate("earlier this month", reportDate), { from: "2023-06-01", to: "2023-06-30" });
    assert.deepEqual(workOutDate("Sunday", reportDate), { from: "2023-06-18", to: "2023-06-18" });
    assert.deepEqual(workOutDate("on Monday", reportDate), { from: "2023-06-19", to: "2023-06-19" });
    assert.deepEqual(workOutDate("in February", reportDate), { from: "2023-02-01", to: "2023-02-28" });
    assert.deepEqual(workOutDate("in December", reportDate), { from: "2022-12-01", to: "2022-12-31" });
    assert.equal(workOutDate("a while ago", reportDate), null);
  });

  it("says when the date shown does not fit the one worked out", () => {
    assert.equal(disagreement("18 June 2023", { from: "2023-06-18", to: "2023-06-18" }), null);
    assert.equal(disagreement("2022", { from: "2022-01-01", to: "2022-12-31" }), null);
    assert.equal(disagreement("17 June 2023", { from: "2023-06-18", to: "2023-06-18" }), '"17" does not fit 18 June 2023');
    assert.equal(disagreement("2021", { from: "2022-01-01", to: "2022-12-31" }), '"2021" does not fit 2022');
    assert.equal(disagreement("Saturday", { from: "2023-06-18", to: "2023-06-18" }), '"Saturday" does not fit 18 June 2023');
    assert.equal(disagreement("soon", { from: "2022-01-01", to: "2022-12-31" }), "it shows no year, month, day or weekday");
  });

  it("names spans as readers read dates, and grounds the date line's year, month and day", () => {
    assert.equal(describeSpan({ from: "2023-06-01", to: "2023-06-30" }), "June 2023");
    assert.deepEqual([...dateLineIndex("2023-06-19")].sort(), ["#19", "#2023", "june"]);
  });
});
