/** What an editor may write in frontmatter: the one source of truth; the site's types are inferred from it. */
import { z } from "zod";

const text = z.string().trim().min(1, "must not be empty");

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD")
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), "is not a real calendar date");

export const status = z.enum(["published", "draft"], { error: 'must be "published" or "draft"' });

/** Sentence ends: ., ! or ? then a capital or the end; initialisms such as "U.S." do not end one. */
export function countSentences(value: string): number {
  const ends = value.trim().match(/(?<!\b[A-Z]\.[A-Z]?)(?<!\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov)\.?)[.!?]["')\]\u2019\u201D]*(?=\s+["\u201C(]?[A-Z0-9]|\s*$)/g);
  return Math.max(ends?.length ?? 0, value.trim() ? 1 : 0);
}

/** A citation of the report's paragraphs, written as in a body: "3", "3, 7" or "3-5". */
const citation = z.string().regex(/^\s*\d+(?:\s*[-–]\s*\d+)?(?:\s*,\s*\d+(?:\s*[-–]\s*\d+)?)*\s*$/, 'must cite paragraphs: write "3", "3, 7" or "3-5"');

/** A dated event of the story's timeline: a year, month or day, as the report allows it to be worked out. */
export const timelineEvent = z.strictObject({
  when: z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, "must be a year, month or day: YYYY, YYYY-MM or YYYY-MM-DD"),
  label: text,
  text: text,
  cite: citation,
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
const standingCell = z.union([z.literal("not reported"), z.strictObject({ text: text, cite: citation })], {
  error: 'must be "not reported", or text with its cite',
});

export const standing = z.strictObject({
  us: standingCell,
  china: standingCell,
  status: z.enum(Object.keys(STANDING) as [keyof typeof STANDING, ...(keyof typeof STANDING)[]], {
    error: `must be one of: ${Object.keys(STANDING).join(", ")}`,
  }),
  cite: citation,
});

/** A published correction: when, what changed (as readers are told), and the report's paragraphs concerned. */
export const correction = z.strictObject({
  date: isoDate,
  text: text,
  paragraphs: z.array(z.int().positive("must be a paragraph number")).optional(),
});

export const storyFrontmatter = z.strictObject({
  title: text,
  description: text,
  published: isoDate,
  status,
  source: z.strictObject({
    publisher: text,
    date: isoDate,
    headline: text.optional(),
    /** The report as received, pinned: the checker refuses a source.txt that differs. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/, "must be the 64 lower-case hex digits of a SHA-256"),
    received: isoDate,
  }),
  corrections: z.array(correction).optional(),
  timeline: z.array(timelineEvent).optional(),
});

/** The longest summary that still fits beside its paragraph in the article's margin. */
export const SUMMARY_WORDS = 45;

export const issueFrontmatter = z.strictObject({
  title: text,
  summary: text
    .refine((value) => countSentences(value) <= 3, "must be 1 to 3 sentences (it is the note beside the article)")
    .refine((value) => value.split(/\s+/).length <= SUMMARY_WORDS, `must be ${SUMMARY_WORDS} words or fewer (it is the note beside the article, which must fit beside its paragraph)`),
  status,
  order: z.int().positive("must be 1 or more").optional(),
  anchors: z.array(text).min(1, "must list at least one quote from source.txt"),
  /** The issue's row in the explainer's "Where each issue stands" table. */
  standing: standing.optional(),
});

export type Status = z.infer<typeof status>;
export type StoryFrontmatter = z.infer<typeof storyFrontmatter>;
export type IssueFrontmatter = z.infer<typeof issueFrontmatter>;
export type Correction = z.infer<typeof correction>;
export type TimelineEvent = z.infer<typeof timelineEvent>;
export type Standing = z.infer<typeof standing>;
export type StandingStatus = keyof typeof STANDING;

/** The components an editor may use in a body, with the attributes each takes (literal values only). */
export const bodyComponents = {
  Cite: ["p"],
  Quote: ["sic"],
  Note: [],
  /** The explainer's table of where each issue stands, from the issues' `standing`. */
  IssueTable: [],
  /** The explainer's timeline, from the story's `timeline`. */
  Timeline: [],
} as const satisfies Record<string, readonly string[]>;
