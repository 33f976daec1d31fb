/**
 * When a wire report changes after it was sent: its paragraphs matched old to new by content, not position, so that
 * citations of unchanged paragraphs follow them to their new numbers and those of edited or removed ones stop for
 * an editor. Nothing here guesses: a paragraph is unchanged only when its words are the same.
 */
import { normalize } from "./anchor";

/** What became of one paragraph of the earlier version. */
export type Fate =
  | { status: "unchanged"; to: number }
  /** Unchanged words, but out of order with the other unchanged paragraphs. */
  | { status: "moved"; to: number }
  | { status: "edited"; to: number; similarity: number }
  | { status: "removed" };

export type Match = {
  /** For old paragraph n (1-based), `fates[n - 1]`. */
  fates: Fate[];
  /** New paragraphs (1-based) that no old one became. */
  added: number[];
};

/**
 * How much of a paragraph's wording another keeps: the words they share in order (their longest common subsequence),
 * counted against both lengths (Dice). 1 for the same words, 0 for none in common.
 */
export function similarity(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (x.length === 0 && y.length === 0) return 1;
  let previous = new Uint16Array(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    const row = new Uint16Array(y.length + 1);
    for (let j = 1; j <= y.length; j++) row[j] = x[i - 1] === y[j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], row[j - 1]);
    previous = row;
  }
  return (2 * previous[y.length]) / (x.length + y.length);
}

const words = (text: string) => normalize(text).text.toLowerCase().split(" ").filter(Boolean).slice(0, 2000);
const same = (text: string) => normalize(text).text;

/**
 * An edited paragraph keeps at least this share of its words in order; below it, the old paragraph was removed and
 * the new one added. A corrected quote or an added clause keeps far more; a different paragraph far less.
 */
export const EDITED = 0.6;

/** The longest increasing run of `values` (its indexes), so that the fewest unchanged paragraphs are called moved. */
function longestIncreasing(values: number[]): Set<number> {
  const tails: number[] = [];
  const previous = new Array<number>(values.length).fill(-1);
  values.forEach((value, index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (values[tails[mid]] < value) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[index] = tails[low - 1];
    tails[low] = index;
  });
  const kept = new Set<number>();
  for (let index = tails.at(-1) ?? -1; index !== -1; index = previous[index]) kept.add(index);
  return kept;
}

/** Matches the paragraphs of an earlier version to a later one. Identical paragraphs pair in order of appearance. */
export function matchParagraphs(before: readonly string[], after: readonly string[]): Match {
  const target = new Array<number | null>(before.length).fill(null);
  const taken = new Set<number>();
  const byText = new Map<string, number[]>();
  after.forEach((text, index) => byText.set(same(text), [...(byText.get(same(text)) ?? []), index]));
  before.forEach((text, index) => {
    const next = byText.get(same(text))?.find((candidate) => !taken.has(candidate));
    if (next !== undefined) {
      target[index] = next;
      taken.add(next);
    }
  });
  const exact = target.map((to, from) => (to === null ? null : { from, to })).filter((pair): pair is { from: number; to: number } => pair !== null);
  const inOrder = longestIncreasing(exact.map((pair) => pair.to));
  const fates: Fate[] = before.map(() => ({ status: "removed" }));
  exact.forEach(({ from, to }, index) => (fates[from] = { status: inOrder.has(index) ? "unchanged" : "moved", to: to + 1 }));
  // The rest: the most alike pairs first, each paragraph used once.
  const pairs: { from: number; to: number; score: number }[] = [];
  before.forEach((text, from) => {
    if (target[from] !== null) return;
    after.forEach((other, to) => {
      if (taken.has(to)) return;
      const score = similarity(text, other);
      if (score >= EDITED) pairs.push({ from, to, score });
    });
  });
  pairs.sort((a, b) => b.score - a.score || a.from - b.from || a.to - b.to);
  for (const { from, to, score } of pairs) {
    if (fates[from].status !== "removed" || taken.has(to)) continue;
    fates[from] = { status: "edited", to: to + 1, similarity: score };
    taken.add(to);
  }
  return { fates, added: after.flatMap((_, index) => (taken.has(index) ? [] : [index + 1])) };
}

/** A word-level difference of two versions of a paragraph: [-words-] only in the earlier, {+words+} only in the later. */
export function wordDiff(before: string, after: string): { kind: "same" | "removed" | "added"; text: string }[] {
  const x = normalize(before).text.split(" ").filter(Boolean);
  const y = normalize(after).text.split(" ").filter(Boolean);
  const table = Array.from({ length: x.length + 1 }, () => new Uint16Array(y.length + 1));
  for (let i = x.length - 1; i >= 0; i--) for (let j = y.length - 1; j >= 0; j--) table[i][j] = x[i] === y[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
  const parts: { kind: "same" | "removed" | "added"; text: string }[] = [];
  const push = (kind: "same" | "removed" | "added", word: string) => {
    const last = parts.at(-1);
    if (last?.kind === kind) last.text += ` ${word}`;
    else parts.push({ kind, text: word });
  };
  let [i, j] = [0, 0];
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) (push("same", x[i]), i++, j++);
    else if (i < x.length && (j === y.length || table[i + 1][j] >= table[i][j + 1])) (push("removed", x[i]), i++);
    else (push("added", y[j]), j++);
  }
  return parts;
}

/** The difference as one line for the checker, long unchanged runs cut to a few words of context: "… in the [-strait. of-] Taiwan {+Strait+} and …". */
export function diffLine(before: string, after: string, max = 240): string {
  const parts = wordDiff(before, after);
  const CONTEXT = 4;
  const line = parts
    .map(({ kind, text }, index) => {
      if (kind === "removed") return `[-${text}-]`;
      if (kind === "added") return `{+${text}+}`;
      const words = text.split(" ");
      const head = index > 0 ? words.slice(0, CONTEXT) : [];
      const tail = index < parts.length - 1 ? words.slice(-CONTEXT) : [];
      return words.length <= 2 * CONTEXT + 1 ? text : [...head, "…", ...tail].join(" ");
    })
    .join(" ");
  return line.length > max ? `${line.slice(0, max - 3)}...` : line;
}
