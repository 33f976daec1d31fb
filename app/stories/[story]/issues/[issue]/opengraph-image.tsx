import { notFound } from "next/navigation";
import { summaryText } from "@/lib/content";
import { shareImage, shareImageSize } from "@/lib/share-image";
import { findIssue, issueParams } from "@/lib/site";

export const size = shareImageSize;
export const contentType = "image/png";
export const alt = "The issue's title and summary";

export const generateStaticParams = issueParams;

export default async function Image({ params }: { params: Promise<{ story: string; issue: string }> }) {
  const { story: storySlug, issue: issueSlug } = await params;
  const found = findIssue(storySlug, issueSlug);
  if (!found) notFound();
  const { story, issue } = found;
  return shareImage({ kicker: `Issue · ${story.meta.title}`, title: issue.meta.title, summary: summaryText(issue) });
}
