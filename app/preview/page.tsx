import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DraftBadge } from "@/components/DraftBadge";
import { StatusLabel } from "@/components/IssueTable";
import { formatFinding, type Finding } from "@/lib/content";
import { articlePath, issuePath, paragraphPath, storyPath } from "@/lib/paths";
import { getPreviewContent } from "@/lib/site";
import { isPreview } from "@/lib/view";

export const metadata: Metadata = { title: "Content dashboard", robots: { index: false, follow: false } };

function Findings({ findings }: { findings: Finding[] }) {
  if (findings.length === 0) return <p className="text-sm text-ok">No problems.</p>;
  return (
    <ul className="text-sm">
      {findings.map((finding) => (
        <li key={formatFinding(finding)} className={finding.severity === "error" ? "text-danger" : finding.severity === "warning" ? "text-warn" : "text-muted"}>
          <strong>{{ error: "Error", warning: "Warning", skipped: "Not checked" }[finding.severity]}:</strong> <code>{formatFinding(finding)}</code>
        </li>
      ))}
    </ul>
  );
}

/** After `npm run story:update`: each citation or anchor that rests on an edited or removed paragraph, until decided. */
function PlacesToDecide({ findings }: { findings: Finding[] }) {
  if (findings.length === 0) return null;
  return (
    <section aria-label="Places to decide" className="mt-6 rounded-md border border-line p-3" data-places>
      <h2 className="font-interface text-ui font-semibold">
        {findings.length} {findings.length === 1 ? "place" : "places"} to decide after the report&rsquo;s update
      </h2>
      <p className="text-sm text-muted">Each rests on a paragraph the new version edited or removed. Check the words against the new wording, then delete its review.</p>
      <Findings findings={findings} />
    </section>
  );
}

/** Editors' overview: every story and issue, its status, where each anchor lands, and what is wrong. */
export default async function Dashboard() {
  if (!(await isPreview())) notFound();
  const { stories, findings } = getPreviewContent();
  const ofStory = (story: (typeof stories)[number]) => (finding: Finding) => finding.file === story.file || finding.file === story.sourceFile;
  const orphaned = findings.filter((finding) => !stories.some((story) => ofStory(story)(finding) || story.issues.some((issue) => issue.file === finding.file)));
  return (
    <>
      <h1>Content dashboard</h1>
      <p className="mt-2 text-sm">
        {findings.filter((f) => f.severity === "error").length} errors, {findings.filter((f) => f.severity === "warning").length} warnings. Errors in
        published content fail the build; problems in drafts are warnings. The same report: <code>npm run check</code>.
      </p>
      <PlacesToDecide findings={findings.filter((finding) => finding.message.startsWith("review:"))} />
      {orphaned.length > 0 && (
        <section aria-labelledby="unloaded" className="mt-6">
          <h2 id="unloaded" className="section-title">
            Content that could not be loaded
          </h2>
          <Findings findings={orphaned} />
        </section>
      )}
      {stories.map((story) => (
        <section key={story.slug} aria-labelledby={`story-${story.slug}`} className="mt-10" data-item={story.slug}>
          <h2 id={`story-${story.slug}`} className="section-title">
            <Link href={storyPath(story.slug)}>{story.meta.title}</Link>
            <DraftBadge status={story.meta.status} />
          </h2>
          <p className="text-sm">
            Status: <span data-status>{story.meta.status}</span> · <code>{story.file}</code> · <Link href={articlePath(story.slug)}>article</Link>
          </p>
          <p className="text-sm" data-coverage>
            {story.uncited.length === 0
              ? `Coverage: every paragraph of the report (${story.source.paragraphs.length}) is cited.`
              : `Coverage: cited nowhere: ${story.uncited.map((n) => `¶${n}`).join(", ")} (of ${story.source.paragraphs.length} paragraphs).`}
          </p>
          <Findings findings={findings.filter(ofStory(story))} />
          <table className="mt-4 w-full text-left text-sm">
            <caption className="sr-only">Issues of {story.meta.title}</caption>
            <thead>
              <tr>
                <th scope="col">Issue</th>
                <th scope="col">Status</th>
                <th scope="col">Where it stands</th>
                <th scope="col">Anchors: where each lands</th>
                <th scope="col">Problems</th>
              </tr>
            </thead>
            <tbody>
              {story.issues.map((issue) => (
                <tr key={issue.slug} data-item={`${story.slug}/${issue.slug}`} className="border-t border-line align-top">
                  <th scope="row" className="py-2 pr-2 font-normal">
                    <Link href={issuePath(story.slug, issue.slug)}>{issue.meta.title}</Link>
                  </th>
                  <td className="py-2 pr-2" data-status>
                    {issue.meta.status}
                  </td>
                  <td className="py-2 pr-2" data-standing>
                    {issue.meta.standing ? <StatusLabel status={issue.meta.standing.status} /> : <span className="text-warn">not given</span>}
                  </td>
                  <td className="py-2 pr-2">
                    <ol className="list-decimal pl-5">
                      {issue.anchors.map(({ quote, anchor }, index) => (
                        <li key={index}>
                          {anchor.status === "found" ? (
                            <Link href={paragraphPath(story.slug, anchor.paragraph)}>¶{anchor.paragraph}</Link>
                          ) : (
                            <strong className="text-danger">{anchor.status === "credit" ? "CREDIT LINE" : anchor.status.toUpperCase()}</strong>
                          )}{" "}
                          <q>{quote}</q>
                        </li>
                      ))}
                    </ol>
                  </td>
                  <td className="py-2">
                    <Findings findings={findings.filter((finding) => finding.file === issue.file)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </>
  );
}
