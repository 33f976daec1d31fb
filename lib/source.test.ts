import assert from "node:assert/strict";
import fs from "node:fs";
import { describe, it } from "node:test";
import { parseSource } from "./source";

describe("parseSource", () => {
  it("reads the date line, with spaces around it", () => {
    assert.equal(parseSource(" date 2023-06-19 \n\nFirst.\n").date, "2023-06-19");
  });

  it("has no date when the first line is not a date line", () => {
    const source = parseSource("date: tomorrow\n\nFirst.");
    assert.equal(source.date, null);
    assert.deepEqual(source.paragraphs, ["date: tomorrow", "First."]);
  });

  it("splits paragraphs on blank lines and joins wrapped lines", () => {
    assert.deepEqual(parseSource("One\nstill one.\n\n\n\nTwo.\n  \nThree.").paragraphs, ["One still one.", "Two.", "Three."]);
  });

  it("sets a closing contributor line apart as the credit", () => {
    const source = parseSource("Body.\n\nAssociated Press writer Emily Wang contributed.\n");
    assert.deepEqual(source.paragraphs, ["Body."]);
    assert.equal(source.credit, "Associated Press writer Emily Wang contributed.");
  });

  it("does not take a credit-like sentence in the middle for the credit", () => {
    const source = parseSource("Associated Press writer Emily Wang contributed.\n\nLast paragraph.");
    assert.equal(source.credit, null);
    assert.equal(source.paragraphs.length, 2);
  });

  it("handles CRLF line endings", () => {
    assert.deepEqual(parseSource(" date 2023-06-19\r\n\r\nA.\r\n\r\nB.").paragraphs, ["A.", "B."]);
  });

  it("reads the seed article as 35 paragraphs and a credit", () => {
    const source = parseSource(fs.readFileSync(new URL("../content/stories/blinken-xi-beijing-2023/source.txt", import.meta.url), "utf8"));
    assert.equal(source.date, "2023-06-19");
    assert.equal(source.paragraphs.length, 35);
    assert.match(source.paragraphs[0], /^BEIJING \(AP\) /);
    assert.equal(source.credit, "Associated Press writer Emily Wang contributed.");
  });

  it("keeps the story's source byte for byte the same as the seed", () => {
    const copy = fs.readFileSync(new URL("../content/stories/blinken-xi-beijing-2023/source.txt", import.meta.url));
    const seed = fs.readFileSync(new URL("../../shared/seed/ap-blinken-xi-2023-06-19.txt", import.meta.url));
    assert.ok(copy.equals(seed));
  });
});
