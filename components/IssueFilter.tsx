import Link from "next/link";
import type { Story } from "@/lib/content";
import { articlePath } from "@/lib/paths";
import { DraftBadge } from "./DraftBadge";
import { slot } from "./IssueNote";

/** Plain links between the article's views: all issues, or one issue's cards and highlights alone. */
export function IssueFilter({ story, current }: { story: Story; current?: string }) {
  const views = [{ slug: undefined, title: "All issues", status: "published" as const, number: 0 }, ...story.issues.map((issue, index) => ({ slug: issue.slug, title: issue.meta.title, status: issue.meta.status, number: index + 1 }))];
  return (
    <nav aria-label="Show the article with" className="issue-filter">
      <ul>
        {views.map(({ slug, title, status, number }) => (
          <li key={slug ?? "all"}>
            <Link href={articlePath(story.slug, slug)} aria-current={slug === current ? "page" : undefined} prefetch={false}>
              {number > 0 && <span className="issue-dot" data-slot={slot(number)} aria-hidden="true" />}
              {title}
              <DraftBadge status={status} />
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
