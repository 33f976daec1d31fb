import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { citedParagraphs, passages, readDocument, slugify, type Block } from "./document";
import { parseSource } from "./source";

const source = parseSource(
  [
    " date 2023-06-19 ",
    "",
    "BEIJING (AP) Blinken met Xi on Monday.",
    "",
    "Progress is difficult, Blinken told reporters. It takes time.",
    "",
    "The Chinese side said it was necessary to make a choice between dialogue or confrontation.",
    "",
    "Blinken said it takes time to build trust, in the strait. of Taiwan.",
    "",
    "Associated Press writer Emily Wang contributed.",
  ].join("\n"),
);

/** The faults of a body as `line: field: message`. */
function faults(body: string): string[] {
  return readDocument(body, { source }).faults.map((fault) => `${fault.line}: ${fault.field}: ${fault.message}`);
}

describe("slugify", () => {
  it("makes readable fragment ids", () => {
    assert.equal(slugify("Who's who"), "whos-who");
    assert.equal(slugify("Sunday: Qin Gang"), "sunday-qin-gang");
    assert.equal(slugify("¶"), "section");
  });
});

describe("readDocument: what a valid body becomes", () => {
  it("splits a paragraph into passages, each ending with its citation, with ids by section", () => {
    const { document, faults: found } = readDocument('Blinken met Xi. <Cite p="1" /> He said: <Quote>Progress is difficult</Quote>. <Cite p="2" />\n\n## What next\n\nMore. <Cite p="2-3" />', { source });
    assert.deepEqual(found, []);
    assert.deepEqual(
      passages(document).map(({ passage, section }) => [passage.id, passage.cites, section]),
      [
        ["intro-1", [1], null],
        ["intro-2", [2], null],
        ["what-next-1", [2, 3], "What next"],
      ],
    );
    assert.deepEqual([...citedParagraphs(document)].sort(), [1, 2, 3]);
  });

  it("places a quote in the paragraph its sentence cites", () => {
    const { document } = readDocument('He said: <Quote>Progress is difficult</Quote>. <Cite p="1, 2" />', { source });
    const paragraph = document.blocks[0] as Extract<Block, { type: "paragraph" }>;
    const quote = paragraph.passages[0].children.find((child) => child.type === "quote");
    assert.equal(quote?.type === "quote" && quote.paragraph, 2);
  });

  it("allows punctuation after the last citation, and uncited words inside a <Note>", () => {
    assert.deepEqual(faults('Blinken met Xi <Cite p="1" />.'), []);
    assert.deepEqual(faults("<Note>\n\nThe article says nothing of it.\n\n</Note>"), []);
  });

  it("accepts the report's garbled words marked as such", () => {
    const { document, faults: found } = readDocument('It reads <Quote sic>the strait. of Taiwan</Quote>. <Cite p="4" />', { source });
    assert.deepEqual(found, []);
    const paragraph = document.blocks[0] as Extract<Block, { type: "paragraph" }>;
    assert.ok(paragraph.passages[0].children.some((child) => child.type === "quote" && child.sic));
  });

  it("resolves links with the resolver it is given", () => {
    const { document } = readDocument('See [it](issues/x). <Cite p="1" />', { source, resolveLink: (href) => ({ href: `/stories/s/${href}` }) });
    const paragraph = document.blocks[0] as Extract<Block, { type: "paragraph" }>;
    assert.deepEqual(paragraph.passages[0].children[1], { type: "link", href: "/stories/s/issues/x", children: [{ type: "text", value: "it" }] });
  });
});

