import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChangesPage } from "@/components/ChangesPage";
import { pageMetadata } from "@/lib/metadata";
import { changesPath, shareImagePath, storyPath } from "@/lib/paths";
import { changesParams, getStory } from "@/lib/site";
import { isPreview } from "@/lib/view";

type Props = { params: Promise<{ story: string }> };

export const generateStaticParams = changesParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const story = getStory((await params).story, await isPreview());
  if (!story || story.updates.length === 0) return {};
  return pageMetadata({
    title: `What changed in the report: ${story.meta.title}`,
    description: "Each later version of the report the explainer rests on, and what changed in it, paragraph by paragraph.",
    path: changesPath(story.slug),
    image: shareImagePath(storyPath(story.slug)),
    noindex: story.meta.status === "draft",
  });
}

export default async function Changes({ params }: Props) {
  const story = getStory((await params).story, await isPreview());
  if (!story || story.updates.length === 0) notFound();
  return <ChangesPage story={story} />;
}
