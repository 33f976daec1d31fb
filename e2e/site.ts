/** What the tests expect the site to hold, read from the same content the build reads. */
import { annotate } from "../lib/annotate";
import type { Story } from "../lib/content";
import { getStories } from "../lib/site";

export const stories = getStories();
export const story: Story = stories[0];

/** Paragraph numbers where an issue has a card. */
export function cardParagraphs(issue: string): number[] {
  return annotate(story, issue).filter((paragraph) => paragraph.cards.length > 0).map((paragraph) => paragraph.number);
}

/** Every page a reader can reach, for the checks that apply to all of them. */
export const pages: string[] = [
  "/",
  "/about",
  ...stories.flatMap((s) => [
    `/stories/${s.slug}`,
    `/stories/${s.slug}/article`,
    ...s.issues.flatMap((issue) => [`/stories/${s.slug}/issues/${issue.slug}`, `/stories/${s.slug}/article?issue=${issue.slug}`]),
  ]),
];
