import type { Story } from "@/lib/content";
import { formatDate } from "@/lib/format";
import { changesPath, paragraphPath } from "@/lib/paths";
import { Inlines } from "./StoryBody";

const latestFirst = (story: Story) => [...story.corrections].sort((a, b) => b.date.localeCompare(a.date));

/** One line near the top of a corrected or updated explainer, so no reader misses that it changed. */
export function CorrectionsNotice({ story }: { story: Story }) {
  const [latest] = latestFirst(story);
  const update = story.updates.at(-1);
  if (!latest && !update) return null;
  return (
    <p className="corrections-notice page-line">
      {update && (
        <>
          Updated <time dateTime={update.date}>{formatDate(update.date)}</time>: <a href="#updates">the report changed</a>.{" "}
        </>
      )}
      {latest && (
        <>
          Corrected <time dateTime={latest.date}>{formatDate(latest.date)}</time>. <a href="#corrections">What we changed, and why</a>
        </>
      )}
    </p>
  );
}

/** Each later version of the report the explainer took, newest first, in the editor's words, with what changed. */
export function UpdatesList({ story }: { story: Story }) {
  if (story.updates.length === 0) return null;
  return (
    <section aria-labelledby="updates" className="corrections site-note">
      <h2 id="updates">Updates</h2>
      <p className="site-note-label">In our own words</p>
      <ul>
        {[...story.updates].reverse().map((update) => (
          <li key={update.date + update.before.sha256}>
            <p>
              <strong>
                <time dateTime={update.date}>{formatDate(update.date)}</time>:
              </strong>{" "}
              <Inlines items={update.text} />
            </p>
          </li>
        ))}
      </ul>
      <p className="corrections-policy">
        <a href={changesPath(story.slug)}>What changed in the report, paragraph by paragraph</a>.
      </p>
    </section>
  );
}

/**
 * Every correction, newest first, as newsrooms publish them: when, what changed, which paragraphs it concerns. They
 * are the site's own words about its own text, and say so: only their quotations of the report are checked.
 */
export function CorrectionsList({ story }: { story: Story }) {
  const corrections = latestFirst(story);
  if (corrections.length === 0) return null;
  return (
    <section aria-labelledby="corrections" className="corrections site-note">
      <h2 id="corrections">Corrections</h2>
      <p className="site-note-label">In our own words</p>
      <ul>
        {corrections.map((correction, index) => (
          <li key={index}>
            <p>
              <strong>
                <time dateTime={correction.date}>{formatDate(correction.date)}</time>:
              </strong>{" "}
              <Inlines items={correction.text} />
            </p>
            {correction.paragraphs.length > 0 && (
              <p className="corrections-paragraphs">
                Paragraphs of the original concerned:{" "}
                {correction.paragraphs.map((n, i) => (
                  <span key={n}>
                    {i > 0 && ", "}
                    <a href={paragraphPath(story.slug, n)}>¶{n}</a>
                  </span>
                ))}
                .
              </p>
            )}
          </li>
        ))}
      </ul>
      <p className="corrections-policy">
        How we correct: <a href="/about#corrections">our corrections policy</a>.
      </p>
    </section>
  );
}
