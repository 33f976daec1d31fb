/** The site's view of the content: loaded once per process, refusing to serve broken published content. */
import path from "node:path";
import { ContentError, loadContent, publicStories, type Content, type Issue, type Story } from "./content";

/** `CONTENT_ROOTS` (paths joined by `:`) adds or replaces content roots, e.g. for test fixtures. */
export function contentRoots(env: NodeJS.ProcessEnv = process.env): string[] {
  const roots = env.CONTENT_ROOTS?.split(path.delimiter).filter(Boolean) ?? [];
  return (roots.length > 0 ? roots : ["content"]).map((root) => path.resolve(root));
}

let loaded: Content | null = null;

export function getContent(): Content {
  if (!loaded) {
    const content = loadContent(contentRoots());
    const errors = content.findings.filter((finding) => finding.severity === "error");
    if (errors.length > 0) throw new ContentError(errors);
    loaded = content;
  }
  return loaded;
}

/** Published stories, newest first, each with its published issues only. */
export function getStories(): Story[] {
  return publicStories(getContent());
}

export function getStory(slug: string): Story | undefined {
  return getStories().find((story) => story.slug === slug);
}

export function getIssue(story: Story, slug: string): Issue | undefined {
  return story.issues.find((issue) => issue.slug === slug);
}
