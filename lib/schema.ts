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

export const storyFrontmatter = z.strictObject({
  title: text,
  description: text,
  published: isoDate,
  status,
  source: z.strictObject({
    publisher: text,
    date: isoDate,
    headline: text.optional(),
  }),
});

export const issueFrontmatter = z.strictObject({
  title: text,
  summary: text.refine((value) => countSentences(value) <= 3, "must be 1 to 3 sentences (it is the card beside the article)"),
  status,
  order: z.int().positive("must be 1 or more").optional(),
  anchors: z.array(text).min(1, "must list at least one quote from source.txt"),
});

export type Status = z.infer<typeof status>;
export type StoryFrontmatter = z.infer<typeof storyFrontmatter>;
export type IssueFrontmatter = z.infer<typeof issueFrontmatter>;

/** Components an MDX body may use; anything else is a typo the checker reports. */
export const mdxComponentNames = ["Cite", "Quote"] as const;
