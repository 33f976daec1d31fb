/** How every page describes itself to search engines and sharing: canonical URL, Open Graph, Twitter card. */
import type { Metadata } from "next";

export const SITE_NAME = "Explainer";
/** What the site is, in a few words, beside its name in the masthead. */
export const SITE_LINE = "News explained from the original report, every statement cited to it";
/** What the site is, in one line: for metadata, the feed and the site's share card. */
export const SITE_TAGLINE = "News explained from the original report, every cited statement one click from its paragraph.";

/** The public origin, from SITE_URL; links in feeds, sitemaps and cards are absolute against it. */
export function siteUrl(env: NodeJS.ProcessEnv = process.env): URL {
  try {
    return new URL(env.SITE_URL || "http://localhost:3000");
  } catch {
    throw new Error(`SITE_URL: not a URL: ${JSON.stringify(env.SITE_URL)}`);
  }
}

export const absoluteUrl = (path: string) => new URL(path, siteUrl()).toString();

/** `image`: the share card (an opengraph-image route); a page without one of its own uses the site's. */
/** `annotations`: the W3C Web Annotation file of the page's text, named as an alternate. */
type Page = { title: string; description: string; path: string; image?: string; type?: "website" | "article"; published?: string; noindex?: boolean; annotations?: string };

export function pageMetadata({ title, description, path, image = "/opengraph-image", type = "website", published, noindex = false, annotations }: Page): Metadata {
  const images = [{ url: image, width: 1200, height: 630, alt: title }];
  return {
    title,
    description,
    // Page alternates replace the layout's, so the feed is named on every page here.
    alternates: {
      canonical: path,
      types: {
        "application/atom+xml": [{ url: "/feed.xml", title: `${SITE_NAME}: stories and issues` }],
        ...(annotations ? { "application/ld+json": [{ url: annotations, title: "The issues as W3C Web Annotations" }] } : {}),
      },
    },
    openGraph: {
      title,
      description,
      url: path,
      siteName: SITE_NAME,
      locale: "en_GB",
      type,
      images,
      ...(type === "article" && published ? { publishedTime: published } : {}),
    },
    twitter: { card: "summary_large_image", title, description, images },
    ...(noindex ? { robots: { index: false, follow: false } } : {}),
  };
}
