import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CorrectionsList, CorrectionsNotice, UpdatesList } from "@/components/Corrections";
import { DraftBadge } from "@/components/DraftBadge";
import { IssueList } from "@/components/IssueList";
import { SourceLine } from "@/components/SourceLine";
import { Statement, StoryBody } from "@/components/StoryBody";
import { JsonLd } from "@/components/JsonLd";
import { leadText } from "@/lib/content";
import { pageMetadata } from "@/lib/metadata";
import { articlePath, shareImagePath, storyPath } from "@/lib/paths";
import { breadcrumbs, newsArticle } from "@/lib/structured-data";
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
  return (
    <article>
      <JsonLd data={[newsArticle(story), breadcrumbs([{ name: "Stories", path: "/" }, { name: story.meta.title, path: storyPath(story.slug) }])]} />
      <header className="max-w-3xl">
        <h1>
          {story.meta.title}
          <DraftBadge status={story.meta.status} />
        </h1>
        <p className="lede">
          <Statement story={story} passage={story.lead} />
        </p>
        <SourceLine story={story} />
        <CorrectionsNotice story={story} />
        <p className="mt-3 page-line">
          <Link href={articlePath(story.slug)}>Read the original article, with the issues beside it</Link>
        </p>
      </header>
      <div className="prose mt-8 max-w-3xl prose-headings:font-serif">
        <StoryBody story={story} document={story.body} />
      </div>
      <section aria-labelledby="issues" className="mt-12 max-w-4xl">
        <h2 id="issues" className="font-serif text-2xl font-bold">
          The issues at stake
        </h2>
        <IssueList story={story} />
      </section>
      <UpdatesList story={story} />
      <CorrectionsList story={story} />
    </article>
  );
}
