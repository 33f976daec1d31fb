import { notFound } from "next/navigation";
import { issueCard, noShareImagesAtBuild, shareImage, shareImageSize } from "@/lib/share-image";
import { findIssue } from "@/lib/site";

export const size = shareImageSize;
export const contentType = "image/png";
export const alt = "The issue's title and summary";

// Drawn on a page's first request and kept in Next's cache (and the edge's), not prerendered: see lib/share-image.tsx.
export const generateStaticParams = noShareImagesAtBuild;

export default async function Image({ params }: { params: Promise<{ story: string; issue: string }> }) {
  const { story: storySlug, issue: issueSlug } = await params;
  const found = findIssue(storySlug, issueSlug);
  if (!found) notFound();
  return shareImage(issueCard(found.story, found.issue));
}
