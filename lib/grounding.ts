/**
 * Grounding: the names, numbers, dates and times of a cited passage must stand in the paragraphs it cites.
 * A reader trusts a cited sentence; this is what lets the build check more of it than its quotations.
 *
 * Words are compared after folding case, "U.S." and "US", possessives ("China's", "Blinkens’") and hyphens
 * ("U.S.-China" is "U.S." and "China"). Numbers compare by value, so "five" stands for "5". The report's date line
 * grounds its own year, month and day. A date the report only implies ("last year", "Sunday") is written
 * `<Date from="the last year">2022</Date>`, and the build works it out from the report's date to check it.
 */
import nlp from "compromise";

export type WordKind = "name" | "number" | "date" | "time";

/** A word of a passage that must rest on a cited paragraph; `adjacent`: it follows the previous such word directly ("Xi Jinping"). */
export type Word = { kind: WordKind; text: string; keys: string[]; adjacent?: boolean };

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const CARDINALS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1000, million: 1e6, billion: 1e9,
  dozen: 12, dozens: 12, hundreds: 100, thousands: 1000, millions: 1e6, billions: 1e9,
};
const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, twentieth: 20, hundredth: 100,
};
/** Words that say when in a day something happened: the slip "Monday morning" was one. */
const TIMES_OF_DAY = new Set([
  "morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "night", "nights", "tonight", "overnight", "noon", "midday", "midnight",
  "dawn", "dusk", "daybreak", "sunrise", "sunset", "nightfall", "lunchtime", "a.m.", "p.m.", "o'clock", "o’clock",
]);
/** A clock time: "10:30", "10pm", "9.30am". */
const CLOCK = /^\d{1,2}(?:[:.]\d{2})?(?:am|pm|a\.m|p\.m)?$/;

