import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/metadata";
import { articlePath, issuePath, storyPath } from "@/lib/paths";
import { getStories } from "@/lib/site";

/** Published pages only, derived from the content so the two cannot drift. */
export default function sitemap(): MetadataRoute.Sitemap {
  const stories = getStories();
  return [
    { url: absoluteUrl("/"), lastModified: stories[0]?.meta.published },
    { url: absoluteUrl("/about") },
    ...stories.flatMap((story) => [
      { url: absoluteUrl(storyPath(story.slug)), lastModified: story.meta.published },
      { url: absoluteUrl(articlePath(story.slug)), lastModified: story.meta.published },
      ...story.issues.map((issue) => ({ url: absoluteUrl(issuePath(story.slug, issue.slug)), lastModified: story.meta.published })),
    ]),
  ];
}
