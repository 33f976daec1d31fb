/** The received article, split into what the site shows: date, numbered paragraphs, credit. */
export type Source = {
  /** From the optional first line `date YYYY-MM-DD`. */
  date: string | null;
  /** Article paragraphs in order; paragraph N (1-based) is `paragraphs[N - 1]`. Wrapped lines are joined by a space. */
  paragraphs: string[];
  /** For each paragraph, where each of its characters stands in the file (UTF-16 offsets), for selectors on the file itself. */
  offsets: number[][];
  /** The closing credit line (`… contributed.`): shown, but not an article paragraph. */
  credit: string | null;
};

const DATE_LINE = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s*$/;
/** Any agency's credit line has this form: a short last paragraph ending in "contributed." or "contributed to this report.". */
const CREDIT = /\bcontributed(?: to this report)?\.$/i;
export const CREDIT_WORDS = 40;

/** Whether a paragraph reads as a closing credit line: short, and ending as credit lines do. */
export const isCreditLine = (text: string) => CREDIT.test(text) && text.split(/\s+/).length <= CREDIT_WORDS;

const squeeze = (text: string) => text.replace(/\s+/g, " ").trim();

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

/**
 * Paragraphs are runs of non-blank lines; each line is trimmed and the lines joined by one space. The last paragraph
 * is the credit line when it has a credit line's form, or when it is, word for word, the `credit` the story declares
 * (for a wire whose credit lines read otherwise).
 */
export function parseSource(text: string, { credit: declared }: { credit?: string } = {}): Source {
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
  const credit = last !== undefined && (declared ? squeeze(declared) === last.text : isCreditLine(last.text)) ? last.text : null;
  const paragraphs = credit ? blocks.slice(0, -1) : blocks;
  return {
    date: dateMatch ? dateMatch[1] : null,
    paragraphs: paragraphs.map((block) => block.text),
    offsets: paragraphs.map((block) => block.offsets),
    credit,
  };
}
