/** What an editor may write in frontmatter: the one source of truth; the site's types are inferred from it. */
import { z } from "zod";

/** The longest text each kind of field may hold, in characters: far above real use, far below a flood. */
export const MAX_LENGTH = { title: 150, label: 80, line: 400, correction: 4000, quote: 400 } as const;

const text = z.string().trim().min(1, "must not be empty");
/** Text of at most `max` characters; the length is checked first, so nothing slower ever sees a flood. */
const textUpTo = (max: number) => text.max(max, { message: `is over ${max} characters`, abort: true });

const realDay = (value: string) => {
  const [year, month, day] = value.split("-").map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD")
  .refine(realDay, "is not a real calendar date");

export const status = z.enum(["published", "draft"], { error: 'must be "published" or "draft"' });

/** Sentence ends: ., ! or ? then a capital or the end; initialisms such as "U.S." do not end one. */
export function countSentences(value: string): number {
  const ends = value.trim().match(/(?<!\b[A-Z]\.[A-Z]?)(?<!\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov)\.?)[.!?]["')\]\u2019\u201D]*(?=\s+["\u201C(]?[A-Z0-9]|\s*$)/g);
  return Math.max(ends?.length ?? 0, value.trim() ? 1 : 0);
}

/** A citation of the report's paragraphs, written as in a body: "3", "3, 7" or "3-5". */
const citation = z.string().max(200, { message: "is over 200 characters", abort: true }).regex(/^\s*\d+(?:\s*[-–]\s*\d+)?(?:\s*,\s*\d+(?:\s*[-–]\s*\d+)?)*\s*$/, 'must cite paragraphs: write "3", "3, 7" or "3-5"');

/**
 * A place `npm run story:update` could not carry over: it rests on a paragraph the report's update edited or removed.
 * The checker refuses it until an editor has decided, and then deletes it: "2026-12-01: ¶14 edited, now ¶15".
 */
const review = z.string().max(400, { message: "is over 400 characters", abort: true });

/**
 * Words a reader sees as a statement, with the paragraphs they rest on. `text` is read with the body's inline syntax
 * (<Quote>, <Quote sic>, <Mention>, <Date>) and its names, numbers and dates are grounded in `cite`.
 */
const citedText = (max: number) => z.strictObject({ text: textUpTo(max), cite: citation, review: review.optional() });

/** A dated event of the story's timeline: a year, month or day, as the report allows it to be worked out. */
export const timelineEvent = z.strictObject({
  when: z
    .string()
    .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, "must be a year, month or day: YYYY, YYYY-MM or YYYY-MM-DD")
    .refine((value) => realDay(`${value}-01-01`.slice(0, 10)), "is not a real calendar date"),
  label: textUpTo(MAX_LENGTH.label),
  text: textUpTo(MAX_LENGTH.line),
  cite: citation,
  review: review.optional(),
});

/** Where an issue stands after the talks, as the article reports it: the controlled list the table uses. */
export const STANDING = {
  agreed: "Agreed",
  "agreed-by-one-account": "Agreed, by one side's account",
  "no-agreement": "No agreement",
  "no-sign-of-movement": "No sign of movement",
  "not-reported": "Not reported",
} as const;

/** A cell of the table: what a side said, cited, or that the article reports nothing. */
export const standingCell = z.union([z.literal("not reported"), citedText(MAX_LENGTH.line)], {
  error: 'must be "not reported", or text with its cite',
});

const standingStatus = z.enum(Object.keys(STANDING) as [keyof typeof STANDING, ...(keyof typeof STANDING)[]], {
  error: `must be one of: ${Object.keys(STANDING).join(", ")}`,
});

/**
 * An issue's row of the table: where it stands (`status`, `cite`) and one cell per side the story declares, under
 * the side's key. Which keys must be there depends on the story, so the cells are checked against its `sides`
 * (lib/content.ts), each with `standingCell`.
 */
export const standing = z
  .object({ status: standingStatus, cite: citation, review: review.optional() })
  .catchall(z.unknown())
  .transform(({ status, cite, review, ...cells }) => ({ status, cite, review, cells }));

/** What a side of the story may be called: its key in `standing`, and the label readers see. */
const sideKey = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,23}$/, "must be a short key: lower-case letters, digits and hyphens, starting with a letter")
  .refine((key) => !["status", "cite", "review"].includes(key), 'cannot be "status", "cite" or "review", which standing uses itself');

export const MAX_SIDES = 4;

/** The parties of a story, in the order the table shows them: one to four, or none for a story with no table. */
export const sides = z
  .array(z.strictObject({ key: sideKey, label: textUpTo(60) }))
  .max(MAX_SIDES, `declares over ${MAX_SIDES} sides: the table has room for ${MAX_SIDES}`)
  .superRefine((list, context) => {
    list.forEach(({ key }, index) => {
      if (list.findIndex((other) => other.key === key) !== index) context.addIssue({ code: "custom", path: [index, "key"], message: `"${key}" is declared twice` });
    });
  });

