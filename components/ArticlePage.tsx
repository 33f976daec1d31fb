import Link from "next/link";
import type { Story } from "@/lib/content";
import { citingPassages } from "@/lib/document";
import { formatDate, typeset } from "@/lib/format";
import { issueViewStyles } from "@/lib/issue-views";
import { ALL_ISSUES_VIEW, articlePath, changesPath, issuePath, sourceTextPath, storyPath } from "@/lib/paths";
import { breadcrumbs } from "@/lib/structured-data";
import { AnchorProblems } from "./AnchorProblems";
import { JsonLd } from "./JsonLd";
import { AnnotatedArticle } from "./AnnotatedArticle";
import { DraftBadge } from "./DraftBadge";
import { IssueFilter } from "./IssueFilter";
import { slot } from "./IssueNote";
import { SourceFingerprint } from "./SourceFingerprint";

/**
 * The original report, whole, with every issue beside its paragraphs, or one alone (`#only-<issue>`, lib/issue-views.ts).
 * Its heading is the page's own ("The report in full", under the agency and date): the explainer's headline above the
 * report's words would read as the agency's.
 */
export function ArticlePage({ story }: { story: Story }) {
  const { publisher, date, headline, received } = story.meta.source;
  const updates = story.updates.length;
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
          <p className="kicker page-line">
            {publisher} · <time dateTime={date}>{formatDate(date)}</time>
          </p>
          <h1 className="page-title">
            The report in full
            <DraftBadge status={story.meta.status} />
          </h1>
          <p className="meta-line page-line">
            {headline && (
              <span>
                Headline: <cite>{headline}</cite>
              </span>
            )}
            <span>
              {updates === 0 ? "Received" : `Version ${updates + 1}, received`} <time dateTime={received}>{formatDate(received)}</time>
            </span>
            <span>{story.source.paragraphs.length} paragraphs</span>
            {updates > 0 && (
              <span>
                <Link href={changesPath(story.slug)}>What changed</Link>
              </span>
            )}
          </p>
          <p className="article-intro page-line">
            Shown exactly as received, with the issues the <Link href={storyPath(story.slug)}>explainer</Link> finds in it beside the words they concern; the explainer says where its wording is unclear.
          </p>
          {story.issues.map((issue) => (
            <p key={issue.slug} className="article-only page-line" data-view={issue.slug} role="status">
              Showing only <Link href={issuePath(story.slug, issue.slug)}>{typeset(issue.meta.title)}</Link>. <a href={`#${ALL_ISSUES_VIEW}`}>Show all issues</a>.
            </p>
          ))}
        </header>
        <IssueFilter story={story} />
      </div>
      {/* React puts this in the head; it is the story's own, as its issues are. */}
      <style href={`issue-views-${story.slug}`} precedence="default">
        {issueViewStyles(story.issues.map((issue, index) => ({ slug: issue.slug, number: index + 1, slot: slot(index + 1) })))}
      </style>
      <AnchorProblems issues={story.issues} />
      <AnnotatedArticle story={story} citedIn={citingPassages(story.body)} />
      {/* The fingerprint is for checking, not reading: it waits at the foot, whole, in its own disclosure. */}
      <details className="verify-text">
        <summary>Verify this text</summary>
        <SourceFingerprint story={story} />
        <p className="page-line">
          Anyone can check a copy against it: <a href={sourceTextPath(story.slug)}>the text as received</a>, as plain text, has this SHA-256.
        </p>
      </details>
    </article>
  );
}
