/**
 * Anchoring by quote (after W3C TextQuoteSelector): an editor quotes the article, and the quote
 * places a note beside the one paragraph that contains it. Matching forgives white space and
 * straight vs curly quotes, nothing else.
 */

export type Anchor =
  | { status: "found"; paragraph: number; start: number; end: number }
  | { status: "orphan" }
  | { status: "credit" }
  | { status: "ambiguous"; paragraphs: number[] };

type Normalized = { text: string; /** index in `text` → index in the original */ offsets: number[] };

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032]/;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/;

/** Folds quotes and white space, remembering where each kept character came from. */
export function normalize(original: string): Normalized {
  let text = "";
  const offsets: number[] = [];
  for (let i = 0; i < original.length; i++) {
    let ch = original[i];
    if (/\s/.test(ch)) {
      if (text.length === 0 || text.endsWith(" ")) continue;
      ch = " ";
    } else if (SINGLE_QUOTES.test(ch)) ch = "'";
    else if (DOUBLE_QUOTES.test(ch)) ch = '"';
    text += ch;
    offsets.push(i);
  }
  if (text.endsWith(" ")) {
    text = text.slice(0, -1);
    offsets.pop();
  }
  return { text, offsets };
}

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** A quote may take in a comma to be unique (", Taiwan,"); the highlight leaves such edges out. */
function trimmed(text: string, span: { paragraph: number; start: number; end: number }) {
  let { start, end } = span;
  while (start < end && /[\s,;:]/.test(text[start])) start++;
  while (end > start && /[\s,;:]/.test(text[end - 1])) end--;
  return { paragraph: span.paragraph, start, end };
}

/** Finds the one paragraph (1-based) that contains `quote`, with the quote's span in the original text. */
export function anchorQuote(paragraphs: readonly string[], quote: string, credit: string | null = null): Anchor {
  const needle = normalize(quote).text;
  if (needle.length === 0) return { status: "orphan" };
  const hits: { paragraph: number; start: number; end: number }[] = [];
  paragraphs.forEach((paragraph, index) => {
    const { text, offsets } = normalize(paragraph);
    for (const at of occurrences(text, needle)) {
      hits.push({ paragraph: index + 1, start: offsets[at], end: offsets[at + needle.length - 1] + 1 });
    }
  });
  if (hits.length === 1) return { status: "found", ...trimmed(paragraphs[hits[0].paragraph - 1], hits[0]) };
  if (hits.length > 1) return { status: "ambiguous", paragraphs: hits.map((hit) => hit.paragraph) };
  if (credit !== null && normalize(credit).text.includes(needle)) return { status: "credit" };
  return { status: "orphan" };
}

/** One line an editor can act on, for an anchor that did not land. */
export function describeMiss(anchor: Exclude<Anchor, { status: "found" }>, quote: string): string {
  const shown = JSON.stringify(quote.length > 60 ? `${quote.slice(0, 57)}...` : quote);
  switch (anchor.status) {
    case "orphan":
      return `orphan: ${shown} occurs in no paragraph of source.txt`;
    case "credit":
      return `in credit line: ${shown} occurs only in the credit line, which is not an article paragraph`;
    case "ambiguous": {
      const where = anchor.paragraphs.map((n) => `¶${n}`).join(", ");
      return `ambiguous: ${shown} occurs ${anchor.paragraphs.length} times (${where}); quote more words so it occurs once`;
    }
  }
}