/** A published correction: when, what changed (as readers are told), and the report's paragraphs concerned. */
export const correction = z.strictObject({
  date: isoDate,
  /** The site's own words; quotations of the report in it are checked, our earlier wording goes in <Mention>. */
  text: textUpTo(MAX_LENGTH.correction),
  paragraphs: z.array(z.int().positive("must be a paragraph number")).max(500, "lists over 500 paragraphs").optional(),
  review: review.optional(),
});

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, "must be the 64 lower-case hex digits of a SHA-256");

/**
 * A later version of the report, taken with `npm run story:update`: when it was received, what changed (the editor's
 * words, shown to readers beside the corrections), and the version it replaced, kept in versions/ byte for byte.
 */
export const update = z.strictObject({
  date: isoDate,
  text: z.string().trim().min(1, "must say, in a sentence readers will see, what changed in the report").max(MAX_LENGTH.correction, { message: `is over ${MAX_LENGTH.correction} characters`, abort: true }),
  previous: z.strictObject({ sha256, received: isoDate }),
});

export const storyFrontmatter = z.strictObject({
  title: textUpTo(MAX_LENGTH.title),
  /** The explainer's lead: shown under its headline and on the front page, and given to search engines and feeds. */
  description: citedText(MAX_LENGTH.line),
  published: isoDate,
  status,
  source: z.strictObject({
    publisher: text,
    date: isoDate,
    headline: textUpTo(MAX_LENGTH.title).optional(),
    /** The report as received, pinned: the checker refuses a source.txt that differs. */
    sha256,
    received: isoDate,
    /** The report's closing credit line, word for word, when it does not end in "contributed." as most do. */
    credit: textUpTo(MAX_LENGTH.line).optional(),
  }),
  sides: sides.optional(),
  corrections: z.array(correction).max(200, "holds over 200 corrections").optional(),
  /** Later versions of the report, oldest first. */
  updates: z.array(update).max(100, "holds over 100 updates").optional(),
  timeline: z.array(timelineEvent).max(200, "holds over 200 events").optional(),
});

/** The longest summary that still fits beside its paragraph in the article's margin. */
export const SUMMARY_WORDS = 45;

/** An issue's summary: 1–3 sentences and at most 45 words, so that it fits beside its paragraph in the margin. */
const summary = z.strictObject({
  text: textUpTo(MAX_LENGTH.line)
    .refine((value) => countSentences(value) <= 3, "must be 1 to 3 sentences (it is the note beside the article)")
    .refine((value) => value.split(/\s+/).length <= SUMMARY_WORDS, `must be ${SUMMARY_WORDS} words or fewer (it is the note beside the article, which must fit beside its paragraph)`),
  cite: citation,
  review: review.optional(),
});

export const issueFrontmatter = z.strictObject({
  title: textUpTo(MAX_LENGTH.title),
  summary,
  status,
  order: z.number({ error: "must be a whole number" }).min(1, { message: "must be 1 or more", abort: true }).max(10_000, { message: "must be 10000 or less", abort: true }).int("must be a whole number").optional(),
  /** Quotes of the report, each placing the note beside its paragraph; `story:update` marks one resting on an edited paragraph. */
  anchors: z
    .array(z.union([textUpTo(MAX_LENGTH.quote), z.strictObject({ quote: textUpTo(MAX_LENGTH.quote), review })], { error: "must be a quote from source.txt" }))
    .min(1, "must list at least one quote from source.txt")
    .max(100, "lists over 100 quotes"),
  /** The issue's row in the explainer's "Where each issue stands" table. */
  standing: standing.optional(),
});

export type Status = z.infer<typeof status>;
export type StoryFrontmatter = z.infer<typeof storyFrontmatter>;
export type IssueFrontmatter = z.infer<typeof issueFrontmatter>;
export type Correction = z.infer<typeof correction>;
export type Update = z.infer<typeof update>;
export type TimelineEvent = z.infer<typeof timelineEvent>;
export type Standing = z.infer<typeof standing>;
export type StandingCell = z.infer<typeof standingCell>;
export type Side = z.infer<typeof sides>[number];
export type StandingStatus = keyof typeof STANDING;

/** The components an editor may use in a body, with the attributes each takes (literal values only). */
export const bodyComponents = {
  /** `review` is written by `npm run story:update` where a paragraph cited changed; the checker refuses it until an editor deletes it. */
  Cite: ["p", "review"],
  Quote: ["sic"],
  /** Words quoted as words (our own earlier wording, a term): in quotation marks, never checked against the report. */
  Mention: [],
  /** A date the report implies: <Date from="the last year">2022</Date>, worked out from the report's date and checked. */
  Date: ["from"],
  Note: [],
  /** The explainer's table of where each issue stands, from the issues' `standing`. */
  IssueTable: [],
  /** The explainer's timeline, from the story's `timeline`. */
  Timeline: [],
} as const satisfies Record<string, readonly string[]>;
