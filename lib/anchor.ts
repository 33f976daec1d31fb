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

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Where needle stands in haystack as whole words: "he said" is not in "she said". */
function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  const cutsIn = (inside: string | undefined, outside: string | undefined) => outside !== undefined && inside !== undefined && WORD_CHARACTER.test(inside) && WORD_CHARACTER.test(outside);
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    if (cutsIn(needle[0], haystack[at - 1]) || cutsIn(needle.at(-1), haystack[at + needle.length])) continue;
    found.push(at);
  }
  return found;
}

/** A quote may take in a comma to be unique (", Taiwan,"); the highlight leaves such edges out. */
function trimmed(text: string, span: { paragraph: number; start: number; end: number }) {
  let { start, end } = span;
  while (start < end && /[\s,;:]/.test(text[start])) start++;
  while (end > start && /[\s,;:]/.test(text[end - 1])) end--;
  return { paragraph: span.paragraph, start, end };
}

/** Each report's paragraphs, normalised once: a story has a hundred quotes and anchors to place in them. */
const normalizedOf = new WeakMap<readonly string[], Normalized[]>();
const normalizedParagraphs = (paragraphs: readonly string[]) => {
  let found = normalizedOf.get(paragraphs);
  if (!found) normalizedOf.set(paragraphs, (found = paragraphs.map(normalize)));
  return found;
};

/** Finds the one paragraph (1-based) that contains `quote`, with the quote's span in the original text. */
export function anchorQuote(paragraphs: readonly string[], quote: string, credit: string | null = null): Anchor {
  const needle = normalize(quote).text;
  if (needle.length === 0) return { status: "orphan" };
  const hits: { paragraph: number; start: number; end: number }[] = [];
  normalizedParagraphs(paragraphs).forEach(({ text, offsets }, index) => {
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

/** The longest quote, in words, for which a closest passage is looked for; the search is quadratic in words. */
const CLOSEST_WORDS = 120;

/**
 * For a quote found nowhere: the paragraph with the passage closest to it (fewest words added, dropped or changed)
 * and the difference, marked as wdiff does: [-words-] only in the quote, {+words+} only in the report. Null when
 * nothing is even half alike.
 */
export function closestPassage(paragraphs: readonly string[], quote: string): { paragraph: number; difference: string } | null {
  const want = normalize(quote).text.split(" ").filter(Boolean).slice(0, CLOSEST_WORDS);
  if (want.length === 0) return null;
  let best: { paragraph: number; cost: number; ops: string[] } | null = null;
  // Words are compared without their trailing punctuation; the difference shows the report's own.
  const bare = (word: string) => word.replace(/[.,;:!?]+$/, "").toLowerCase();
  const wanted = want.map(bare);
  normalizedParagraphs(paragraphs).forEach(({ text }, index) => {
    const have = text.split(" ").slice(0, 20 * CLOSEST_WORDS);
    const had = have.map(bare);
    // Edit distance of the quote against any run of the paragraph's words (free start and end in the paragraph).
    const rows = want.length + 1;
    const cols = have.length + 1;
    const cost = new Uint16Array(rows * cols);
    for (let i = 1; i < rows; i++) cost[i * cols] = i;
    for (let i = 1; i < rows; i++) {
      for (let j = 1; j < cols; j++) {
        // A changed word costs as much as one dropped and one added, so shared words count more than position.
        const same = wanted[i - 1] === had[j - 1] ? 0 : 2;
        cost[i * cols + j] = Math.min(cost[(i - 1) * cols + j - 1] + same, cost[(i - 1) * cols + j] + 1, cost[i * cols + j - 1] + 1);
      }
    }
    let end = 0;
    for (let j = 1; j < cols; j++) if (cost[(rows - 1) * cols + j] <= cost[(rows - 1) * cols + end]) end = j;
    const total = cost[(rows - 1) * cols + end];
    if (best && total >= best.cost) return;
    // Walk back to spell out the difference.
    const ops: string[] = [];
    let [i, j] = [rows - 1, end];
    while (i > 0) {
      const here = cost[i * cols + j];
      if (j > 0 && here === cost[(i - 1) * cols + j - 1] + (wanted[i - 1] === had[j - 1] ? 0 : 2)) {
        ops.unshift(wanted[i - 1] === had[j - 1] ? have[j - 1] : `[-${want[i - 1]}-]{+${have[j - 1]}+}`);
        i--;
        j--;
      } else if (here === cost[(i - 1) * cols + j] + 1) {
        ops.unshift(`[-${want[i - 1]}-]`);
        i--;
      } else {
        ops.unshift(`{+${have[j - 1]}+}`);
        j--;
      }
    }
    // Words of the quote left over at either end are shown against the report's words just beyond the passage.
    const trailing = ops.length - ops.findLastIndex((op) => !op.startsWith("[-") || op.includes("{+")) - 1;
    if (trailing > 0 && end < have.length) ops.push(`{+${have.slice(end, end + trailing).join(" ")}+}`);
    const leading = ops.findIndex((op) => !op.startsWith("[-") || op.includes("{+"));
    if (leading > 0 && j > 0) ops.unshift(`{+${have.slice(Math.max(0, j - leading), j).join(" ")}+}`);
    best = { paragraph: index + 1, cost: total, ops };
  });
  const found = best as { paragraph: number; cost: number; ops: string[] } | null;
  // At least half the quote's words must stand in the passage, or it is no help.
  const kept = found?.ops.filter((op) => !op.includes("[-") && !op.includes("{+")).length ?? 0;
  if (!found || kept * 2 < want.length) return null;
  const difference = found.ops.join(" ").replace(/-\] \[-/g, " ").replace(/\+\} \{\+/g, " ");
  return { paragraph: found.paragraph, difference: JSON.stringify(difference.length > 160 ? `${difference.slice(0, 157)}...` : difference) };
}
