import Link from "next/link";
import type { Issue } from "@/lib/content";
import { typeset } from "@/lib/format";
import { cardId, issuePath } from "@/lib/paths";
import { CitationLinks } from "./Citation";
import { DraftBadge } from "./DraftBadge";
import { Inlines } from "./StoryBody";

/** Twelve colours, reused beyond twelve issues; the number tells them apart anyway. */
export const slot = (number: number) => ((number - 1) % 12) + 1;

/** The issue's number, underlined in its colour: what ties a highlight to its note, by number as well as colour. */
export function IssueNumber({ number, label = "" }: { number: number; label?: string }) {
  return (
    <span className="issue-number" data-slot={slot(number)}>
      {label}
      {number}
    </span>
  );
}

/** An issue as its first note names it: number, title linking to its page, and in preview a Draft badge. */
function IssueName({ issue, number }: { issue: Issue; number: number }) {
  return (
    <>
      <IssueNumber number={number} /> <Link href={issuePath(issue.storySlug, issue.slug)}>{typeset(issue.meta.title)}</Link>
      <DraftBadge status={issue.meta.status} />
    </>
  );
}

/** An issue named by its number alone, for readers who have met its summary: its name is there for screen readers and on hover. */
function NumberOnly({ issue, number, href, after = "" }: { issue: Issue; number: number; href: string; after?: string }) {
  return (
    <>
      <a href={href} className="issue-number" data-slot={slot(number)} aria-label={`Issue ${number}: ${issue.meta.title}${after}`} title={`Issue ${number}: ${issue.meta.title}`}>
        {number}
      </a>
      <DraftBadge status={issue.meta.status} />
    </>
  );
}

/** An issue as it stands beside one paragraph: `firstAt` is the paragraph where its summary is shown. */
export type PlacedIssue = { issue: Issue; number: number; firstAt: number };

const numbers = (repeats: PlacedIssue[]) => {
  const all = repeats.map(({ number }) => String(number));
  return all.length === 1 ? `issue ${all[0]}` : `issues ${all.slice(0, -1).join(", ")} and ${all.at(-1)}`;
};

/** An issue's first note on the page (wide screens, in the margin): its number, name and summary. */
export function MarginNote({ placed: { issue, number }, paragraph }: { placed: PlacedIssue; paragraph: number }) {
  return (
    <div id={cardId(issue.slug, paragraph)} role="note" aria-label={`Issue ${number}: ${issue.meta.title}`} className="issue-note" data-issue={issue.slug} data-slot={slot(number)}>
      <p>
        <span className="issue-note-title">
          <IssueName issue={issue} number={number} />
        </span>{" "}
        <span className="issue-note-summary">
          <Inlines items={issue.summary.children} />
          <CitationLinks cites={issue.summary.cites} />
        </span>
      </p>
    </div>
  );
}

/**
 * Issues already summarised higher up, beside a later paragraph: their numbers alone, in a row that wraps, so that
 * the margin stays level with the text and nothing is cut short. Each number is its highlight's target and links to
 * the issue's page.
 */
export function MarginRepeats({ repeats, paragraph }: { repeats: PlacedIssue[]; paragraph: number }) {
  if (repeats.length === 0) return null;
  return (
    <div role="note" aria-label={`Also about ${numbers(repeats)}`} className="issue-note compact">
      {repeats.map(({ issue, number }) => (
        <span key={issue.slug} id={cardId(issue.slug, paragraph)} className="issue-note-item" data-issue={issue.slug} data-slot={slot(number)}>
          <NumberOnly issue={issue} number={number} href={issuePath(issue.storySlug, issue.slug)} />
        </span>
      ))}
    </div>
  );
}

/** An issue's first note on narrow screens, after its paragraph: one quiet line that opens to the summary, no script needed. */
export function InlineNote({ placed: { issue, number } }: { placed: PlacedIssue }) {
  return (
    <details className="issue-note-inline" data-issue={issue.slug} data-slot={slot(number)}>
      <summary>
        <IssueNumber number={number} label="Issue " /> · {typeset(issue.meta.title)}
        <DraftBadge status={issue.meta.status} />
      </summary>
      <p>
        <Inlines items={issue.summary.children} />
        <CitationLinks cites={issue.summary.cites} />
      </p>
      <p>
        <Link href={issuePath(issue.storySlug, issue.slug)}>More on {typeset(issue.meta.title)}</Link>
      </p>
    </details>
  );
}

/** Issues summarised earlier on the page, after a later paragraph on narrow screens: their numbers, each back to its summary. */
export function InlineRepeats({ repeats, paragraph }: { repeats: PlacedIssue[]; paragraph: number }) {
  if (repeats.length === 0) return null;
  return (
    <p className="issue-note-inline compact">
      <span className="issue-note-kicker">Also</span>
      {repeats.map(({ issue, number, firstAt }) => (
        <span key={issue.slug} className="issue-note-item" data-issue={issue.slug} data-slot={slot(number)}>
          <NumberOnly issue={issue} number={number} href={`#${cardId(issue.slug, firstAt)}`} after={`, its summary at paragraph ${firstAt}`} />
        </span>
      ))}
      <span className="sr-only"> (beside paragraph {paragraph})</span>
    </p>
  );
}
