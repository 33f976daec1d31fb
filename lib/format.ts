/** Dates as readers of this site read them: "19 June 2023". */
export function formatDate(isoDate: string): string {
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** Minutes to read so many words, at the 230 words a minute an adult reads prose on screen. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.ceil(words / 230));
}
