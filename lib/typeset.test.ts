/**
 * The site's own words are printed with typographic apostrophes; the report's words, quoted or shown whole, exactly as
 * received; attributes and addresses as written. The content the checks read is never changed.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { Statement } from "../components/StoryBody";
import { displayText, plainText, readDocument, sections, type Passage } from "./document";
import { shortTitle, typeset } from "./format";
import { parseSource } from "./source";

const source = parseSource(["BEIJING (AP) Blinken's trip: It's something we were going to continue to work on.", "", "Xi met the countries' envoys."].join("\n"));

describe("typeset", () => {
  it("turns each apostrophe beside a letter or digit into ’", () => {
    assert.equal(typeset("Blinken's trip"), "Blinken\u2019s trip");
    assert.equal(typeset("Who's who"), "Who\u2019s who");
    assert.equal(typeset("the countries' envoys"), "the countries\u2019 envoys");
    assert.equal(typeset("the '90s"), "the \u201990s");
    assert.equal(typeset("It's, isn't it"), "It\u2019s, isn\u2019t it");
  });

  it("leaves everything else alone", () => {
    assert.equal(typeset("no apostrophe here"), "no apostrophe here");
    assert.equal(typeset("a ' alone"), "a ' alone");
    assert.equal(typeset('"double"'), '"double"');
  });
});

describe("the site's prose as printed", () => {
  /** The first passage of a one-paragraph body, as the engine reads it. */
  const passage = (text: string): Passage => readDocument(text, { source }).document.blocks.flatMap((block) => (block.type === "paragraph" ? block.passages : []))[0];
  /** Its HTML as the page has it, with React's escape for ' read back. */
  const html = (text: string) => renderToStaticMarkup(createElement(Statement, { story: { slug: "s", source }, passage: passage(text) })).replaceAll("&#x27;", "'");

  it("prints the site's apostrophes curly and a quotation of the report exactly as received", () => {
    const body = `The article describes Blinken's trip: <Quote>It's something we were going to continue to work on.</Quote> <Cite p="1" />`;
    const { faults } = readDocument(body, { source });
    assert.deepEqual(faults, []);
    // What the checks read is what the editor wrote.
    assert.match(plainText(passage(body).children), /Blinken's trip/);
    const printed = html(body);
    assert.match(printed, /Blinken\u2019s trip/);
    assert.match(printed, /<q class="source-quote">It's something we were going to continue to work on\.<\/q>/);
    // The site's own words hold no straight apostrophe (the preview after them holds the paragraph as received).
    assert.doesNotMatch(printed.split('<span class="citations">')[0].replace(/<q[^>]*>.*<\/q>/, ""), /'/);
    assert.match(printed, /class="citation-text">BEIJING \(AP\) Blinken's trip/);
  });

  it("keeps a mention, a link's address and the citation's paragraph text as written", () => {
    const printed = html(`We had written <Mention>the report's words</Mention> in [Xi's page](article#p-2). <Cite p="2" />`);
    assert.match(printed, /\u201Cthe report's words\u201D/);
    assert.match(printed, /href="article#p-2"/);
    assert.match(printed, />Xi\u2019s page</);
    // The preview holds the paragraph as received.
    assert.match(printed, /Xi met the countries' envoys\./);
  });

  it("binds the citation to the last word, with a narrow no-break space and no breaking space before it", () => {
    const printed = html(`Blinken met Xi. <Cite p="1" />`);
    assert.match(printed, /Blinken met Xi\.<span class="citations">\u202F\[/);
  });

  it("lists sections as printed, headings included", () => {
    const { document } = readDocument(`## Who's who\n\nXi. <Cite p="2" />`, { source });
    assert.deepEqual(sections(document), [{ id: "whos-who", title: "Who\u2019s who" }]);
    assert.equal(displayText([{ type: "text", value: "Blinken's " }, { type: "quote", children: [{ type: "text", value: "It's" }], sic: false, paragraph: 1, problem: null }]), "Blinken\u2019s \u201CIt's\u201D");
  });
});

describe("shortTitle", () => {
  it("is the title's part before its colon, or the whole title", () => {
    assert.equal(shortTitle("Blinken meets Xi in Beijing: what each side said was agreed, and what was not"), "Blinken meets Xi in Beijing");
    assert.equal(shortTitle("Ferry timetable"), "Ferry timetable");
  });
});
