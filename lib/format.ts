// One formatter for the process: making one is far slower than using it, and pages format many dates.
const longDate = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

/** Dates as readers of this site read them: "19 June 2023". */
export function formatDate(isoDate: string): string {
  return longDate.format(new Date(`${isoDate}T00:00:00Z`));
}

/** Minutes to read so many words, at the 230 words a minute an adult reads prose on screen. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.ceil(words / 230));
}

/**
 * The site's own words as they are printed: a straight apostrophe beside a letter or digit (Blinken's, countries',
 * '90s) becomes the typographic one (’). Only for the site's prose; the report's words, quoted or shown in full,
 * are never passed through it. The checker refuses single quotation marks in prose, so every such mark is an apostrophe.
 */
export function typeset(text: string): string {
  return text.replace(/(?<=[\p{L}\p{N}])'|'(?=[\p{L}\p{N}])/gu, "\u2019");
}

/** A story's title as a kicker names it: the part before its colon ("Blinken meets Xi in Beijing"), or all of it. */
export function shortTitle(title: string): string {
  const [head] = title.split(/:\s/);
  return head.length >= 8 && head.length < title.length ? head : title;
}
