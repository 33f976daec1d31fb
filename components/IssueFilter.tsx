import Link from "next/link";
import type { Story } from "@/lib/content";
import { articlePath } from "@/lib/paths";
import { DraftBadge } from "./DraftBadge";

/** Plain links between the article's views: all issues, or one issue's cards and highlights alone. */
export function IssueFilter({ story, current }: { story: Story; current?: string }) {
  const views = [{ slug: undefined, title: "All issues", status: "published" as const }, ...story.issues.map((issue) => ({ slug: issue.slug, title: issue.meta.title, status: issue.meta.status }))];
  return (
    <nav aria-label="Show the article with" className="issue-filter">
      <ul>
        {views.map(({ slug, title, status }) => (
          <li key={slug ?? "all"}>
            <Link href={articlePath(story.slug, slug)} aria-current={slug === current ? "page" : undefined} prefetch={false}>
              {title}
              <DraftBadge status={status} />
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
