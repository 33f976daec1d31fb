/**
 * The site's view of the content. The public view is loaded once and refuses broken published content,
 * which fails the build; the preview view is read afresh for each request and shows drafts and problems.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { cache } from "react";
import { timed } from "./build-timing";
import { ContentError, loadContent, publicStories, type Content, type Issue, type Story } from "./content";
import { diskStoryCache, engineFingerprint } from "./content-cache";
import { pagePaths, routes, type Route } from "./paths";

/** `CONTENT_ROOTS` (paths joined by `:`) replaces the content root, e.g. with test fixtures added. */
export function contentRoots(env: NodeJS.ProcessEnv = process.env): string[] {
  const roots = env.CONTENT_ROOTS?.split(path.delimiter).filter(Boolean) ?? [];
  return (roots.length > 0 ? roots : ["content"]).map((root) => path.resolve(root));
}

// Built once per process; under `next dev` read again for every request, so an editor's changes show.
const developing = process.env.NODE_ENV === "development";

/** Stories are read once until they change, shared by the check, every build worker and the server (lib/content-cache.ts). */
export const storyCache = diskStoryCache({ engine: developing ? () => engineFingerprint() : engineFingerprint() });

function loadPublished(): Content {
  const content = timed("content", () => loadContent(contentRoots(), process.cwd(), { cache: storyCache }));
  const errors = content.findings.filter((finding) => finding.severity === "error");
  if (errors.length > 0) throw new ContentError(errors);
  return content;
}

const loadPublishedPerRequest = cache(loadPublished);
let published: Content | null = null;

/** Published content; throws a ContentError (one line per fault) if any of it is broken. */
export function getContent(): Content {
  if (developing) return loadPublishedPerRequest();
  return (published ??= loadPublished());
}

/** Everything on disk now, drafts and faults included: what an editor previews. Once per request. */
export const getPreviewContent = cache((): Content => loadContent(contentRoots(), process.cwd(), { cache: storyCache }));

// Every page asks for the stories, many times: the public view is made once per content, not once per call.
const publicViews = new WeakMap<Content, Story[]>();

/** Stories newest first: published ones with their published issues, or in preview everything. */
export function getStories(preview = false): Story[] {
  if (preview) return getPreviewContent().stories;
  const content = getContent();
  if (!publicViews.has(content)) publicViews.set(content, publicStories(content));
  return publicViews.get(content)!;
}

export function getStory(slug: string, preview = false): Story | undefined {
  return getStories(preview).find((story) => story.slug === slug);
}

export function getIssue(story: Story, slug: string): Issue | undefined {
  return story.issues.find((issue) => issue.slug === slug);
}

/** A story and one of its issues, both visible in this view, or nothing. */
export function findIssue(storySlug: string, issueSlug: string, preview = false): { story: Story; issue: Issue } | undefined {
  const story = getStory(storySlug, preview);
  const issue = story && getIssue(story, issueSlug);
  return story && issue ? { story, issue } : undefined;
}

/** generateStaticParams for routes under /stories/[story]: every published story. */
export function storyParams(): { story: string }[] {
  return getStories().map((story) => ({ story: story.slug }));
}

/** generateStaticParams for routes under /stories/[story]/…/[issue]: every published issue. */
export function issueParams(): { story: string; issue: string }[] {
  return getStories().flatMap((story) => story.issues.map((issue) => ({ story: story.slug, issue: issue.slug })));
}

/** generateStaticParams for /stories/[story]/changes: every published story whose report was updated. */
export function changesParams(): { story: string }[] {
  return getStories().flatMap((story) => (story.updates.length > 0 ? [{ story: story.slug }] : []));
}

/** generateStaticParams for /stories/[story]/versions/[file]: every earlier version of a published story's report. */
export function versionParams(): { story: string; file: string }[] {
  return getStories().flatMap((story) => story.updates.map(({ before }) => ({ story: story.slug, file: path.basename(before.file) })));
}

/** An earlier version of a published story's report, byte for byte, by its file name in versions/. */
export async function storyVersion(slug: string, file: string): Promise<Buffer | null> {
  const story = getStory(slug);
  const version = story?.updates.find(({ before }) => path.basename(before.file) === file);
  return story && version ? fs.readFile(path.join(story.dir, version.before.file)) : null;
}

/** Every page of the site in this view, for lookups that must never trust a raw path. */
export function contentPaths(stories: Story[]): string[] {
  return pagePaths(stories);
}

let publicAddresses: Map<string, Route> | null = null;

/**
 * The public route a request names, if the route manifest knows it. Unknown ones are sent to the static 404 page
 * before rendering, because a 404 rendered on demand for a dynamic route has an empty body without JavaScript
 * (vercel/next.js#95613).
 */
export function publicRoute(pathname: string, issue: string | null): Route | undefined {
  if (!publicAddresses || developing) {
    publicAddresses = new Map(routes(getStories()).flatMap((route): [string, Route][] => (route.page && route.page !== route.path ? [[route.path, route], [route.page, route]] : [[route.path, route]])));
  }
  const address = pathname.replace(/(.)\/$/, "$1");
  return publicAddresses.get(issue === null ? address : `${address}?issue=${encodeURIComponent(issue)}`);
}

/** A published story and its source.txt exactly as received, for the routes that serve the file or build on it. */
export async function storySource(slug: string): Promise<{ story: Story; bytes: Buffer } | null> {
  const story = getStory(slug);
  return story ? { story, bytes: await fs.readFile(path.join(story.dir, "source.txt")) } : null;
}
