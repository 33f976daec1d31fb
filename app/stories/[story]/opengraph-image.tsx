import { notFound } from "next/navigation";
import { leadText } from "@/lib/content";
import { shareImage, shareImageSize } from "@/lib/share-image";
import { getStory, storyParams } from "@/lib/site";

export const size = shareImageSize;
export const contentType = "image/png";
export const alt = "The explainer's title and summary";

export const generateStaticParams = storyParams;

export default async function Image({ params }: { params: Promise<{ story: string }> }) {
  const story = getStory((await params).story);
  if (!story) notFound();
  return shareImage({ kicker: "Explainer", title: story.meta.title, summary: leadText(story) });
}
