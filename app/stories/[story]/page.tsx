import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ExplainerPage } from "@/components/ExplainerPage";
import { leadText } from "@/lib/content";
import { pageMetadata } from "@/lib/metadata";
import { shareImagePath, storyPath } from "@/lib/paths";
import { getStory, storyParams } from "@/lib/site";
import { isPreview } from "@/lib/view";

type Props = { params: Promise<{ story: string }> };

export const generateStaticParams = storyParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const story = getStory((await params).story, await isPreview());
  if (!story) return {};
  const { title, published, status } = story.meta;
  return pageMetadata({ title, description: leadText(story), path: storyPath(story.slug), image: shareImagePath(storyPath(story.slug)), type: "article", published, noindex: status === "draft" });
}

export default async function StoryPage({ params }: Props) {
  const story = getStory((await params).story, await isPreview());
  if (!story) notFound();
  return <ExplainerPage story={story} />;
}
