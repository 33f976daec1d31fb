import Link from "next/link";
import type { Cell as CellValue, Story } from "@/lib/content";
import type { Passage } from "@/lib/document";
import { typeset } from "@/lib/format";
import { issuePath } from "@/lib/paths";
import type { StandingStatus } from "@/lib/schema";
import { inStatusOrder, ISSUE_TABLE_CAPTION, statusWords } from "@/lib/wording";
import { Citations } from "./Citation";
import { DraftBadge } from "./DraftBadge";
import { Statement } from "./StoryBody";

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
      </span>
      {/* A no-break space: the mark never parts from the status's first word. */}
      {"\u00a0"}
      {statusWords(status)}
    </span>
  );
}

function Side({ story, cell }: { story: Story; cell: CellValue }) {
  return cell === "not reported" ? <span className="text-muted">Not reported</span> : <Statement story={story} passage={cell} />;
}

/** Where an issue stands: the status in words, and the paragraphs it is read from. */
function Where({ story, status, where }: { story: Story; status: StandingStatus; where: Passage }) {
  return (
    <span id={where.id} className="cited-passage">
      <StatusLabel status={status} />
      <Citations story={story.slug} passages={[where]} texts={story.source.paragraphs} />
    </span>
  );
}

/**
 * Where each issue stands, one row per issue in the status order (agreed first, as the front page groups them): the
 * status first, then the issue, then a cell per side the story declares, every fact cited; from the issues'
 * frontmatter. Each row reads as two bands on a wide screen (status and issue across, then the sides side by side)
 * and as a card on a phone (status, issue, each side under its name).
 */
export function IssueTable({ story }: { story: Story }) {
  const rows = inStatusOrder(
    story.issues.flatMap((issue) => (issue.standing ? [{ issue, standing: issue.standing }] : [])),
    (row) => row.standing.status,
  );
  if (rows.length === 0 || story.sides.length === 0) return null;
  return (
    <div className="issue-table not-prose" role="region" aria-labelledby="issue-table-caption">
      <table>
        <caption id="issue-table-caption">{ISSUE_TABLE_CAPTION}</caption>
        <thead>
          <tr>
            <th scope="col">Where it stands</th>
            <th scope="col">Issue</th>
            {story.sides.map((side) => (
              <th key={side.key} scope="col">
                {side.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ issue, standing }) => (
            <tr key={issue.slug} data-issue={issue.slug} data-status={standing.status}>
              <td data-stands>
                <Where story={story} status={standing.status} where={standing.where} />
              </td>
              <th scope="row">
                <Link href={issuePath(story.slug, issue.slug)}>{typeset(issue.meta.title)}</Link>
                <DraftBadge status={issue.meta.status} />
              </th>
              {standing.cells.map(({ side, cell }) => (
                // The label heads the cell, since the header row is not shown: each row is two bands, or a card.
                <td key={side.key} data-side={side.key} data-label={side.label}>
                  <Side story={story} cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One issue's row of the table, on its own page: where it stands, then what each side of the story said. */
export function IssueStanding({ story, issue }: { story: Story; issue: Story["issues"][number] }) {
  if (!issue.standing || story.sides.length === 0) return null;
  return (
    <section aria-labelledby="at-a-glance" className="issue-standing not-prose">
      <h2 id="at-a-glance">At a glance</h2>
      <dl>
        <div>
          <dt>Where it stands</dt>
          <dd>
            <Where story={story} status={issue.standing.status} where={issue.standing.where} />
          </dd>
        </div>
        {issue.standing.cells.map(({ side, cell }) => (
          <div key={side.key} data-side={side.key}>
            <dt>{side.label}</dt>
            <dd>
              <Side story={story} cell={cell} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
