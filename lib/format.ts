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
