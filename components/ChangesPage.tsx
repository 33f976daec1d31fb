import Link from "next/link";
import { Fragment } from "react";
import type { ReportVersion, Story, StoryUpdate } from "@/lib/content";
import { formatDate } from "@/lib/format";
import { articlePath, changesPath, sourceTextPath, storyPath, versionPath } from "@/lib/paths";
import { breadcrumbs } from "@/lib/structured-data";
import { wordDiff } from "@/lib/versions";
import { JsonLd } from "./JsonLd";
import { Inlines } from "./StoryBody";

/** Where a version of the report can be read as received: the current one at source.txt, earlier ones under versions/. */
const addressOf = (story: Story, version: ReportVersion) => (version.file === "source.txt" ? sourceTextPath(story.slug) : versionPath(story.slug, version.file));

function Version({ story, version, label }: { story: Story; version: ReportVersion; label: string }) {
  return (
    <>
      {label} received <time dateTime={version.received}>{formatDate(version.received)}</time>, SHA-256 <code>{version.sha256}</code> (<a href={addressOf(story, version)}>the text as received</a>)
    </>
  );
}

/** One paragraph's two versions as one text, with what went and what came marked. */
function Difference({ before, after }: { before: string; after: string }) {
  return (
    <p className="change-diff">
      {wordDiff(before, after).map(({ kind, text }, index) => (
        <Fragment key={index}>
          {index > 0 && " "}
          {kind === "same" ? (
            text
          ) : kind === "removed" ? (
            <del>
              <span className="sr-only">removed: </span>
              {text}
            </del>
          ) : (
            <ins>
              <span className="sr-only">added: </span>
              {text}
            </ins>
          )}
        </Fragment>
      ))}
    </p>
  );
}

function Update({ story, update, index }: { story: Story; update: StoryUpdate; index: number }) {
  const { fates, added } = update.match;
  const edited = fates.flatMap((fate, i) => (fate.status === "edited" ? [{ from: i + 1, to: fate.to }] : []));
  const moved = fates.flatMap((fate, i) => (fate.status === "moved" ? [{ from: i + 1, to: fate.to }] : []));
  const removed = fates.flatMap((fate, i) => (fate.status === "removed" ? [i + 1] : []));
  const unchanged = fates.filter((fate) => fate.status === "unchanged").length;
  const id = `update-${index + 1}`;
  return (
    <section aria-labelledby={id} className="change">
      <h2 id={id}>
        Updated <time dateTime={update.date}>{formatDate(update.date)}</time>
      </h2>
      {update.text.length > 0 && (
        <p className="site-note">
          <span className="site-note-label">In our own words</span> <Inlines items={update.text} />
        </p>
      )}
      <ul className="change-versions">
        <li>
          <Version story={story} version={update.before} label="The version replaced, " />
        </li>
        <li>
          <Version story={story} version={update.after} label="The version that replaced it, " />
        </li>
      </ul>
      <p>
        {unchanged} {unchanged === 1 ? "paragraph is" : "paragraphs are"} unchanged. {edited.length} edited, {added.length} added, {removed.length} removed, {moved.length} moved.
      </p>
      {edited.length > 0 && (
        <>
          <h3>Edited</h3>
          {edited.map(({ from, to }) => (
            <div key={from} className="change-item">
              <p className="change-label">{from === to ? `¶${from}` : `¶${from}, now ¶${to}`}</p>
              <Difference before={update.before.source.paragraphs[from - 1]} after={update.after.source.paragraphs[to - 1]} />
            </div>
          ))}
        </>
      )}
      {added.length > 0 && (
        <>
          <h3>Added</h3>
          {added.map((n) => (
            <div key={n} className="change-item">
              <p className="change-label">¶{n}</p>
              <p>
                <ins>
                  <span className="sr-only">added: </span>
                  {update.after.source.paragraphs[n - 1]}
                </ins>
              </p>
            </div>
          ))}
        </>
      )}
      {removed.length > 0 && (
        <>
          <h3>Removed</h3>
          {removed.map((n) => (
            <div key={n} className="change-item">
              <p className="change-label">¶{n} of the earlier version</p>
              <p>
                <del>
                  <span className="sr-only">removed: </span>
                  {update.before.source.paragraphs[n - 1]}
                </del>
              </p>
            </div>
          ))}
        </>
      )}
      {moved.length > 0 && (
        <>
          <h3>Moved, unchanged</h3>
          <p>{moved.map(({ from, to }) => `¶${from} is now ¶${to}`).join("; ")}.</p>
        </>
      )}
    </section>
  );
}

/** What changed in the report between its versions: every paragraph edited, added, removed or moved, differences marked. */
export function ChangesPage({ story }: { story: Story }) {
  return (
    <article className="changes-page reading-column">
      <JsonLd
        data={breadcrumbs([
          { name: "Stories", path: "/" },
          { name: story.meta.title, path: storyPath(story.slug) },
          { name: "What changed in the report", path: changesPath(story.slug) },
        ])}
      />
      <header>
        <p className="page-line text-sm">
          <Link href={storyPath(story.slug)}>{story.meta.title}</Link>
        </p>
        <h1>What changed in the report</h1>
        <p className="lede">
          {story.meta.source.publisher} sent a later version of its report. Each version is kept as received; the explainer cites the current one, <Link href={articlePath(story.slug)}>shown in full</Link>.
        </p>
      </header>
      {[...story.updates].reverse().map((update, index) => (
        <Update key={update.date + update.before.sha256} story={story} update={update} index={story.updates.length - 1 - index} />
      ))}
    </article>
  );
}
