import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticlePage } from "@/components/ArticlePage";
import { pageMetadata } from "@/lib/metadata";
import { articlePath, issuePath } from "@/lib/paths";
import { getIssue, getStories, getStory } from "@/lib/site";
import { isPreview } from "@/lib/view";

/** `/stories/x/article?issue=y` is rewritten here (next.config.mjs), so each filtered view is prerendered. */
type Props = { params: Promise<{ story: string; issue: string }> };

export function generateStaticParams() {
  return getStories().flatMap((story) => story.issues.map((issue) => ({ story: story.slug, issue: issue.slug })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { story: storySlug, issue: issueSlug } = await params;
  const story = getStory(storySlug, await isPreview());
  const issue = story && getIssue(story, issueSlug);
  if (!story || !issue) return {};
  // One issue's view of the article: the canonical page is the whole article.
  return pageMetadata({
    title: `${issue.meta.title} in the original: ${story.meta.title}`,
    description: issue.meta.summary,
    path: articlePath(story.slug),
    image: `${issuePath(story.slug, issue.slug)}/opengraph-image`,
    noindex: story.meta.status === "draft" || issue.meta.status === "draft",
  });
}

export default async function ArticleForIssue({ params }: Props) {
  const { story: storySlug, issue: issueSlug } = await params;
  const story = getStory(storySlug, await isPreview());
  const issue = story && getIssue(story, issueSlug);
  if (!story || !issue) notFound();
  return <ArticlePage story={story} only={issue} />;
}
