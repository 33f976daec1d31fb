import { Feed } from "feed";
import { absoluteUrl, SITE_NAME } from "@/lib/metadata";
import { issuePath, storyPath } from "@/lib/paths";
import { getStories } from "@/lib/site";

export const dynamic = "force-static";

/** An Atom feed of the published stories and their issues, built at build time. */
export function GET() {
  const stories = getStories();
  const updated = new Date(`${stories[0]?.meta.published ?? "2000-01-01"}T00:00:00Z`);
  const feed = new Feed({
    title: SITE_NAME,
    description: "News explained sentence by sentence, each claim one click from the original report.",
    id: absoluteUrl("/"),
    link: absoluteUrl("/"),
    language: "en",
    updated,
    copyright: `${SITE_NAME}; quoted reports belong to their publishers`,
    feedLinks: { atom: absoluteUrl("/feed.xml") },
  });
  for (const story of stories) {
    const date = new Date(`${story.meta.published}T00:00:00Z`);
    feed.addItem({ title: story.meta.title, id: absoluteUrl(storyPath(story.slug)), link: absoluteUrl(storyPath(story.slug)), description: story.meta.description, date });
    for (const issue of story.issues) {
      const link = absoluteUrl(issuePath(story.slug, issue.slug));
      feed.addItem({ title: `${issue.meta.title} (${story.meta.title})`, id: link, link, description: issue.meta.summary, date });
    }
  }
  return new Response(feed.atom1(), { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
