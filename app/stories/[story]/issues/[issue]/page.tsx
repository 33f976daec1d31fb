import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IssuePage } from "@/components/IssuePage";
import { pageMetadata } from "@/lib/metadata";
import { issuePath } from "@/lib/paths";
import { getIssue, getStories, getStory } from "@/lib/site";
import { isPreview } from "@/lib/view";

type Props = { params: Promise<{ story: string; issue: string }> };

export function generateStaticParams() {
  return getStories().flatMap((story) => story.issues.map((issue) => ({ story: story.slug, issue: issue.slug })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { story: storySlug, issue: issueSlug } = await params;
  const story = getStory(storySlug, await isPreview());
  const issue = story && getIssue(story, issueSlug);
  if (!story || !issue) return {};
  return pageMetadata({
    title: `${issue.meta.title}: ${story.meta.title}`,
    description: issue.meta.summary,
    path: issuePath(story.slug, issue.slug),
    image: `${issuePath(story.slug, issue.slug)}/opengraph-image`,
    type: "article",
    published: story.meta.published,
    noindex: story.meta.status === "draft" || issue.meta.status === "draft",
  });
}

export default async function Issue({ params }: Props) {
  const { story: storySlug, issue: issueSlug } = await params;
  const story = getStory(storySlug, await isPreview());
  const issue = story && getIssue(story, issueSlug);
  if (!story || !issue) notFound();
  return <IssuePage story={story} issue={issue} />;
}