describe("readDocument: one fault class each, on its exact message", () => {
  it("a quote that is in another paragraph than the one its sentence cites", () => {
    assert.deepEqual(faults('He said: <Quote>Progress is difficult</Quote>. <Cite p="3" />'), [
      '1: Quote: "Progress is difficult" is in ¶2, but its sentence cites ¶3: cite the paragraph it quotes',
    ]);
  });

  it("a quote that is in no paragraph", () => {
    assert.deepEqual(faults('He said <Quote>we will win</Quote>. <Cite p="1" />'), ['1: Quote: orphan: "we will win" occurs in no paragraph of source.txt']);
  });

  it("words in quotation marks in prose", () => {
    const advice = "put the report's words in <Quote>…</Quote>, its garbled text in <Quote sic>…</Quote>, or words quoted as words in <Mention>…</Mention>";
    assert.deepEqual(faults('The talks were "candid". <Cite p="1" />'), [`1: body: quotation marks around "candid": ${advice}`]);
    assert.deepEqual(faults('The talks were \u201Ccandid\u201D. <Cite p="1" />'), [`1: body: quotation marks around \u201Ccandid\u201D: ${advice}`]);
    assert.deepEqual(faults("We dropped \u2018arbitrary\u2019 from it. <Cite p=\"1\" />"), [`1: body: quotation marks around \u2018arbitrary\u2019: ${advice}`]);
    assert.deepEqual(faults("We dropped 'arbitrary' from it. <Cite p=\"1\" />"), [`1: body: quotation marks around 'arbitrary': ${advice}`]);
    assert.deepEqual(faults("The talks were \u00ABcandid\u00BB. <Cite p=\"1\" />"), [`1: body: quotation marks around \u00ABcandid\u00BB: ${advice}`]);
    assert.deepEqual(faults("The talks were \u201Ecandid\u201C. <Cite p=\"1\" />"), [`1: body: quotation marks around \u201Ecandid\u201C: ${advice}`]);
    assert.deepEqual(faults('The talks were `"candid"`. <Cite p="1" />'), [`1: body: quotation marks around "candid": ${advice}`]);
    // Apostrophes are not quotation marks.
    assert.deepEqual(faults("Blinken\u2019s and the countries' talks, Blinkens\u2019 trip. <Cite p=\"1\" />"), []);
  });

  it("a paragraph that cites nothing", () => {
    assert.deepEqual(faults("Blinken met Xi."), [`1: Cite: uncited: this paragraph cites no paragraph of the report: end it with <Cite p="N" />, or mark it as the site's own <Note>`]);
  });

  it("words after the last citation", () => {
    assert.deepEqual(faults('Blinken met Xi. <Cite p="1" /> Then he left.'), [
      `1: Cite: uncited: the words after its last <Cite> ("Then he left.") cite nothing: end them with <Cite p="N" />, or mark the paragraph as the site's own <Note>`,
    ]);
  });

  it("an uncited list item", () => {
    assert.deepEqual(faults('- Blinken met Xi. <Cite p="1" />\n- Then more.'), [`2: Cite: uncited: this paragraph cites no paragraph of the report: end it with <Cite p="N" />, or mark it as the site's own <Note>`]);
  });

  it("a citation of a paragraph that does not exist, and one that is not a number", () => {
    assert.deepEqual(faults('One. <Cite p="9" /> Two. <Cite p="two" />'), [
      "1: Cite: cites ¶9, but the article has paragraphs 1 to 4",
      '1: Cite: bad citation "two": write p="3", p="3, 7" or p="3-5"',
    ]);
  });

  it("a citation inside emphasis or a link", () => {
    assert.deepEqual(faults('*Met <Cite p="1" />* Xi. <Cite p="1" />'), ["1: Cite: a <Cite> ends a sentence: put it in the paragraph itself, not inside a link, emphasis or quote"]);
  });

  it("import and export", () => {
    assert.deepEqual(faults('import fs from "fs"\n\nText. <Cite p="1" />'), ["1: body: import and export are not allowed: content holds no code"]);
    assert.deepEqual(faults('export const x = require("fs")\n\nText. <Cite p="1" />'), ["1: body: import and export are not allowed: content holds no code"]);
  });

  it("an expression in text and on its own line", () => {
    const message = "{…} expressions are not allowed: content holds no code (write braces as \\{ if you mean them)";
    assert.deepEqual(faults('The secret is {process.env.PREVIEW_SECRET}. <Cite p="1" />'), [`1: body: ${message}`]);
    assert.deepEqual(faults('{process.env.PREVIEW_SECRET}\n\nText. <Cite p="1" />'), [`1: body: ${message}`]);
  });

  it("an attribute whose value is an expression", () => {
    assert.deepEqual(faults("Text. <Cite p={3} />"), ['1: Cite: attribute p={3} is an expression: write p="…" (content holds no code)']);
  });

  it("a spread attribute", () => {
    assert.deepEqual(faults('Text. <Cite {...props} p="1" />'), ["1: Cite: spread attribute {...props} is not allowed: content holds no code"]);
  });

  it("an unknown attribute", () => {
    assert.deepEqual(faults('Text. <Cite p="1" onClick="x" />'), ['1: Cite: unknown attribute "onClick" on <Cite> (known: p, review)']);
  });

  it("HTML and elements that are not the site's components", () => {
    const known = "(known: Cite, Date, IssueTable, Mention, Note, Quote, Timeline)";
    assert.deepEqual(faults("<script>alert(1)</script>"), [`1: body: unknown component <script> ${known}`]);
    assert.deepEqual(faults('<iframe src="https://example.org" />'), [`1: body: unknown component <iframe> ${known}`]);
    assert.deepEqual(faults('Text <img src="x" onerror="alert(1)" />. <Cite p="1" />'), [`1: body: unknown component <img> ${known}`]);
    assert.deepEqual(faults('Text <Chart data="1" />. <Cite p="1" />'), [`1: body: unknown component <Chart> ${known}`]);
  });

  it("a link that could run a script", () => {
    assert.deepEqual(faults('[Click](javascript:alert(1)). <Cite p="1" />'), ['1: body: link to "javascript:alert(1)" is not allowed: link to this site or to an http(s) address']);
  });

  it("Markdown the site does not render", () => {
    assert.deepEqual(faults("# Title"), ["1: body: heading level 1: use ## to #### (the page has its own title)"]);
    assert.deepEqual(faults('![a](b.png) <Cite p="1" />'), ["1: body: images are not supported in a body"]);
    assert.deepEqual(faults("> Quoted."), ["1: body: block quotes are not supported: quote the report with <Quote>…</Quote>"]);
  });

  it("an MDX syntax error, which leaves a document that only shows the problem", () => {
    const { document, faults: found } = readDocument("Fine.\n\nBroken <Quote>unclosed\n", { source });
    assert.equal(found.length, 1);
    assert.equal(found[0].line, 3);
    assert.match(found[0].message, /^MDX syntax error: .*Quote/);
    assert.deepEqual(document.blocks.map((block) => block.type), ["problem"]);
  });
});

