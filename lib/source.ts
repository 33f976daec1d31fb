/** The received article, split into what the site shows: date, numbered paragraphs, credit. */
export type Source = {
  /** From the optional first line `date YYYY-MM-DD`. */
  date: string | null;
  /** Article paragraphs in order; paragraph N (1-based) is `paragraphs[N - 1]`. */
  paragraphs: string[];
  /** A closing `… contributed.` line: shown, but not an article paragraph. */
  credit: string | null;
};

const DATE_LINE = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s*$/;
const CREDIT = /^(?:The )?Associated Press (?:writers?|reporters?)\b.*\bcontributed(?: to this report)?\.$/i;

export function parseSource(text: string): Source {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const dateMatch = lines.length > 0 ? DATE_LINE.exec(lines[0]) : null;
  const body = (dateMatch ? lines.slice(1) : lines).join("\n");
  const blocks = body
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s*\n\s*/g, " ").trim())
    .filter((block) => block.length > 0);
  const last = blocks.at(-1);
  const credit = last !== undefined && CREDIT.test(last) ? last : null;
  return {
    date: dateMatch ? dateMatch[1] : null,
    paragraphs: credit ? blocks.slice(0, -1) : blocks,
    credit,
  };
}
