import { Fragment } from "react";
import "./annotated-article.css";
import { annotate } from "@/lib/annotate";
import type { Story } from "@/lib/content";
import type { Citing } from "@/lib/document";
import { cardId, paragraphId, storyPath } from "@/lib/paths";
import { InlineNote, InlineRepeats, MarginNote, MarginRepeats, slot, type PlacedIssue } from "./IssueNote";

const issueLabelId = (issue: string) => `issue-label-${issue}`;

/**
 * The original text as one column, with each issue's notes beside the paragraphs they concern. On wide screens the
 * notes float into the margin (after Tufte CSS): they stack downward and never push the text apart. On narrow ones
 * they follow their paragraph. Each highlight ends with its issue's number and links to its note.
 */
export function AnnotatedArticle({ story, citedIn }: { story: Story; citedIn: Map<number, Citing[]> }) {
  const issues = new Map(story.issues.map((issue, index) => [issue.slug, { issue, number: index + 1 }]));
  const paragraphs = annotate(story);
  const firstAt = new Map<string, number>();
  for (const { number, notes } of paragraphs) for (const note of notes) if (note.first) firstAt.set(note.issue, number);
  return (
    <div className="annotated-article">
      {/* What screen readers hear a highlight belongs to; hidden, and so never part of a copied paragraph. */}
      {story.issues.map((issue, index) => (
        <span key={issue.slug} id={issueLabelId(issue.slug)} hidden>
          {`Issue ${index + 1}: ${issue.meta.title}`}
        </span>
      ))}
      {paragraphs.map(({ number, segments, notes }) => {
        const place = (first: boolean): PlacedIssue[] =>
          notes.flatMap((note) => {
            const found = issues.get(note.issue);
            return found && note.first === first ? [{ ...found, firstAt: firstAt.get(note.issue) ?? number }] : [];
          });
        const [firsts, repeats] = [place(true), place(false)];
        return (
          <div key={number} className="article-block">
            <MarginRepeats repeats={repeats} paragraph={number} />
            {firsts.map((placed) => (
              <MarginNote key={placed.issue.slug} placed={placed} paragraph={number} />
            ))}
            <p id={paragraphId(number)} className="article-paragraph">
              {/* The number is drawn by CSS: copying the paragraph gives the report's words and nothing else. */}
              <a href={`#${paragraphId(number)}`} className="paragraph-number" data-n={number} aria-label={`Paragraph ${number}`} />
              {segments.map((segment, index) =>
                segment.issues.length === 0 ? (
                  <Fragment key={index}>{segment.text}</Fragment>
                ) : (
                  <a
                    key={index}
                    href={`#${cardId(segment.issues[0], number)}`}
                    className="anchor-link"
                    data-issues={segment.issues.join(" ")}
                    data-slot={slot(issues.get(segment.issues[0])?.number ?? 1)}
                    data-slots={segment.issues.map((slug) => slot(issues.get(slug)?.number ?? 1)).join(" ")}
                    data-ends={segment.ends.length > 0 ? segment.ends.map((slug) => issues.get(slug)?.number ?? 0).join(" ") : undefined}
                    aria-describedby={segment.issues.map(issueLabelId).join(" ")}
                  >
                    <mark>{segment.text}</mark>
                  </a>
                ),
              )}
            </p>
            <CitedIn story={story.slug} paragraph={number} citing={citedIn.get(number) ?? []} />
            {firsts.map((placed) => (
              <InlineNote key={placed.issue.slug} placed={placed} />
            ))}
            <InlineRepeats repeats={repeats} paragraph={number} />
          </div>
        );
      })}
      {story.source.credit && (
        <p id="credit" className="article-credit">
          {story.source.credit}
        </p>
      )}
    </div>
  );
}

/**
 * Where the explainer cites this paragraph: one quiet link to the first passage that does, with how many do, so a
 * reader of the original can go back to the explainer without a line of links after every paragraph.
 */
function CitedIn({ story, paragraph, citing }: { story: string; paragraph: number; citing: Citing[] }) {
  const [first] = citing;
  if (!first) return null;
  const count = citing.reduce((n, { ids }) => n + ids.length, 0);
  const name = `In the explainer: ${count === 1 ? "one passage cites" : `${count} passages cite`} paragraph ${paragraph}; ${count === 1 ? "it" : "the first"} is in ${first.section}`;
  return (
    <p className="cited-in" data-cited-in>
      <a href={`${storyPath(story)}#${first.ids[0]}`} aria-label={name}>
        In the explainer{count > 1 && <span className="cited-in-count"> ({count})</span>}
      </a>
    </p>
  );
}
