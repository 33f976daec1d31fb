/** Citations of the report's paragraphs, as editors write them: "3", "3, 7" or "3-5". */

/** The ranges a citation names, or null when it is not written as one; nothing is expanded, so "1-100000000" is cheap. */
export function citationRanges(raw: string): [number, number][] | null {
  const ranges: [number, number][] = [];
  for (const part of raw.split(",").map((piece) => piece.trim())) {
    const range = /^(\d{1,9})\s*[-–]\s*(\d{1,9})$/.exec(part);
    const single = /^\d{1,9}$/.exec(part);
    if (range) {
      const [from, to] = [Number(range[1]), Number(range[2])];
      if (from > to) return null;
      ranges.push([from, to]);
    } else if (single) ranges.push([Number(part), Number(part)]);
    else return null;
  }
  return ranges.length > 0 ? ranges : null;
}

const shown = ([from, to]: [number, number]) => (from === to ? `¶${from}` : `¶${from}–${to}`);

/**
 * The paragraphs a citation names, and one line for each range the report does not have (however large the
 * range: one line, never one per number). `problems` is empty when every paragraph exists.
 */
export function checkCitation(raw: string, paragraphCount: number, verb = "cites"): { cites: number[]; problems: string[]; malformed: boolean } {
  const ranges = citationRanges(raw);
  if (!ranges) return { cites: [], problems: [], malformed: true };
  const problems: string[] = [];
  const cites = new Set<number>();
  for (const range of ranges) {
    const [from, to] = range;
    if (from < 1 || to > paragraphCount) {
      problems.push(`${verb} ${shown(range)}, but the article has paragraphs 1 to ${paragraphCount}`);
      continue;
    }
    for (let n = from; n <= to; n++) cites.add(n);
  }
  return { cites: problems.length > 0 ? [] : [...cites], problems, malformed: false };
}

/** "¶3", "¶3 or ¶7", "¶3, ¶5 or ¶7". */
export function listParagraphs(numbers: readonly number[], conjunction = "or"): string {
  const names = numbers.map((n) => `¶${n}`);
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} ${conjunction} ${names.at(-1)}`;
}
