import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticlePage } from "@/components/ArticlePage";
import { summaryText } from "@/lib/content";
import { pageMetadata } from "@/lib/metadata";
import { articlePath, issuePath, shareImagePath } from "@/lib/paths";
import { findIssue, issueParams } from "@/lib/site";
import { isPreview } from "@/lib/view";

/** `/stories/x/article?issue=y` is rewritten here (next.config.mjs), so each filtered view is prerendered. */
type Props = { params: Promise<{ story: string; issue: string }> };

export const generateStaticParams = issueParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { story: storySlug, issue: issueSlug } = await params;
  const found = findIssue(storySlug, issueSlug, await isPreview());
  if (!found) return {};
  const { story, issue } = found;
  // One issue's view of the article: the canonical page is the whole article.
  return pageMetadata({
    title: `${issue.meta.title} in the original: ${story.meta.title}`,
    description: summaryText(issue),
    path: articlePath(story.slug),
    image: shareImagePath(issuePath(story.slug, issue.slug)),
    noindex: story.meta.status === "draft" || issue.meta.status === "draft",
  });
}

export default async function ArticleForIssue({ params }: Props) {
  const { story: storySlug, issue: issueSlug } = await params;
  const found = findIssue(storySlug, issueSlug, await isPreview());
  if (!found) notFound();
  const { story, issue } = found;
  return <ArticlePage story={story} only={issue} />;
}
