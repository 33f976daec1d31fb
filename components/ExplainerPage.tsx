import Link from "next/link";
import type { Story } from "@/lib/content";
import { countWords, plainText, sections, wordCount } from "@/lib/document";
import { formatDate, readingMinutes, typeset } from "@/lib/format";
import { articlePath, storyPath } from "@/lib/paths";
import { breadcrumbs, newsArticle } from "@/lib/structured-data";
import { CorrectionsList, CorrectionsNotice, UpdatesList } from "./Corrections";
import { DraftBadge } from "./DraftBadge";
import { IssueList } from "./IssueList";
import { JsonLd } from "./JsonLd";
import { Statement, StoryBody } from "./StoryBody";
import { StoryDates } from "./StoryDates";
import { TableOfContents } from "./TableOfContents";

/** The explainer: a newsroom's opening (kicker, headline, dek, dateline), its contents in the margin, then the text. */
export function ExplainerPage({ story }: { story: Story }) {
  const minutes = readingMinutes(wordCount(story.body) + story.issues.reduce((n, issue) => n + countWords(plainText(issue.summary.children)), 0));
  const contents = [
    ...sections(story.body),
    { id: "issues", title: "The issues at stake" },
    ...(story.updates.length > 0 ? [{ id: "updates", title: "Updates" }] : []),
    ...(story.corrections.length > 0 ? [{ id: "corrections", title: "Corrections" }] : []),
  ];
  const { publisher, date } = story.meta.source;
  return (
    <article className="reading explainer">
      <JsonLd data={[newsArticle(story), breadcrumbs([{ name: "Stories", path: "/" }, { name: story.meta.title, path: storyPath(story.slug) }])]} />
      <header className="reading-head">
        <p className="kicker page-line">Explainer</p>
        <h1 className="page-title">
          {typeset(story.meta.title)}
          <DraftBadge status={story.meta.status} />
        </h1>
        <p className="lede">
          <Statement story={story} passage={story.lead} />
        </p>
        <p className="meta-line page-line">
          <StoryDates story={story} />
          <span>{minutes} min read</span>
        </p>
        <p className="source-line page-line">
          Source: {publisher}, <time dateTime={date}>{formatDate(date)}</time>
        </p>
        <CorrectionsNotice story={story} />
        <p className="page-links page-line">
          <Link href={articlePath(story.slug)}>The original, with the issues beside it</Link>
        </p>
      </header>
      <div className="reading-margin">
        <TableOfContents sections={contents} />
      </div>
      <div className="reading-main">
        <div className="prose">
          <StoryBody story={story} document={story.body} />
        </div>
        <section aria-labelledby="issues" className="mt-14">
          <h2 id="issues" className="section-title">
            The issues at stake
          </h2>
          <IssueList story={story} />
        </section>
        <UpdatesList story={story} />
        <CorrectionsList story={story} />
      </div>
    </article>
  );
}
