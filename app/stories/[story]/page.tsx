import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DraftBadge } from "@/components/DraftBadge";
import { IssueList } from "@/components/IssueList";
import { SourceLine } from "@/components/SourceLine";
import { StoryBody } from "@/components/StoryBody";
import { articlePath } from "@/lib/paths";
import { getStories, getStory } from "@/lib/site";
import { isPreview } from "@/lib/view";

type Props = { params: Promise<{ story: string }> };

export function generateStaticParams() {
  return getStories().map((story) => ({ story: story.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const story = getStory((await params).story, await isPreview());
  return story ? { title: story.meta.title, description: story.meta.description } : {};
}

export default async function StoryPage({ params }: Props) {
  const story = getStory((await params).story, await isPreview());
  if (!story) notFound();
  return (
    <article>
      <header className="max-w-3xl">
        <h1>
          {story.meta.title}
          <DraftBadge status={story.meta.status} />
        </h1>
        <p className="lede">{story.meta.description}</p>
        <SourceLine story={story} />
        <p className="mt-3">
          <Link href={articlePath(story.slug)}>Read the original article, with the issues beside it</Link>
        </p>
      </header>
      <div className="prose prose-stone mt-8 max-w-3xl prose-headings:font-serif">
        <StoryBody story={story} mdx={story.mdx} />
      </div>
      <section aria-labelledby="issues" className="mt-12 max-w-4xl">
        <h2 id="issues" className="font-serif text-2xl font-bold">
          The issues at stake
        </h2>
        <IssueList story={story} />
      </section>
    </article>
  );
}
