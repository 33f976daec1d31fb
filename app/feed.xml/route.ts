import { Feed } from "feed";
import { lastModified, leadText, summaryText } from "@/lib/content";
import { absoluteUrl, SITE_NAME, SITE_TAGLINE } from "@/lib/metadata";
import { issuePath, storyPath } from "@/lib/paths";
import { getStories } from "@/lib/site";

export const dynamic = "force-static";

/** An Atom feed of the published stories and their issues, built at build time. */
export function GET() {
  const stories = getStories();
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const updated = day(stories.map(lastModified).sort().at(-1) ?? "2000-01-01");
  const feed = new Feed({
    title: SITE_NAME,
    description: SITE_TAGLINE,
    id: absoluteUrl("/"),
    link: absoluteUrl("/"),
    language: "en",
    updated,
    copyright: `${SITE_NAME}; quoted reports belong to their publishers`,
    feedLinks: { atom: absoluteUrl("/feed.xml") },
  });
  for (const story of stories) {
    // Atom's <updated> follows the latest correction; <published> stays the day the story first appeared.
    const date = day(lastModified(story));
    const published = day(story.meta.published);
    feed.addItem({ title: story.meta.title, id: absoluteUrl(storyPath(story.slug)), link: absoluteUrl(storyPath(story.slug)), description: leadText(story), date, published });
    for (const issue of story.issues) {
      const link = absoluteUrl(issuePath(story.slug, issue.slug));
      feed.addItem({ title: `${issue.meta.title} (${story.meta.title})`, id: link, link, description: summaryText(issue), date, published });
    }
  }
  return new Response(feed.atom1(), { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