/** A run of letters and digits, with inner dots and apostrophes ("U.S.", "a.m.", "China's", "Blinkens’"). */
const TOKEN = /\d{1,2}:\d{2}|\d{1,3}(?:,\d{3})+|[\p{L}\p{N}]+(?:[.'’][\p{L}\p{N}]+)*[.'’]?/gu;
const APOSTROPHE = /['’]/g;

type Token = { raw: string; text: string; sentenceStart: boolean; /** Only a space stands between it and the token before. */ spaced: boolean };

/** Splits text into word tokens, each marked where a sentence (or a clause after a colon) starts. */
function tokenize(text: string, startsSentence = true): Token[] {
  const found: Token[] = [];
  let boundary = startsSentence;
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    const between = text.slice(last, match.index);
    if (/[.!?:;]/.test(between) || /^\s*[-–—•*]\s/.test(between)) boundary = true;
    let word = match[0];
    // A full stop closes a sentence unless the word is an initialism ("U.S.", "a.m.").
    let closes = false;
    if (word.endsWith(".") && !word.slice(0, -1).includes(".")) {
      word = word.slice(0, -1);
      closes = true;
    }
    found.push({ raw: match[0], text: word, sentenceStart: boundary, spaced: found.length > 0 && between === " " && !found.at(-1)!.raw.endsWith(".") });
    boundary = closes;
    last = match.index + match[0].length;
  }
  return found;
}

/** The forms a word is compared by: lower case, no dots, possessive forms folded ("Blinkens’" is also "blinken"). */
export function keysOf(word: string): string[] {
  const lower = word.toLowerCase().replace(/\./g, "");
  const keys = new Set<string>();
  if (/['’]s$/.test(lower)) keys.add(lower.slice(0, -2));
  else if (/s['’]$/.test(lower)) {
    keys.add(lower.slice(0, -1));
    keys.add(lower.slice(0, -2));
  } else keys.add(lower.replace(/['’]$/, ""));
  return [...keys].map((key) => key.replace(APOSTROPHE, "'"));
}

/** A number's value, from digits or words: "35", "1,000", "five", "dozen"; ordinals are told apart. */
function numberKey(word: string): string | null {
  const lower = word.toLowerCase();
  if (/^\d{1,3}(?:,\d{3})+$|^\d+$/.test(lower)) return `#${Number(lower.replace(/,/g, ""))}`;
  if (/^\d+\.\d+$/.test(lower)) return `#${Number(lower)}`;
  // A decade ("1990s", "'90s") is not its year.
  if (/^\d+0['’]?s$/.test(lower)) return `#${lower.replace(/['’]/g, "")}`;
  if (/^\d+(?:st|nd|rd|th)$/.test(lower)) return `#${parseInt(lower, 10)}th`;
  if (lower in CARDINALS) return `#${CARDINALS[lower]}`;
  if (lower in ORDINALS) return `#${ORDINALS[lower]}th`;
  return null;
}

const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);

/** Every key a text holds, for looking words up in a paragraph. */
export function indexOf(text: string): Set<string> {
  const index = new Set<string>();
  for (const { text: word } of tokenize(text)) {
    for (const key of keysOf(word)) index.add(key);
    const value = numberKey(word);
    if (value) index.add(value);
  }
  return index;
}

/** What the report's date line grounds: its year, its month and its day. */
export function dateLineIndex(isoDate: string | null): Set<string> {
  if (!isoDate) return new Set();
  const [year, month, day] = isoDate.split("-").map(Number);
  return new Set([`#${year}`, `#${day}`, MONTHS[month - 1]]);
}

/**
 * Words the report itself writes with a capital in the middle of a sentence: its names. A capitalised word at the
 * start of one of our sentences is a name when the report uses it as one, or when the language model knows it as a
 * proper noun, or does not know it at all ("Pompeo"); "Despite", "Separately" or "Detained" are not.
 */
export function namesOf(paragraphs: readonly string[]): Set<string> {
  const names = new Set<string>();
  const opening = new Set<string>();
  const lower = new Set<string>();
  for (const paragraph of paragraphs) {
    // A dateline ("BEIJING (AP)") ends without a full stop: the word after it starts the sentence.
    for (const token of tokenize(paragraph.replace(DATELINE, ""))) {
      if (!isCapitalised(token.text)) for (const key of keysOf(token.text)) lower.add(key);
      else if (token.text.length < 2) continue;
      else if (!token.sentenceStart) for (const key of keysOf(token.text)) names.add(key);
      else opening.add(token.text);
    }
  }
  // A word that only ever opens a sentence is a name when the report never writes it in lower case and English does not know it.
  for (const word of opening) {
    const keys = keysOf(word);
    if (keys.every((key) => !lower.has(key) && !(key in lexicon))) for (const key of keys) names.add(key);
  }
  return names;
}

const DATELINE = /^[\p{Lu}][\p{Lu}\s,.'’-]*\([^)]{1,40}\)\s*(?:[-–—]\s*)?/u;

const lexicon = (nlp as unknown as { world: () => { model: { one: { lexicon: Record<string, unknown> } } } }).world().model.one.lexicon;

// A word's tags in compromise's lexicon depend on the word alone, and sentences start with the same few words.
const wordTags = new Map<string, string[]>();
function tagsOf(word: string): string[] {
  let tags = wordTags.get(word);
  if (!tags) {
    tags = (nlp(word).terms().json()[0]?.terms?.[0]?.tags ?? []) as string[];
    if (wordTags.size > 50_000) wordTags.clear();
    wordTags.set(word, tags);
  }
  return tags;
}

function looksLikeName(word: string, reportNames: Set<string>): boolean {
  if (keysOf(word).some((key) => reportNames.has(key))) return true;
  if (/^\p{Lu}{2,}$/u.test(word.replace(/\./g, ""))) return true;
  const tags = tagsOf(word);
  if (tags.some((tag: string) => ["ProperNoun", "Person", "Place", "Organization"].includes(tag))) return true;
  // An unknown word that no rule of English explains (no -ly, -ed, -ing…) is taken for a name.
  const lower = word.toLowerCase().replace(/['’]s?$/, "");
  return !(lower in lexicon) && tags.length <= 2 && tags.every((tag: string) => tag === "Noun" || tag === "Singular");
}

/** Sorts a token into what must be grounded, or nothing. */
function classify(token: Token, reportNames: Set<string>, next: Token | undefined, previous: Token | undefined): Word | null {
  const lower = token.text.toLowerCase();
  if (TIMES_OF_DAY.has(lower) || TIMES_OF_DAY.has(token.raw.toLowerCase())) return { kind: "time", text: token.text, keys: keysOf(token.text) };
  if (CLOCK.test(lower) && /[:a-z]/.test(lower)) return { kind: "time", text: token.text, keys: keysOf(token.text) };
  if (MONTHS.includes(lower) && isCapitalised(token.text) && !(lower === "may" && token.sentenceStart)) return { kind: "date", text: token.text, keys: [lower] };
  if (WEEKDAYS.includes(lower.replace(/['’]s$/, ""))) return { kind: "date", text: token.text, keys: keysOf(token.text) };
  const value = numberKey(token.text);
  if (value) {
    // "one of the issues", "no one": a pronoun, not a count.
    if (lower === "one" && next && /^(of|another|side|sided)$/i.test(next.text)) return null;
    const year = /^#(1[89]\d\d|20\d\d)$/.test(value) && /^\d{4}$/.test(token.text);
    // "19 June", "June 19th": a day of a month is a date, which the report's date line may ground; "19 requests" is not.
    const day = /^\d{1,2}(?:st|nd|rd|th)?$/.test(lower) && [next, previous].some((beside) => beside && MONTHS.includes(beside.text.toLowerCase()));
    return { kind: year || day ? "date" : "number", text: token.text, keys: day ? [`#${parseInt(lower, 10)}`, `#${parseInt(lower, 10)}th`] : [value] };
  }
  if (!isCapitalised(token.text) || token.text === "A" || token.text === "I") return null;
  if (token.sentenceStart && !looksLikeName(token.text, reportNames)) return null;
  return { kind: "name", text: token.text, keys: keysOf(token.text) };
}

/** The words of a text that must rest on what it cites. */
export function wordsToGround(text: string, reportNames: Set<string>, startsSentence = true): Word[] {
  const tokens = tokenize(text, startsSentence);
  const words: Word[] = [];
  let previous = -2;
  tokens.forEach((token, index) => {
    const word = classify(token, reportNames, tokens[index + 1], tokens[index - 1]);
    if (!word) return;
    words.push(previous === index - 1 && token.spaced ? { ...word, adjacent: true } : word);
    previous = index;
  });
  return words;
}

const POSSESSIVE = /['’]s?$/;

/** A paragraph's runs of capitalised words ("Chinese President Xi Jinping"), each word as its keys. */
export function nameRunsOf(text: string): string[][][] {
  const runs: string[][][] = [];
  let run: string[][] = [];
  let previousText = "";
  for (const token of tokenize(text)) {
    const before = previousText;
    previousText = token.text;
    if (!isCapitalised(token.text)) {
      if (run.length > 1) runs.push(run);
      run = [];
      continue;
    }
    // A possessive ends a name: "China's Foreign Ministry" is China and its Foreign Ministry.
    if (run.length > 0 && (!token.spaced || POSSESSIVE.test(before))) {
      if (run.length > 1) runs.push(run);
      run = [];
    }
    run.push(keysOf(token.text));
  }
  if (run.length > 1) runs.push(run);
  return runs;
}

/** The names of a passage written as one ("William Burns"): two or more name words, each right after the other. */
export function nameGroups(words: readonly Word[]): Word[][] {
  const groups: Word[][] = [];
  let group: Word[] = [];
  for (const word of words) {
    if (word.kind === "name" && word.adjacent && group.length > 0 && !POSSESSIVE.test(group[group.length - 1].text)) group.push(word);
    else {
      if (group.length > 1) groups.push(group);
      group = word.kind === "name" ? [word] : [];
    }
  }
  if (group.length > 1) groups.push(group);
  return groups;
}

/** Whether a paragraph writes a name group's words in one run, in order, perhaps with more between ("President Biden" in "President Joe Biden"). */
export function runsHold(runs: readonly string[][][], group: readonly Word[]): boolean {
  return runs.some((run) => {
    let at = 0;
    for (const keys of run) if (at < group.length && group[at].keys.some((key) => keys.includes(key))) at++;
    return at === group.length;
  });
}

/** A word as a reader is shown it: "Blinken" for "Blinken's". */
export const shown = (word: Word) => word.text.replace(/['’]s$|(?<=s)['’]$/, "");

// Dates the report implies, worked out from its date line.

/** A span of days, as YYYY-MM-DD, both ends included. */
export type Span = { from: string; to: string };

const iso = (date: Date) => date.toISOString().slice(0, 10);
const utc = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);
const addDays = (isoDate: string, days: number) => iso(new Date(utc(isoDate).getTime() + days * 86_400_000));
const monthSpan = (year: number, month: number): Span => ({ from: iso(new Date(Date.UTC(year, month - 1, 1))), to: iso(new Date(Date.UTC(year, month, 0))) });
const yearSpan = (year: number): Span => ({ from: `${year}-01-01`, to: `${year}-12-31` });

/** The day or span a phrase of the report names, read from the report's date; null if it is not one this knows. */
export function workOutDate(phrase: string, reportDate: string): Span | null {
  const words = phrase.toLowerCase().replace(/[’']/g, "'").replace(/[.,]/g, "").trim().replace(/\s+/g, " ");
  const [year, month] = reportDate.split("-").map(Number);
  const weekday = utc(reportDate).getUTCDay();
  let match: RegExpExecArray | null;
  if (/^(?:the )?last year$/.test(words)) return yearSpan(year - 1);
  if (/^(?:earlier |later )?this year$/.test(words)) return yearSpan(year);
  if (/^next year$/.test(words)) return yearSpan(year + 1);
  if (/^(?:earlier |later )?this month$/.test(words)) return monthSpan(year, month);
  if (/^last month$/.test(words)) return month === 1 ? monthSpan(year - 1, 12) : monthSpan(year, month - 1);
  if (/^next month$/.test(words)) return month === 12 ? monthSpan(year + 1, 1) : monthSpan(year, month + 1);
  if (/^(?:earlier |later )?today$/.test(words)) return { from: reportDate, to: reportDate };
  if (/^yesterday$/.test(words)) return { from: addDays(reportDate, -1), to: addDays(reportDate, -1) };
  if (/^tomorrow$/.test(words)) return { from: addDays(reportDate, 1), to: addDays(reportDate, 1) };
  if ((match = /^(?:(?:on|earlier|later|last) )?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)$/.exec(words))) {
    // News writes a bare weekday for the latest such day up to the report's own.
    const back = (weekday - WEEKDAYS.indexOf(match[1]) + 7) % 7;
    const day = addDays(reportDate, -back);
    return { from: day, to: day };
  }
  if ((match = /^next (sunday|monday|tuesday|wednesday|thursday|friday|saturday)$/.exec(words))) {
    const ahead = (WEEKDAYS.indexOf(match[1]) - weekday + 7) % 7 || 7;
    const day = addDays(reportDate, ahead);
    return { from: day, to: day };
  }
  if ((match = /^(?:(?:in|earlier in|later in|since|until|by) )?(january|february|march|april|may|june|july|august|september|october|november|december)$/.exec(words))) {
    // A month without a year is the latest such month up to the report's.
    const named = MONTHS.indexOf(match[1]) + 1;
    return monthSpan(named <= month ? year : year - 1, named);
  }
  return null;
}

/** Why the date words shown are not the span worked out, or null when they agree. */
export function disagreement(shown: string, span: Span): string | null {
  const tokens = tokenize(shown);
  const dates = tokens.filter((token) => MONTHS.includes(token.text.toLowerCase()) || WEEKDAYS.includes(token.text.toLowerCase()) || /^\d{1,4}$|^\d{1,2}(?:st|nd|rd|th)$/.test(token.text));
  if (dates.length === 0) return "it shows no year, month, day or weekday";
  const days: string[] = [];
  for (let day = span.from; day <= span.to && days.length < 400; day = addDays(day, 1)) days.push(day);
  let candidates = days;
  for (const [index, token] of tokens.entries()) {
    const lower = token.text.toLowerCase();
    if (/^\d{4}$/.test(token.text)) candidates = candidates.filter((day) => day.startsWith(`${token.text}-`));
    else if (MONTHS.includes(lower)) candidates = candidates.filter((day) => Number(day.slice(5, 7)) === MONTHS.indexOf(lower) + 1);
    else if (WEEKDAYS.includes(lower)) candidates = candidates.filter((day) => utc(day).getUTCDay() === WEEKDAYS.indexOf(lower));
    else if (/^\d{1,2}(?:st|nd|rd|th)?$/.test(token.text) && (MONTHS.includes(tokens[index + 1]?.text.toLowerCase() ?? "") || MONTHS.includes(tokens[index - 1]?.text.toLowerCase() ?? ""))) {
      candidates = candidates.filter((day) => Number(day.slice(8, 10)) === parseInt(token.text, 10));
    } else continue;
    if (candidates.length === 0) return `${JSON.stringify(token.text)} does not fit ${describeSpan(span)}`;
  }
  return null;
}

/** "2022", "June 2023", "18 June 2023": a span as readers of this site read dates. */
export function describeSpan(span: Span): string {
  const [y1, m1, d1] = span.from.split("-").map(Number);
  const [, m2, d2] = span.to.split("-").map(Number);
  const name = (m: number) => MONTHS[m - 1][0].toUpperCase() + MONTHS[m - 1].slice(1);
  if (span.from === span.to) return `${d1} ${name(m1)} ${y1}`;
  if (m1 === 1 && d1 === 1 && m2 === 12 && d2 === 31) return `${y1}`;
  return `${name(m1)} ${y1}`;
}
