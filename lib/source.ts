/** The received article, split into what the site shows: date, numbered paragraphs, credit. */
export type Source = {
  /** From the optional first line `date YYYY-MM-DD`. */
  date: string | null;
  /** Article paragraphs in order; paragraph N (1-based) is `paragraphs[N - 1]`. Wrapped lines are joined by a space. */
  paragraphs: string[];
  /** For each paragraph, where each of its characters stands in the file (UTF-16 offsets), for selectors on the file itself. */
  offsets: number[][];
  /** A closing `… contributed.` line: shown, but not an article paragraph. */
  credit: string | null;
};

const DATE_LINE = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s*$/;
const CREDIT = /^(?:The )?Associated Press (?:writers?|reporters?)\b.*\bcontributed(?: to this report)?\.$/i;

type Line = { text: string; start: number };

function lines(text: string): Line[] {
  const found: Line[] = [];
  const pattern = /\r\n|\r|\n/g;
  let start = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    found.push({ text: text.slice(start, match.index), start });
    start = match.index + match[0].length;
  }
  found.push({ text: text.slice(start), start });
  return found;
}

/** Paragraphs are runs of non-blank lines; each line is trimmed and the lines joined by one space. */
export function parseSource(text: string): Source {
  const all = lines(text);
  const dateMatch = all.length > 0 ? DATE_LINE.exec(all[0].text) : null;
  const blocks: { text: string; offsets: number[] }[] = [];
  let current: { text: string; offsets: number[] } | null = null;
  for (const line of dateMatch ? all.slice(1) : all) {
    const trimmed = line.text.trim();
    if (trimmed === "") {
      current = null;
      continue;
    }
    const at = line.start + line.text.indexOf(trimmed);
    if (current) {
      current.offsets.push(current.offsets.at(-1)! + 1);
      current.text += " ";
    } else blocks.push((current = { text: "", offsets: [] }));
    current.text += trimmed;
    for (let i = 0; i < trimmed.length; i++) current.offsets.push(at + i);
  }
  const last = blocks.at(-1);
  const credit = last !== undefined && CREDIT.test(last.text) ? last.text : null;
  const paragraphs = credit ? blocks.slice(0, -1) : blocks;
  return {
    date: dateMatch ? dateMatch[1] : null,
    paragraphs: paragraphs.map((block) => block.text),
    offsets: paragraphs.map((block) => block.offsets),
    credit,
  };
}
