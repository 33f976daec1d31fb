import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { anchorQuote } from "./anchor";
import { fileSpan, passageLink, selectors } from "./annotations";
import { parseSource } from "./source";

// Curly quotes, and a character outside the Basic Multilingual Plane (two UTF-16 units, one code point).
const file = " date 2023-06-19 \n\n🚀 BEIJING (AP) “It’s very good,” Xi said of the military-to-military talks.\n\nBlinken said it takes\ntime, it takes more than one visit.\n";
const source = parseSource(file);
const codePoints = Array.from(file);

function found(quote: string) {
  const anchor = anchorQuote(source.paragraphs, quote);
  assert.equal(anchor.status, "found");
  return anchor as Extract<typeof anchor, { status: "found" }>;
}

describe("selectors", () => {
  it("count positions in code points, not UTF-16 units", () => {
    const [quote, position] = selectors(file, ...fileSpan(source, found("It’s very good")));
    assert.equal(quote.exact, "It’s very good");
    assert.equal(codePoints.slice(position.start, position.end).join(""), quote.exact);
    assert.equal(file.indexOf("It’s") - position.start, 1, "the rocket is one code point and two UTF-16 units");
  });

  it("give an exact that equals the file's slice, with adjacent prefix and suffix of at most 32 code points", () => {
    for (const quote of ["It’s very good", "BEIJING (AP)", "it takes time", "more than one visit"]) {
      const [text, position] = selectors(file, ...fileSpan(source, found(quote)));
      assert.equal(codePoints.slice(position.start, position.end).join(""), text.exact, quote);
      assert.equal(codePoints.slice(Math.max(0, position.start - 32), position.start).join(""), text.prefix, quote);
      assert.equal(codePoints.slice(position.end, position.end + 32).join(""), text.suffix, quote);
      assert.ok(Array.from(text.prefix).length <= 32 && Array.from(text.suffix).length <= 32);
    }
  });

  it("keep the file's own line break inside a quote that spans a wrapped line", () => {
    const [quote] = selectors(file, ...fileSpan(source, found("it takes time")));
    assert.equal(quote.exact, "it takes\ntime");
  });
});

describe("passageLink", () => {
  const story = { slug: "s", source };

  it("links a short passage by its words, percent-encoding what the directive syntax uses", () => {
    assert.equal(passageLink(story, found("BEIJING (AP)")), "/stories/s/article#p-1:~:text=BEIJING%20(AP)");
    assert.equal(passageLink(story, found("It’s very good")), "/stories/s/article#p-1:~:text=It%E2%80%99s%20very%20good");
    assert.equal(passageLink(story, found("military-to-military talks")), "/stories/s/article#p-1:~:text=military%2Dto%2Dmilitary%20talks");
  });

  it("links a long passage by its first and last words", () => {
    const link = passageLink(story, found("it takes time, it takes more than one visit"));
    assert.equal(link, "/stories/s/article#p-2:~:text=it%20takes%20time%2C%20it,more%20than%20one%20visit");
  });
});
