import { describeMiss } from "@/lib/anchor";
import type { Issue } from "@/lib/content";
import { ContentProblem } from "./ContentProblem";

/** The anchors of these issues that land nowhere: only drafts can have any, and only preview shows them. */
export function AnchorProblems({ issues }: { issues: Issue[] }) {
  const misses = issues.flatMap((issue) =>
    issue.anchors.flatMap(({ quote, anchor }, index) => (anchor.status === "found" ? [] : [{ issue, index, text: describeMiss(anchor, quote) }])),
  );
  if (misses.length === 0) return null;
  return (
    <ul className="anchor-problems">
      {misses.map(({ issue, index, text }) => (
        <li key={`${issue.slug}-${index}`}>
          <ContentProblem>
            {issue.file}: anchors[{index}]: {text}
          </ContentProblem>
        </li>
      ))}
    </ul>
  );
}
