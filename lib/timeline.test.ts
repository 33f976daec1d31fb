import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { outOfOrder, span } from "./timeline";

describe("span", () => {
  it("reads a year, a month and a day as the days they can mean", () => {
    assert.deepEqual(span("2022"), ["2022-01-01", "2022-12-31"]);
    assert.deepEqual(span("2023-02"), ["2023-02-01", "2023-02-28"]);
    assert.deepEqual(span("2024-02"), ["2024-02-01", "2024-02-29"]);
    assert.deepEqual(span("2023-06-18"), ["2023-06-18", "2023-06-18"]);
  });
});

describe("outOfOrder", () => {
  it("accepts events in order, and a month beside a day within it", () => {
    assert.deepEqual(outOfOrder(["2022", "2023-02", "2023-06", "2023-06-18", "2023-06-19"]), []);
    assert.deepEqual(outOfOrder(["2023-06-18", "2023-06"]), []);
  });

  it("finds an event listed after one that it precedes", () => {
    assert.deepEqual(outOfOrder(["2023-02", "2022", "2023-06-19", "2023-06-18"]), [
      { index: 1, after: 0 },
      { index: 3, after: 2 },
    ]);
  });
});
