import Link from "next/link";
import type { Story } from "@/lib/content";
import { issuePath, storyPath } from "@/lib/paths";
import { StatusLabel } from "./IssueTable";

/** The explainer's table in brief, for the home page: each issue and where it stands, linking to the full table. */
export function StandingBrief({ story }: { story: Story }) {
  const rows = story.issues.flatMap((issue) => (issue.standing ? [{ issue, status: issue.standing.status }] : []));
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="standing-brief" className="standing-brief">
      <h2 id="standing-brief">Where each issue stands</h2>
      <ul>
        {rows.map(({ issue, status }) => (
          <li key={issue.slug}>
            <Link href={issuePath(story.slug, issue.slug)}>{issue.meta.title}</Link>: <StatusLabel status={status} />
          </li>
        ))}
      </ul>
      <p>
        <Link href={`${storyPath(story.slug)}#where-each-issue-stands`}>The full table, with what each side said and where the article says it</Link>
      </p>
    </section>
  );
}
