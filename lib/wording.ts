/** Words the site itself writes that tests and several components read: said once, here. */
import type { Checked } from "./document";
import { typeset } from "./format";
import { STANDING, type StandingStatus } from "./schema";

/** The caption the table of where each issue stands is known by, on the page and to assistive technology. */
export const ISSUE_TABLE_CAPTION = "Where each issue stands, as the article reports it";

/** Where an issue can stand, in the one order readers meet it everywhere (the front page's groups, the table's rows): agreed first, not reported last. */
export const STATUS_ORDER = Object.keys(STANDING) as StandingStatus[];

/** Items in the status order, each status's items in their own order. */
export function inStatusOrder<T>(items: readonly T[], statusOf: (item: T) => StandingStatus): T[] {
  return STATUS_ORDER.flatMap((status) => items.filter((item) => statusOf(item) === status));
}

/** Where an issue stands, in words, as readers see them. */
export const statusWords = (status: StandingStatus) => typeset(STANDING[status]);

const list = (items: readonly string[]) => (items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`);
const sentence = (text: string) => (text.endsWith(".") ? text : `${text}.`);

/** What the build verified of a statement against one paragraph, in a line a reader can take in (shown in each citation's preview). */
export function checkedLine(checked: readonly Checked[], fromDateLine: readonly string[]): string {
  const quotes = checked.reduce((n, check) => n + check.quotes, 0);
  const words = [...new Set(checked.flatMap((check) => check.words))];
  const quoted = quotes === 0 ? null : quotes === 1 ? "the quotation, word for word" : `the ${quotes} quotations, word for word`;
  const held = [quoted, words.length > 0 ? list(words) : null].filter(Boolean).join(", and ");
  const dateLine = fromDateLine.length > 0 ? ` The report's date line holds ${sentence(list([...fromDateLine]))}` : "";
  return held ? `The build checked that this paragraph holds ${sentence(held)}${dateLine}` : `The build found no quotation, name, number or date in these words to check against this paragraph.${dateLine}`;
}
