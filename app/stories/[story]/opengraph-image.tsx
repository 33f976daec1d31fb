import { notFound } from "next/navigation";
import { noShareImagesAtBuild, shareImage, shareImageSize, storyCard } from "@/lib/share-image";
import { getStory } from "@/lib/site";

export const size = shareImageSize;
export const contentType = "image/png";
export const alt = "The explainer's title and summary";

// Drawn on a page's first request and kept in Next's cache (and the edge's), not prerendered: see lib/share-image.tsx.
export const generateStaticParams = noShareImagesAtBuild;

export default async function Image({ params }: { params: Promise<{ story: string }> }) {
  const story = getStory((await params).story);
  if (!story) notFound();
  return shareImage(storyCard(story));
}
