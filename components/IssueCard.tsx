import Link from "next/link";
import type { Issue } from "@/lib/content";
import { DraftBadge } from "./DraftBadge";
import { cardId, issuePath } from "@/lib/paths";

/**
 * An issue's summary beside a paragraph. Wide screens show it in the margin; narrow ones fold it
 * into a <details> after the paragraph, which keyboards and screen readers open without JavaScript.
 */
export function IssueCard({ issue, paragraph, repeat = false }: { issue: Issue; paragraph: number; repeat?: boolean }) {
  const href = issuePath(issue.storySlug, issue.slug);
  return (
    <aside id={cardId(issue.slug, paragraph)} aria-label={`Issue: ${issue.meta.title}`} className="issue-card" data-issue={issue.slug}>
      <div className="max-lg:hidden">
        <h2 className="issue-card-title">
          <Link href={href}>{issue.meta.title}</Link>
          <DraftBadge status={issue.meta.status} />
        </h2>
        <p className={repeat ? "line-clamp-2" : undefined}>{issue.meta.summary}</p>
      </div>
      <details className="lg:hidden">
        <summary>
          <span className="issue-card-kicker">Issue</span> {issue.meta.title}
          <DraftBadge status={issue.meta.status} />
        </summary>
        <p>{issue.meta.summary}</p>
        <p>
          <Link href={href}>More on {issue.meta.title}</Link>
        </p>
      </details>
    </aside>
  );
}
