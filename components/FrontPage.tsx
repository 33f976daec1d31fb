import Link from "next/link";
import type { Story } from "@/lib/content";
import { formatDate, typeset } from "@/lib/format";
import { articlePath, issuePath, storyPath } from "@/lib/paths";
import { STATUS_ORDER } from "@/lib/wording";
import { DraftBadge } from "./DraftBadge";
import { StatusLabel } from "./IssueTable";
import { Statement } from "./StoryBody";
import { StoryDates } from "./StoryDates";

/** The dateline of a story in a list: when it was published, and when it last changed. */
function Dateline({ story }: { story: Story }) {
  return (
    <p className="meta-line page-line">
      <StoryDates story={story} />
      <span>
        Source: {story.meta.source.publisher}, <time dateTime={story.meta.source.date}>{formatDate(story.meta.source.date)}</time>
      </span>
    </p>
  );
}

/** Where the lead story's issues stand, grouped by status in the table's order, each status in words, symbol and colour. */
function AtAGlance({ story }: { story: Story }) {
  const rows = story.issues.flatMap((issue) => (issue.standing ? [{ issue, status: issue.standing.status }] : []));
  if (rows.length === 0) return null;
  const groups = STATUS_ORDER.map((status) => ({ status, issues: rows.filter((row) => row.status === status).map((row) => row.issue) })).filter((group) => group.issues.length > 0);
  return (
    <section aria-labelledby="standing-brief" className="front-section standing-brief">
      <h2 id="standing-brief">Where each issue stands</h2>
      <div className="status-groups">
        {groups.map(({ status, issues }) => (
          <div key={status} className="status-group">
            <h3>
              <StatusLabel status={status} /> <span className="text-muted">({issues.length})</span>
            </h3>
            <ul>
              {issues.map((issue) => (
                <li key={issue.slug}>
                  <Link href={issuePath(story.slug, issue.slug)}>{typeset(issue.meta.title)}</Link>
                  <DraftBadge status={issue.meta.status} />
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      <p className="front-more page-line">
        <Link href={`${storyPath(story.slug)}#where-each-issue-stands`}>The full table, with what each side said and where the article says it</Link>
      </p>
    </section>
  );
}

/** The front page: the lead story and its way in, where its issues stand at a glance, then every story once there are others. */
export function FrontPage({ stories }: { stories: Story[] }) {
  const [lead] = stories;
  return (
    <>
      <article aria-labelledby="lead-title" className="front-lead">
        <p className="kicker page-line">Lead story · Explainer</p>
        <h1 id="lead-title" className="page-title">
          <Link href={storyPath(lead.slug)}>{typeset(lead.meta.title)}</Link>
          <DraftBadge status={lead.meta.status} />
        </h1>
        <p className="lede">
          <Statement story={lead} passage={lead.lead} />
        </p>
        <Dateline story={lead} />
        <p className="page-links page-line">
          <Link href={storyPath(lead.slug)}>Read the explainer</Link>
          <Link href={articlePath(lead.slug)}>The original, with its {lead.issues.length} issues beside it</Link>
          <Link href={`${storyPath(lead.slug)}#issues`}>The issues at stake</Link>
        </p>
      </article>
      <AtAGlance story={lead} />
      {/* With one story the list would only repeat the lead. */}
      {stories.length > 1 && (
        <section aria-labelledby="all-stories" className="front-section">
          <h2 id="all-stories">All stories</h2>
          <ul className="story-list">
            {stories.map((story) => (
              <li key={story.slug}>
                <h3>
                  <Link href={storyPath(story.slug)}>{typeset(story.meta.title)}</Link>
                  <DraftBadge status={story.meta.status} />
                </h3>
                <Dateline story={story} />
                <p>
                  {story.issues.length} {story.issues.length === 1 ? "issue" : "issues"}
                  {story.updates.length > 0 ? ` · the report updated ${story.updates.length === 1 ? "once" : `${story.updates.length} times`}` : ""}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
