import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticlePage } from "@/components/ArticlePage";
import { getStories, getStory } from "@/lib/site";
import { isPreview } from "@/lib/view";

type Props = { params: Promise<{ story: string }> };

export function generateStaticParams() {
  return getStories().map((story) => ({ story: story.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const story = getStory((await params).story, await isPreview());
  return story ? { title: `The original: ${story.meta.title}`, description: `The full text of the report, with the issues it raises beside the paragraphs they concern.` } : {};
}

export default async function Article({ params }: Props) {
  const story = getStory((await params).story, await isPreview());
  if (!story) notFound();
  return <ArticlePage story={story} />;
}
