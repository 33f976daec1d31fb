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
    <article className="article-frame">
      <JsonLd
        data={breadcrumbs([
          { name: "Stories", path: "/" },
          { name: story.meta.title, path: storyPath(story.slug) },
          { name: "The original article", path: articlePath(story.slug) },
        ])}
      />
      <div className="article-top">
      <header className="article-head">
        <p className="kicker page-line">The original report, as received</p>
        <h1 className="page-title">
          {story.meta.title}
          <DraftBadge status={story.meta.status} />
        </h1>
        <SourceLine story={story} />
        <SourceFingerprint story={story} />
        <p className="mt-3 font-interface text-caption text-muted page-line">
          Shown exactly as received, with the issues the <Link href={storyPath(story.slug)}>explainer</Link> finds in it beside the words they concern; the explainer says where its wording is unclear.
        </p>
        {only && (
          <p className="mt-3 font-interface text-ui page-line" role="status">
            Showing only <Link href={issuePath(story.slug, only.slug)}>{only.meta.title}</Link>. <Link href={articlePath(story.slug)}>Show all issues</Link>.
          </p>
        )}
      </header>
      <IssueFilter story={story} current={only?.slug} />
      </div>
      <AnchorProblems issues={only ? [only] : story.issues} />
      <AnnotatedArticle story={story} only={only?.slug} citedIn={citingPassages(story.body)} />
    </article>
  );
}
