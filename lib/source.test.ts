import assert from "node:assert/strict";
import { createHash } from "node:crypto";
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

  it("keeps the story's source byte for byte the report as received, by the hash its story pins", () => {
    const copy = fs.readFileSync(new URL("../content/stories/blinken-xi-beijing-2023/source.txt", import.meta.url));
    const pinned = /^ {2}sha256: ([0-9a-f]{64})$/m.exec(fs.readFileSync(new URL("../content/stories/blinken-xi-beijing-2023/index.mdx", import.meta.url), "utf8"))?.[1];
    assert.equal(createHash("sha256").update(copy).digest("hex"), pinned);
  });
});

describe("parseSource offsets", () => {
  it("map every character of a paragraph back to the file, across wrapped lines and CRLF", () => {
    const file = " date 2023-06-19\r\n\r\n  One\r\n  still one.\r\n\r\nTwo.";
    const source = parseSource(file);
    assert.deepEqual(source.paragraphs, ["One still one.", "Two."]);
    source.paragraphs.forEach((text, p) => {
      [...text].forEach((char, i) => {
        if (char !== " " || text[i - 1] === " ") assert.equal(file[source.offsets[p][i]], char, `¶${p + 1}[${i}]`);
      });
    });
    assert.equal(file.slice(source.offsets[0][4], source.offsets[0][13] + 1), "still one.");
  });
});
