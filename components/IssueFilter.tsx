import Link from "next/link";
import type { Story } from "@/lib/content";
import { typeset } from "@/lib/format";
import { articlePath } from "@/lib/paths";
import { DraftBadge } from "./DraftBadge";
import { IssueNumber } from "./IssueNote";

/** Plain links between the article's views: all issues, or one issue's cards and highlights alone. */
export function IssueFilter({ story, current }: { story: Story; current?: string }) {
  const views = [{ slug: undefined, title: "All issues", status: "published" as const, number: 0 }, ...story.issues.map((issue, index) => ({ slug: issue.slug, title: typeset(issue.meta.title), status: issue.meta.status, number: index + 1 }))];
  return (
    <nav aria-label="Show the article with" className="issue-filter">
      <ul>
        {views.map(({ slug, title, status, number }) => (
          <li key={slug ?? "all"}>
            <Link href={articlePath(story.slug, slug)} aria-current={slug === current ? "page" : undefined} prefetch={false}>
              {/* The number ties the view to the marks in the text; the name is the link's name. */}
              {number > 0 && (
                <span aria-hidden="true">
                  <IssueNumber number={number} />{" "}
                </span>
              )}
              {title}
              <DraftBadge status={status} />
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
