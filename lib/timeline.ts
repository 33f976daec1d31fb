/**
 * Dates as the story's timeline gives them: a year, a month or a day (`2022`, `2023-02`, `2023-06-18`), each
 * standing for the span it names, so that "earlier in June" (`2023-06`) and "Sunday" (`2023-06-18`) can be
 * ordered without inventing a day the report does not give.
 */

/** The first and last day a date of this precision can mean, as YYYY-MM-DD. */
export function span(when: string): [string, string] {
  const [year, month, day] = when.split("-");
  if (day) return [when, when];
  if (month) {
    const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return [`${year}-${month}-01`, `${year}-${month}-${String(last).padStart(2, "0")}`];
  }
  return [`${year}-01-01`, `${year}-12-31`];
}

/** Indexes of events that must come before an earlier-listed one: listed out of chronological order. */
export function outOfOrder(whens: readonly string[]): { index: number; after: number }[] {
  const found: { index: number; after: number }[] = [];
  whens.forEach((when, index) => {
    const earlier = whens.slice(0, index).findIndex((previous) => span(when)[1] < span(previous)[0]);
    if (earlier !== -1) found.push({ index, after: earlier });
  });
  return found;
}
