import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticlePage } from "@/components/ArticlePage";
import { pageMetadata } from "@/lib/metadata";
import { annotationsPath, articlePath, shareImagePath, storyPath } from "@/lib/paths";
import { getStory, storyParams } from "@/lib/site";
import { isPreview } from "@/lib/view";

type Props = { params: Promise<{ story: string }> };

export const generateStaticParams = storyParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const story = getStory((await params).story, await isPreview());
  if (!story) return {};
  return pageMetadata({
    title: `The original: ${story.meta.title}`,
    description: "The full text of the report, with the issues it raises beside the paragraphs they concern.",
    path: articlePath(story.slug),
    image: shareImagePath(storyPath(story.slug)),
    noindex: story.meta.status === "draft",
    annotations: story.meta.status === "published" ? annotationsPath(story.slug) : undefined,
  });
}

export default async function Article({ params }: Props) {
  const story = getStory((await params).story, await isPreview());
  if (!story) notFound();
  return <ArticlePage story={story} />;
}
