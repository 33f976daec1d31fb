/** What the tests expect the site to hold, read from the same content the build reads. */
import { annotate } from "../lib/annotate";
import type { Story } from "../lib/content";
import type { Inline } from "../lib/document";
import { typeset } from "../lib/format";
import { articlePath, issuePath, pagePaths, routes, storyPath } from "../lib/paths";
import { getStories } from "../lib/site";

export const stories = getStories();
export const story: Story = stories[0];

/** Paragraph numbers where an issue has a card. */
export function cardParagraphs(issue: string): number[] {
  return annotate(story, issue).filter((paragraph) => paragraph.cards.length > 0).map((paragraph) => paragraph.number);
}

/**
 * Issues the tests look at closely, chosen from the content rather than named, so an editor can rename, reword or
 * remove any of them without breaking the suite: the three with the most cards.
 */
export const sampleIssues = [...story.issues].sort((a, b) => cardParagraphs(b.slug).length - cardParagraphs(a.slug).length).slice(0, 3);
export const sampleIssue = sampleIssues[0];

/** The words an issue's anchor highlights in paragraph `n`, as the source has them. */
export function anchoredWords(issue: Story["issues"][number], n: number): string {
  const found = issue.anchors.find(({ anchor }) => anchor.status === "found" && anchor.paragraph === n)?.anchor;
  if (found?.status !== "found") throw new Error(`${issue.slug} has no anchor in ¶${n}`);
  return story.source.paragraphs[n - 1].slice(found.start, found.end);
}

/** Every page a reader can reach (the route manifest's pages), for the checks that apply to all of them. */
export const pages: string[] = pagePaths(stories);

/** One page of each kind, and its canonical path. */
export const pageTypes = [
  { name: "home", path: "/", canonical: "/" },
  { name: "about", path: "/about", canonical: "/about" },
  { name: "explainer", path: storyPath(story.slug), canonical: storyPath(story.slug) },
  { name: "article", path: articlePath(story.slug), canonical: articlePath(story.slug) },
  { name: "article for one issue", path: articlePath(story.slug, sampleIssue.slug), canonical: articlePath(story.slug) },
  { name: "issue", path: issuePath(story.slug, sampleIssue.slug), canonical: issuePath(story.slug, sampleIssue.slug) },
];

/** The pages a search engine should know: every published page, and no filtered view. */
export const sitemapPaths = routes(stories).flatMap((route) => (route.sitemap ? [route.path] : []));

/** The site's own words (a title, a heading) as the page prints them: with typographic apostrophes. */
export const shown = typeset;

/** Inline content as a reader's browser gives it as text: the site's words typeset, a quote's words as received (its marks are drawn by CSS) with [sic] when marked so. */
export function readerText(items: Inline[]): string {
  return items
    .map((item): string => {
      if (item.type === "text") return typeset(item.value);
      if (item.type === "code") return item.value;
      if (item.type === "quote") return `${verbatim(item.children)}${item.sic ? " [sic]" : ""}`;
      if (item.type === "mention") return `\u201C${verbatim(item.children)}\u201D`;
      return "children" in item ? readerText(item.children) : "";
    })
    .join("");
}

/** Quoted words, exactly as written. */
const verbatim = (items: Inline[]): string => items.map((item): string => (item.type === "text" || item.type === "code" ? item.value : "children" in item ? verbatim(item.children) : "")).join("");
