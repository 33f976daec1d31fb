import Link from "next/link";
import type { Story } from "@/lib/content";
import { typeset } from "@/lib/format";
import { issuePath } from "@/lib/paths";
import { DraftBadge } from "./DraftBadge";
import { Statement } from "./StoryBody";

/** Every issue of a story, each with its summary; its title links to its page, which leads on to its passages. */
export function IssueList({ story }: { story: Story }) {
  return (
    <ul className="issue-list">
      {story.issues.map((issue) => (
        <li key={issue.slug}>
          <h3>
            <Link href={issuePath(story.slug, issue.slug)}>{typeset(issue.meta.title)}</Link>
            <DraftBadge status={issue.meta.status} />
          </h3>
          <p>
            <Statement story={story} passage={issue.summary} />
          </p>
        </li>
      ))}
    </ul>
  );
}
