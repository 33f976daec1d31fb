/**
 * The route manifest: every address the site answers at is built here, so that routes, links, the sitemap, the
 * proxy's allow-list, preview lookups, the static step and the tests cannot drift apart.
 */
import { PAGES_WITH_RUNTIME, PREVIEW_ENTRY_PATH, SLUG_PATTERN } from "./routes.mjs";

export { PAGES_WITH_RUNTIME, PREVIEW_ENTRY_PATH };

/** A story, issue or URL segment name: lower-case words and hyphens. */
export const SLUG = new RegExp(`^${SLUG_PATTERN}$`);

export const storyPath = (story: string) => `/stories/${story}`;
/** The one-issue view of the original is a state of its page, not a page: the filter link it targets (lib/issue-views.ts). */
export const issueViewId = (issue: string) => `only-${issue}`;
export const ALL_ISSUES_VIEW = "all-issues";
export const articlePath = (story: string, issue?: string) => `${storyPath(story)}/article${issue ? `#${issueViewId(issue)}` : ""}`;
/** The one-issue view's earlier address, still linked from outside: the proxy redirects it to `articlePath(story, issue)`. */
export const articleIssueAddress = (story: string, issue: string) => `${storyPath(story)}/article?issue=${encodeURIComponent(issue)}`;
export const issuePath = (story: string, issue: string) => `${storyPath(story)}/issues/${issue}`;
export const paragraphId = (paragraph: number) => `p-${paragraph}`;
export const paragraphPath = (story: string, paragraph: number) => `${articlePath(story)}#${paragraphId(paragraph)}`;
export const creditPath = (story: string) => `${articlePath(story)}#credit`;
export const cardId = (issue: string, paragraph: number) => `card-${issue}-p${paragraph}`;
/** The report exactly as received, as plain text. */
export const sourceTextPath = (story: string) => `${storyPath(story)}/source.txt`;
/** The issues' anchors as W3C Web Annotations. */
export const annotationsPath = (story: string) => `${storyPath(story)}/annotations.jsonld`;
/** What changed in the report between its versions: prerendered only for a story whose report was updated. */
export const changesPath = (story: string) => `${storyPath(story)}/changes`;
/** An earlier version of the report, byte for byte, at a stable address (`versions/<received>-<hash>.txt` in the story's folder). */
export const versionPath = (story: string, file: string) => `${storyPath(story)}/${file}`;
/** The 1200×630 card of a page (a Next `opengraph-image` route under it). */
export const shareImagePath = (page: string) => `${page}/opengraph-image`;

export type RouteKind =
  | "home"
  | "about"
  | "preview-entry"
  | "explainer"
  | "article"
  | "issue"
  | "article-for-issue"
  | "share-image"
  | "source-text"
  | "annotations"
  | "changes"
  | "version-text"
  | "feed"
  | "sitemap"
  | "robots"
  | "icon";

export type Route = {
  kind: RouteKind;
  /** The address readers and links use. */
  path: string;
  /** For an HTML page: the route Next prerenders it at. */
  page?: string;
  /** For an address that only redirects: where to. */
  redirect?: string;
  /** Listed in the sitemap. */
  sitemap?: boolean;
};

type StoryShape = { slug: string; issues: readonly { slug: string }[]; updates?: readonly { before: { file: string } }[] };

/** Everything one story answers at, given the issues visible in this view. */
export function storyRoutes({ slug, issues, updates = [] }: StoryShape): Route[] {
  const page = (kind: RouteKind, path: string, sitemap = true): Route => ({ kind, path, page: path, sitemap });
  return [
    page("explainer", storyPath(slug)),
    { kind: "share-image", path: shareImagePath(storyPath(slug)) },
    page("article", articlePath(slug)),
    { kind: "source-text", path: sourceTextPath(slug) },
    { kind: "annotations", path: annotationsPath(slug) },
    ...(updates.length > 0 ? [page("changes", changesPath(slug)), ...updates.map(({ before }): Route => ({ kind: "version-text", path: versionPath(slug, before.file) }))] : []),
    ...issues.flatMap(({ slug: issue }): Route[] => [
      page("issue", issuePath(slug, issue)),
      { kind: "share-image", path: shareImagePath(issuePath(slug, issue)) },
      { kind: "article-for-issue", path: articleIssueAddress(slug, issue), redirect: articlePath(slug, issue) },
    ]),
  ];
}

/** The site's own addresses, whatever the content. */
export const siteRoutes: readonly Route[] = [
  { kind: "home", path: "/", page: "/", sitemap: true },
  { kind: "about", path: "/about", page: "/about", sitemap: true },
  { kind: "preview-entry", path: PREVIEW_ENTRY_PATH, page: PREVIEW_ENTRY_PATH },
  { kind: "share-image", path: shareImagePath("") },
  { kind: "feed", path: "/feed.xml" },
  { kind: "sitemap", path: "/sitemap.xml" },
  { kind: "robots", path: "/robots.txt" },
  { kind: "icon", path: "/favicon.ico" },
  { kind: "icon", path: "/icon.svg" },
];

/** Every route of the site for these stories (the public ones, or in preview all of them). */
export function routes(stories: readonly StoryShape[]): Route[] {
  return [...siteRoutes, ...stories.flatMap(storyRoutes)];
}

/** The HTML pages readers reach, as they address them. */
export function pagePaths(stories: readonly StoryShape[]): string[] {
  return routes(stories).flatMap((route) => (route.page ? [route.path] : []));
}

/** The routes Next prerenders as HTML for these stories, with the 404 page: what the static step must find. */
export function prerenderedPages(stories: readonly StoryShape[]): string[] {
  return [...routes(stories).flatMap((route) => (route.page ? [route.page] : [])), "/_not-found"];
}
