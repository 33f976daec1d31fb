/** JSON-LD for search engines: the explainer as a NewsArticle based on the original, and breadcrumbs. */
import type { BreadcrumbList, NewsArticle, WithContext } from "schema-dts";
import type { Story } from "./content";
import { absoluteUrl, SITE_NAME } from "./metadata";
import { issuePath, storyPath } from "./paths";

export function newsArticle(story: Story): WithContext<NewsArticle> {
  const publisher = { "@type": "Organization" as const, name: SITE_NAME, url: absoluteUrl("/") };
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: story.meta.title,
    description: story.meta.description,
    url: absoluteUrl(storyPath(story.slug)),
    mainEntityOfPage: absoluteUrl(storyPath(story.slug)),
    datePublished: story.meta.published,
    dateModified: story.meta.published,
    inLanguage: "en",
    image: absoluteUrl(`${storyPath(story.slug)}/opengraph-image`),
    author: publisher,
    publisher,
    isBasedOn: {
      "@type": "NewsArticle",
      ...(story.meta.source.headline ? { headline: story.meta.source.headline } : {}),
      datePublished: story.meta.source.date,
      publisher: { "@type": "Organization", name: story.meta.source.publisher },
      url: absoluteUrl(`${storyPath(story.slug)}/article`),
    },
    about: story.issues.map((issue) => ({
      "@type": "Thing" as const,
      name: issue.meta.title,
      description: issue.meta.summary,
      url: absoluteUrl(issuePath(story.slug, issue.slug)),
    })),
  };
}

export function breadcrumbs(trail: { name: string; path: string }[]): WithContext<BreadcrumbList> {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: trail.map((crumb, index) => ({ "@type": "ListItem", position: index + 1, name: crumb.name, item: absoluteUrl(crumb.path) })),
  };
}