describe("readDocument: the names, numbers and dates of every passage rest on what it cites", () => {
  const report = parseSource(
    [
      " date 2023-06-19 ",
      "",
      "BEIJING (AP) Blinken met Xi on Monday for 35 minutes.",
      "",
      "The agenda was approved the last year by Xi and President Joe Biden at a Bali summit.",
      "",
      "Speaking to reporters during a trip to California, Biden said Blinken had done a hell of a job.",
      "",
      "During the first round of talks on Sunday, Blinken met Qin Gang for nearly six hours.",
    ].join("\n"),
  );
  const check = (body: string) => readDocument(body, { source: report }).faults.map((fault) => `${fault.line}: ${fault.field}: ${fault.message}`);

  it("names a word that is not in the cited paragraph, and the paragraphs that hold it", () => {
    assert.deepEqual(check('Joe Biden said Blinken had done well. <Cite p="3" />'), ['1: grounding: "Joe" is not in ¶3; it is in ¶2: cite it']);
    assert.deepEqual(check('President Joe Biden said Blinken had done well. <Cite p="2, 3" />'), []);
  });

  it("compares numbers by value, in digits or words, and refuses one the report does not give", () => {
    assert.deepEqual(check('They met for thirty-five minutes. <Cite p="1" />'), ['1: grounding: "thirty" is not in ¶1, nor anywhere in the report; "five" is not in ¶1, nor anywhere in the report: say only what the report says, or write a date it implies as <Date from="…">']);
    assert.deepEqual(check('They met for six hours. <Cite p="4" />'), []);
    assert.deepEqual(check('They met for 6 hours. <Cite p="4" />'), []);
  });

  it("reads decimals, decades and clock times, and refuses them when the report does not give them", () => {
    assert.deepEqual(check('They met for 1.5 hours. <Cite p="1" />'), ['1: grounding: "1.5" is not in ¶1, nor anywhere in the report: say only what the report says, or write a date it implies as <Date from="…">']);
    assert.deepEqual(check('Ties have been poor since the 1990s. <Cite p="1" />'), ['1: grounding: "1990s" is not in ¶1, nor anywhere in the report: say only what the report says, or write a date it implies as <Date from="…">']);
    assert.deepEqual(check('They met at 10pm. <Cite p="1" />'), ['1: grounding: "10pm" is not in ¶1, nor anywhere in the report: say only what the report says']);
    assert.deepEqual(check('They met at sunset. <Cite p="1" />'), ['1: grounding: "sunset" is not in ¶1, nor anywhere in the report: say only what the report says']);
  });

  it("refuses a name whose words the report gives only apart, and takes a title before a name", () => {
    assert.deepEqual(check('Joe Blinken met Xi. <Cite p="1, 2" />'), ['1: grounding: "Joe Blinken" is not in ¶1 or ¶2 as one name, nor anywhere in the report: say only what the report says']);
    assert.deepEqual(check('President Biden approved the agenda. <Cite p="2" />'), []);
    assert.deepEqual(check('Xi and Biden approved it at Bali. <Cite p="2" />'), []);
    // A possessive ends a name: "Blinken's Beijing talks" names Blinken and Beijing, which ¶1 gives apart.
    assert.deepEqual(check('Blinken\'s Beijing talks went on. <Cite p="1" />'), []);
  });

  it("grounds a heading in what its section cites, and lets it name the story's sides as declared", () => {
    const read = (body: string) => readDocument(body, { source: report, sideLabels: ["The Chinese side", "The U.S. side"] }).faults.map((fault) => `${fault.line}: ${fault.field}: ${fault.message}`);
    assert.deepEqual(read('## Monday: Blinken and Xi\n\nBlinken met Xi. <Cite p="1" />'), []);
    assert.deepEqual(read('## Monday morning\n\nBlinken met Xi. <Cite p="1" />'), ['1: heading: "morning" is not in ¶1 (what its section cites), nor anywhere in the report: say only what the report says']);
    assert.deepEqual(read('## Sunday\n\nBlinken met Xi. <Cite p="1" />\n\n### Then\n\nHe met Qin Gang. <Cite p="4" />'), []);
    assert.deepEqual(read('## What the Chinese side said\n\nBiden said Blinken had done well. <Cite p="3" />'), []);
    assert.deepEqual(read('## Where each issue stands\n\n<Note>\n\nOur words.\n\n</Note>'), []);
    assert.deepEqual(read('## Where Geneva stands\n\n<Note>\n\nOur words.\n\n</Note>'), ['1: heading: "Geneva": its section cites no paragraph of the report, so its heading can rest on none: name only what the section\'s citations hold']);
    assert.deepEqual(read('## <Quote>a hell of a job</Quote>\n\nBlinken met Xi. <Cite p="1" />'), ['1: Quote: "a hell of a job" is in ¶3, but its sentence cites ¶1: cite the paragraph it quotes']);
  });

  it("refuses a time of day the report does not give", () => {
    assert.deepEqual(check('Blinken met Xi on Monday morning. <Cite p="1" />'), ['1: grounding: "morning" is not in ¶1, nor anywhere in the report: say only what the report says']);
  });

  it("grounds the year, month and day of the report's date line", () => {
    assert.deepEqual(check('On 19 June 2023 Blinken met Xi. <Cite p="1" />'), []);
    assert.deepEqual(check('On 20 June 2023 Blinken met Xi. <Cite p="1" />'), ['1: grounding: "20" is not in ¶1 or the report\'s date line, nor anywhere in the report: say only what the report says, or write a date it implies as <Date from="…">']);
    // The date line grounds a day of a month, not any number that happens to equal it.
    assert.deepEqual(check('Blinken met Xi on 19th June. <Cite p="1" />'), []);
    assert.deepEqual(check('Blinken made 19 requests of Xi. <Cite p="1" />'), ['1: grounding: "19" is not in ¶1, nor anywhere in the report: say only what the report says, or write a date it implies as <Date from="…">']);
  });

  it("works out a date the report implies, and checks it", () => {
    assert.deepEqual(check('The summit was in <Date from="the last year">2022</Date>. <Cite p="2" />'), []);
    assert.deepEqual(check('The first round was on <Date from="Sunday">18 June 2023</Date>. <Cite p="4" />'), []);
    assert.deepEqual(check('The first round was on <Date from="Sunday">18th June 2023</Date>. <Cite p="4" />'), []);
    assert.deepEqual(check('The first round was on <Date from="Sunday">17th June 2023</Date>. <Cite p="4" />'), [
      `1: Date: <Date from="Sunday">17th June 2023</Date>: "17th" does not fit 18 June 2023, worked out from "Sunday" and the report's date, 19 June 2023`,
    ]);
    assert.deepEqual(check('The summit was in <Date from="the last year">2021</Date>. <Cite p="2" />'), [
      `1: Date: <Date from="the last year">2021</Date>: "2021" does not fit 2022, worked out from "the last year" and the report's date, 19 June 2023`,
    ]);
    assert.deepEqual(check('The summit was in <Date from="the last year">2022</Date>. <Cite p="1" />'), ['1: Date: <Date from="the last year">: "the last year" is not in ¶1; it is in ¶2: cite it']);
    assert.deepEqual(check('The summit was in <Date from="a Bali summit">2022</Date>. <Cite p="2" />'), [
      '1: Date: <Date from="a Bali summit">: cannot work out a date from "a Bali summit" (known: last year, this year, this month, last month, today, yesterday, a weekday, a month)',
    ]);
  });

  it("records what it checked against each paragraph, for the reader", () => {
    const { document } = readDocument('Xi said the agenda, approved in <Date from="the last year">2022</Date>, was <Quote>approved</Quote>. <Cite p="1, 2" />', { source: report });
    const [passage] = passages(document).map(({ passage }) => passage);
    assert.deepEqual(passage.checked, [
      { paragraph: 1, quotes: 0, words: ["Xi"] },
      { paragraph: 2, quotes: 1, words: ["Xi", "2022 (from \u201Cthe last year\u201D)"] },
    ]);
  });

  it("checks words quoted as words against nothing, and shows them in quotation marks", () => {
    assert.deepEqual(check('We had written <Mention>Monday morning</Mention>. <Cite p="1" />'), []);
  });
});
