import Link from "next/link";
import type { ReactNode } from "react";
import type { Story } from "@/lib/content";
import { parseCitation } from "@/lib/document";
import { issuePath } from "@/lib/paths";
import { STANDING, type Standing, type StandingStatus } from "@/lib/schema";
import { Citations } from "./Citation";
import { DraftBadge } from "./DraftBadge";

/** A mark for each status, so it never rests on colour alone; the words always follow it. */
const MARK: Record<StandingStatus, string> = {
  agreed: "✓",
  "agreed-by-one-account": "(✓)",
  "no-agreement": "✕",
  "no-sign-of-movement": "=",
  "not-reported": "?",
};

export function StatusLabel({ status }: { status: StandingStatus }) {
  return (
    <span className="standing-status" data-status={status}>
      <span aria-hidden="true" className="standing-mark">
        {MARK[status]}
      </span>{" "}
      {STANDING[status]}
    </span>
  );
}

/** One cited cell: its words, and citations that open their paragraphs in place. */
function Cell({ story, id, text, cite }: { story: Story; id: string; text: ReactNode; cite: string }) {
  return (
    <span id={id} className="cited-passage">
      {text} <Citations story={story.slug} passageId={id} paragraphs={parseCitation(cite) ?? []} texts={story.source.paragraphs} />
    </span>
  );
}

function Side({ story, id, cell }: { story: Story; id: string; cell: Standing["us"] }) {
  return cell === "not reported" ? <span className="text-muted">Not reported</span> : <Cell story={story} id={id} text={cell.text} cite={cell.cite} />;
}

/**
 * Where each issue stands after the talks, one row per issue, every fact cited; from the issues' frontmatter.
 * On a phone it scrolls inside its own labelled region, so the page itself never scrolls sideways.
 */
export function IssueTable({ story }: { story: Story }) {
  const rows = story.issues.flatMap((issue) => (issue.meta.standing ? [{ issue, standing: issue.meta.standing }] : []));
  if (rows.length === 0) return null;
  return (
    <div className="issue-table not-prose" role="region" aria-labelledby="issue-table-caption" tabIndex={0}>
      <table>
        <caption id="issue-table-caption">Where each issue stands after the talks, as the article reports it</caption>
        <thead>
          <tr>
            <th scope="col">Issue</th>
            <th scope="col">What the U.S. side sought or said</th>
            <th scope="col">What the Chinese side said</th>
            <th scope="col">Where it stands</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ issue, standing }) => (
            <tr key={issue.slug} data-issue={issue.slug}>
              <th scope="row">
                <Link href={issuePath(story.slug, issue.slug)}>{issue.meta.title}</Link>
                <DraftBadge status={issue.meta.status} />
              </th>
              <td>
                <Side story={story} id={`standing-${issue.slug}-us`} cell={standing.us} />
              </td>
              <td>
                <Side story={story} id={`standing-${issue.slug}-china`} cell={standing.china} />
              </td>
              <td>
                <Cell story={story} id={`standing-${issue.slug}-status`} text={<StatusLabel status={standing.status} />} cite={standing.cite} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
