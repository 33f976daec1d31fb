import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IssuePage } from "@/components/IssuePage";
import { summaryText } from "@/lib/content";
import { pageMetadata } from "@/lib/metadata";
import { issuePath, shareImagePath } from "@/lib/paths";
import { findIssue, issueParams } from "@/lib/site";
import { isPreview } from "@/lib/view";

type Props = { params: Promise<{ story: string; issue: string }> };

export const generateStaticParams = issueParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { story: storySlug, issue: issueSlug } = await params;
  const found = findIssue(storySlug, issueSlug, await isPreview());
  if (!found) return {};
  const { story, issue } = found;
  return pageMetadata({
    title: `${issue.meta.title}: ${story.meta.title}`,
    description: summaryText(issue),
    path: issuePath(story.slug, issue.slug),
    image: shareImagePath(issuePath(story.slug, issue.slug)),
    type: "article",
    published: story.meta.published,
    noindex: story.meta.status === "draft" || issue.meta.status === "draft",
  });
}

export default async function Issue({ params }: Props) {
  const { story: storySlug, issue: issueSlug } = await params;
  const found = findIssue(storySlug, issueSlug, await isPreview());
  if (!found) notFound();
  const { story, issue } = found;
  return <IssuePage story={story} issue={issue} />;
}
