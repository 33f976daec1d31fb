import Link from "next/link";
import { annotate } from "@/lib/annotate";
import { passageLink } from "@/lib/annotations";
import type { Issue, Story } from "@/lib/content";
import { articlePath, issuePath, paragraphPath, storyPath } from "@/lib/paths";
import { AnchorProblems } from "./AnchorProblems";
import { DraftBadge } from "./DraftBadge";
import { breadcrumbs } from "@/lib/structured-data";
import { JsonLd } from "./JsonLd";
import { IssueStanding } from "./IssueTable";
import { Statement, StoryBody } from "./StoryBody";

/** An issue in depth: summary, explainer, every passage of the article it rests on, and its neighbours. */
export function IssuePage({ story, issue }: { story: Story; issue: Issue }) {
  const index = story.issues.indexOf(issue);
  const [previous, next] = [story.issues[index - 1], story.issues[index + 1]];
  const passages = annotate(story, issue.slug).filter((paragraph) => paragraph.cards.length > 0);
  // Links that land on the issue's words in the original (a text fragment), or on the paragraph where unsupported.
  const wordsIn = (paragraph: number) => {
    const anchor = issue.anchors.map(({ anchor }) => anchor).find((found) => found.status === "found" && found.paragraph === paragraph);
    return anchor?.status === "found" ? passageLink(story, anchor) : paragraphPath(story.slug, paragraph);
  };
  return (
    <article className="max-w-3xl">
      <JsonLd
        data={breadcrumbs([
          { name: "Stories", path: "/" },
          { name: story.meta.title, path: storyPath(story.slug) },
          { name: issue.meta.title, path: issuePath(story.slug, issue.slug) },
        ])}
      />
      <header>
        <p className="text-sm page-line">
          <Link href={storyPath(story.slug)}>{story.meta.title}</Link>
        </p>
        <h1 className="mt-2">
          {issue.meta.title}
          <DraftBadge status={issue.meta.status} />
        </h1>
        <p className="lede">
          <Statement story={story} passage={issue.summary} />
        </p>
        <AnchorProblems issues={[issue]} />
      </header>
      <IssueStanding story={story} issue={issue} />
      <div className="prose mt-8 prose-headings:font-serif">
        <StoryBody story={story} document={issue.body} />
      </div>
      <section aria-labelledby="passages" className="mt-12">
        <h2 id="passages" className="font-serif text-2xl font-bold">
          The passages in the article
        </h2>
        <p className="mt-2 text-sm page-line">
          <Link href={articlePath(story.slug, issue.slug)}>See them highlighted in the full text</Link>
        </p>
        {passages.map(({ number, segments }) => (
          <blockquote key={number} className="passage" cite={paragraphPath(story.slug, number)}>
            <p>{segments.map((segment, i) => (segment.issues.length > 0 ? <mark key={i}>{segment.text}</mark> : segment.text))}</p>
            <footer className="mt-1 font-sans text-sm">
              <a href={wordsIn(number)}>Paragraph {number} in context</a>
            </footer>
          </blockquote>
        ))}
      </section>
      <nav aria-label="Other issues" className="mt-12 flex justify-between gap-4 border-t border-line pt-4 text-sm">
        {previous ? (
          <Link href={issuePath(story.slug, previous.slug)} rel="prev">
            ← {previous.meta.title}
            <DraftBadge status={previous.meta.status} />
          </Link>
        ) : (
          <span />
        )}
        {next && (
          <Link href={issuePath(story.slug, next.slug)} rel="next">
            {next.meta.title} →
            <DraftBadge status={next.meta.status} />
          </Link>
        )}
      </nav>
    </article>
  );
}
