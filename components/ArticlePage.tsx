import Link from "next/link";
import type { Issue, Story } from "@/lib/content";
import { citingPassages } from "@/lib/document";
import { articlePath, issuePath, storyPath } from "@/lib/paths";
import { breadcrumbs } from "@/lib/structured-data";
import { AnchorProblems } from "./AnchorProblems";
import { JsonLd } from "./JsonLd";
import { AnnotatedArticle } from "./AnnotatedArticle";
import { DraftBadge } from "./DraftBadge";
import { IssueFilter } from "./IssueFilter";
import { SourceFingerprint } from "./SourceFingerprint";
import { SourceLine } from "./SourceLine";

/** The original report, whole, with every issue (or just `only`) beside its paragraphs. */
export function ArticlePage({ story, only }: { story: Story; only?: Issue }) {
  return (
    <article>
      <JsonLd
        data={breadcrumbs([
          { name: "Stories", path: "/" },
          { name: story.meta.title, path: storyPath(story.slug) },
          { name: "The original article", path: articlePath(story.slug) },
        ])}
      />
      <header className="max-w-3xl">
        <p className="text-sm font-semibold uppercase tracking-wide text-muted">The original article</p>
        <h1 className="mt-1">
          {story.meta.title}
          <DraftBadge status={story.meta.status} />
        </h1>
        <SourceLine story={story} />
        <p className="text-sm text-muted">
          Shown exactly as received; the <Link href={storyPath(story.slug)}>explainer</Link> says where its wording is unclear.
        </p>
        <SourceFingerprint story={story} />
        <IssueFilter story={story} current={only?.slug} />
        {only && (
          <p className="mt-3 text-sm" role="status">
            Showing only <Link href={issuePath(story.slug, only.slug)}>{only.meta.title}</Link>.{" "}
            <Link href={articlePath(story.slug)}>Show all issues</Link>.
          </p>
        )}
      </header>
      <AnchorProblems issues={only ? [only] : story.issues} />
      <div className="article-frame">
        <AnnotatedArticle story={story} only={only?.slug} citedIn={citingPassages(story.body)} />
      </div>
    </article>
  );
}
