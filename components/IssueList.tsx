import Link from "next/link";
import type { Story } from "@/lib/content";
import { articlePath, issuePath } from "@/lib/paths";
import { DraftBadge } from "./DraftBadge";
import { Statement } from "./StoryBody";

/** Every issue of a story, each with its summary and a link to its page and to its passages. */
export function IssueList({ story }: { story: Story }) {
  return (
    <ul className="issue-list">
      {story.issues.map((issue) => (
        <li key={issue.slug}>
          <h3>
            <Link href={issuePath(story.slug, issue.slug)}>{issue.meta.title}</Link>
            <DraftBadge status={issue.meta.status} />
          </h3>
          <p>
            <Statement story={story} passage={issue.summary} />
          </p>
          <p className="issue-list-more page-line">
            <Link href={articlePath(story.slug, issue.slug)}>Its passages in the article</Link>
          </p>
        </li>
      ))}
    </ul>
  );
}
