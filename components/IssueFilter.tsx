import type { Story } from "@/lib/content";
import { typeset } from "@/lib/format";
import { ALL_ISSUES_VIEW, issueViewId } from "@/lib/paths";
import { DraftBadge } from "./DraftBadge";
import { IssueNumber } from "./IssueNote";

/**
 * Links between the article's views, all issues or one alone. Each link is its own target, so the view it names is
 * the page's :target state: no page load, no script (lib/issue-views.ts), and the targeted link is the current one.
 */
export function IssueFilter({ story }: { story: Story }) {
  const views = [{ id: ALL_ISSUES_VIEW, title: "All issues", status: "published" as const, number: 0 }, ...story.issues.map((issue, index) => ({ id: issueViewId(issue.slug), title: typeset(issue.meta.title), status: issue.meta.status, number: index + 1 }))];
  return (
    <nav aria-label="Show the article with" className="issue-filter">
      <ul>
        {views.map(({ id, title, status, number }) => (
          <li key={id}>
            <a id={id} href={`#${id}`}>
              {/* The number ties the view to the marks in the text; the name is the link's name. */}
              {number > 0 && (
                <span aria-hidden="true">
                  <IssueNumber number={number} />{" "}
                </span>
              )}
              {title}
              <DraftBadge status={status} />
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
