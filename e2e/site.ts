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

/** One page of each kind, and its canonical path. */
export const pageTypes = [
  { name: "home", path: "/", canonical: "/" },
  { name: "about", path: "/about", canonical: "/about" },
  { name: "explainer", path: `/stories/${story.slug}`, canonical: `/stories/${story.slug}` },
  { name: "article", path: `/stories/${story.slug}/article`, canonical: `/stories/${story.slug}/article` },
  { name: "article for one issue", path: `/stories/${story.slug}/article?issue=taiwan`, canonical: `/stories/${story.slug}/article` },
  { name: "issue", path: `/stories/${story.slug}/issues/taiwan`, canonical: `/stories/${story.slug}/issues/taiwan` },
];

/** The pages a search engine should know: every published page, and no filtered view. */
export const sitemapPaths = pages.filter((path) => !path.includes("?"));
