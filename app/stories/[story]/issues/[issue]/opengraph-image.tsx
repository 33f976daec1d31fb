import { notFound } from "next/navigation";
import { shareImage, shareImageSize } from "@/lib/share-image";
import { getIssue, getStories, getStory } from "@/lib/site";

export const size = shareImageSize;
export const contentType = "image/png";
export const alt = "The issue's title and summary";

export function generateStaticParams() {
  return getStories().flatMap((story) => story.issues.map((issue) => ({ story: story.slug, issue: issue.slug })));
}

export default async function Image({ params }: { params: Promise<{ story: string; issue: string }> }) {
  const { story: storySlug, issue: issueSlug } = await params;
  const story = getStory(storySlug);
  const issue = story && getIssue(story, issueSlug);
  if (!story || !issue) notFound();
  return shareImage({ kicker: `Issue · ${story.meta.title}`, title: issue.meta.title, summary: issue.meta.summary });
}
