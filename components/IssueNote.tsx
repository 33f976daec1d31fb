import Link from "next/link";
import { Fragment } from "react";
import type { Issue } from "@/lib/content";
import { cardId, issuePath } from "@/lib/paths";
import { CitationLinks } from "./Citation";
import { DraftBadge } from "./DraftBadge";
import { Inlines } from "./StoryBody";

/** Twelve colours, reused beyond twelve issues; the number tells them apart anyway. */
export const slot = (number: number) => ((number - 1) % 12) + 1;

/** The issue's dot in its colour and its number: what ties a highlight to its note, in shape as well as colour. */
export function IssueNumber({ number }: { number: number }) {
  return (
    <>
      <span className="issue-dot" data-slot={slot(number)} aria-hidden="true" />
      <span className="issue-number">{number}</span>
    </>
  );
}

/** An issue as its notes name it: number, title linking to its page, and in preview a Draft badge. */
function IssueName({ issue, number }: { issue: Issue; number: number }) {
  return (
    <>
      <IssueNumber number={number} /> <Link href={issuePath(issue.storySlug, issue.slug)}>{issue.meta.title}</Link>
      <DraftBadge status={issue.meta.status} />
    </>
  );
}

/** An issue as it stands beside one paragraph: `firstAt` is the paragraph where its summary is shown. */
export type PlacedIssue = { issue: Issue; number: number; firstAt: number };

/** An issue's first note on the page (wide screens, in the margin): its number, name and summary. */
export function MarginNote({ placed: { issue, number }, paragraph }: { placed: PlacedIssue; paragraph: number }) {
  return (
    <div id={cardId(issue.slug, paragraph)} role="note" aria-label={`Issue ${number}: ${issue.meta.title}`} className="issue-note" data-issue={issue.slug} data-slot={slot(number)}>
      <p>
        <span className="issue-note-title">
          <IssueName issue={issue} number={number} />
        </span>{" "}
        <span className="issue-note-summary">
          <Inlines items={issue.summary.children} /> <CitationLinks cites={issue.summary.cites} />
        </span>
      </p>
    </div>
  );
}

/**
 * Issues already summarised earlier on the page, beside a later paragraph: one compact line of numbers and names,
 * so that the margin stays level with the text. Each name is its highlight's target.
 */
export function MarginRepeats({ repeats, paragraph }: { repeats: PlacedIssue[]; paragraph: number }) {
  if (repeats.length === 0) return null;
  return (
    <div role="note" aria-label={`Also about issues ${repeats.map(({ number }) => number).join(", ")}`} className="issue-note compact">
      {repeats.map(({ issue, number }, index) => (
        <Fragment key={issue.slug}>
          {index > 0 && <span aria-hidden="true"> · </span>}
          <span id={cardId(issue.slug, paragraph)} className="issue-note-item" data-issue={issue.slug} data-slot={slot(number)}>
            <IssueName issue={issue} number={number} />
          </span>
        </Fragment>
      ))}
    </div>
  );
}

/** An issue's first note on narrow screens, after its paragraph: a disclosure that opens to the summary, no script needed. */
export function InlineNote({ placed: { issue, number } }: { placed: PlacedIssue }) {
  return (
    <details className="issue-note-inline" data-issue={issue.slug} data-slot={slot(number)}>
      <summary>
        <IssueNumber number={number} /> <span className="issue-note-kicker">Issue</span> {issue.meta.title}
        <DraftBadge status={issue.meta.status} />
      </summary>
      <p>
        <Inlines items={issue.summary.children} /> <CitationLinks cites={issue.summary.cites} />
      </p>
      <p>
        <Link href={issuePath(issue.storySlug, issue.slug)}>More on {issue.meta.title}</Link>
      </p>
    </details>
  );
}

/** Issues summarised earlier on the page, after a later paragraph on narrow screens: one compact line. */
export function InlineRepeats({ repeats, paragraph }: { repeats: PlacedIssue[]; paragraph: number }) {
  if (repeats.length === 0) return null;
  return (
    <p className="issue-note-inline compact">
      <span className="issue-note-kicker">Also</span>
      {repeats.map(({ issue, number, firstAt }) => (
        <Fragment key={issue.slug}>
          {" "}
          <span className="issue-note-item" data-issue={issue.slug} data-slot={slot(number)}>
            <IssueName issue={issue} number={number} />{" "}
            <a href={`#${cardId(issue.slug, firstAt)}`} className="issue-note-back">
              <span className="sr-only">summary </span>at ¶{firstAt}
            </a>
          </span>
        </Fragment>
      ))}
      <span className="sr-only"> (beside paragraph {paragraph})</span>
    </p>
  );
}
