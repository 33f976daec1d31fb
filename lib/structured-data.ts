/** JSON-LD for search engines: the explainer as a NewsArticle based on the original, and breadcrumbs. */
import type { BreadcrumbList, NewsArticle, NewsMediaOrganization, WithContext } from "schema-dts";
import { lastModified, leadText, summaryText, type Story } from "./content";
import { absoluteUrl, SITE_NAME } from "./metadata";
import { articlePath, issuePath, shareImagePath, storyPath } from "./paths";

/** The site as a publisher, with the Trust Project's indicators: how it writes, and how it corrects. */
export function publisher(): NewsMediaOrganization {
  return {
    "@type": "NewsMediaOrganization",
    name: SITE_NAME,
    url: absoluteUrl("/"),
    publishingPrinciples: absoluteUrl("/about#how-we-write"),
    correctionsPolicy: absoluteUrl("/about#corrections"),
  };
}

export function newsArticle(story: Story): WithContext<NewsArticle> {
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: story.meta.title,
    description: leadText(story),
    url: absoluteUrl(storyPath(story.slug)),
    mainEntityOfPage: absoluteUrl(storyPath(story.slug)),
    datePublished: story.meta.published,
    dateModified: lastModified(story),
    inLanguage: "en",
    image: absoluteUrl(shareImagePath(storyPath(story.slug))),
    author: publisher(),
    publisher: publisher(),
    ...(story.meta.corrections?.length
      ? { correction: story.meta.corrections.map((correction) => ({ "@type": "CorrectionComment" as const, datePublished: correction.date, text: correction.text })) }
      : {}),
    isBasedOn: {
      "@type": "NewsArticle",
      ...(story.meta.source.headline ? { headline: story.meta.source.headline } : {}),
      datePublished: story.meta.source.date,
      publisher: { "@type": "Organization", name: story.meta.source.publisher },
      url: absoluteUrl(articlePath(story.slug)),
    },
    about: story.issues.map((issue) => ({
      "@type": "Thing" as const,
      name: issue.meta.title,
      description: summaryText(issue),
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
