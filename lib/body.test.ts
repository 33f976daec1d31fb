import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { linkedParagraph, parseCitation, scanBody } from "./body";

describe("parseCitation", () => {
  it("reads single paragraphs, lists and ranges", () => {
    assert.deepEqual(parseCitation("3"), [3]);
    assert.deepEqual(parseCitation("3, 7"), [3, 7]);
    assert.deepEqual(parseCitation("3-5"), [3, 4, 5]);
  });

  it("refuses anything else", () => {
    for (const bad of ["", "three", "5-3", "3;4", "p3"]) assert.equal(parseCitation(bad), null, bad);
  });
});

describe("linkedParagraph", () => {
  it("reads the paragraph of a link into the article", () => {
    assert.equal(linkedParagraph("article#p-12"), 12);
    assert.equal(linkedParagraph("/stories/x/article#p-3"), 3);
    assert.equal(linkedParagraph("issues/taiwan"), null);
  });
});

describe("scanBody", () => {
  it("finds components, quotes and citations with their lines", () => {
    const scan = scanBody('---\ntitle: x\n---\n\nHe said <Quote>It is good</Quote>. <Cite p="2" />\n\n[see](article#p-4) <Chart />\n');
    assert.equal(scan.syntaxError, null);
    assert.deepEqual(scan.refs, [
      { kind: "component", name: "Quote", line: 5 },
      { kind: "quote", text: "It is good", line: 5 },
      { kind: "component", name: "Cite", line: 5 },
      { kind: "cite", raw: "2", paragraphs: [2], line: 5 },
      { kind: "cite", raw: "article#p-4", paragraphs: [4], line: 7 },
      { kind: "component", name: "Chart", line: 7 },
    ]);
  });

  it("reads a citation written as an expression", () => {
    assert.deepEqual(scanBody("<Cite p={3} />").refs[1], { kind: "cite", raw: "3", paragraphs: [3], line: 1 });
  });

  it("reports an MDX syntax error with its line", () => {
    const scan = scanBody("Fine.\n\nBroken <Quote>unclosed\n");
    assert.equal(scan.syntaxError?.line, 3);
    assert.match(scan.syntaxError?.message ?? "", /Quote/);
  });
});
