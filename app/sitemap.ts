import type { MetadataRoute } from "next";
import { lastModified } from "@/lib/content";
import { absoluteUrl } from "@/lib/metadata";
import { storyRoutes, siteRoutes } from "@/lib/paths";
import { getStories } from "@/lib/site";

/** Published pages only, from the route manifest and the content, so the three cannot drift. */
export default function sitemap(): MetadataRoute.Sitemap {
  const stories = getStories();
  const newest = stories.map(lastModified).sort().at(-1);
  return [
    ...siteRoutes.filter((route) => route.sitemap).map((route) => ({ url: absoluteUrl(route.path), ...(route.kind === "home" && newest ? { lastModified: newest } : {}) })),
    ...stories.flatMap((story) =>
      storyRoutes(story)
        .filter((route) => route.sitemap)
        .map((route) => ({ url: absoluteUrl(route.path), lastModified: route.kind === "article" ? story.meta.published : lastModified(story) })),
    ),
  ];
}
