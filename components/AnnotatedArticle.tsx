import type { Story } from "@/lib/content";
import { annotate } from "@/lib/annotate";
import { cardId } from "@/lib/paths";
import { IssueCard } from "./IssueCard";

/**
 * The original text, one grid row per paragraph: the paragraph in the text column, its issue cards in
 * the margin column level with it. A row is as tall as its taller side, so nothing can overlap.
 */
export function AnnotatedArticle({ story, only }: { story: Story; only?: string }) {
  const issues = new Map(story.issues.map((issue) => [issue.slug, issue]));
  // After an issue's first card, its later cards clamp the summary on wide screens to keep rows short.
  const shown = new Set<string>();
  return (
    <div className="annotated-article">
      {annotate(story, only).map(({ number, segments, cards }) => (
        <div key={number} className="article-row">
          <p id={`p-${number}`} className="article-paragraph">
            <a href={`#p-${number}`} className="paragraph-number">
              <span aria-hidden="true">¶</span>
              <span className="sr-only">Paragraph </span>
              {number}
            </a>{" "}
            {segments.map((segment, index) =>
              segment.issues.length === 0 ? (
                segment.text
              ) : (
                <a key={index} href={`#${cardId(segment.issues[0], number)}`} className="anchor-link" data-issues={segment.issues.join(" ")}>
                  <mark>{segment.text}</mark>
                </a>
              ),
            )}
          </p>
          {cards.length > 0 && (
            <div className="article-cards">
              {cards.map((slug) => {
                const issue = issues.get(slug);
                const repeat = shown.has(slug);
                shown.add(slug);
                return issue ? <IssueCard key={slug} issue={issue} paragraph={number} repeat={repeat} /> : null;
              })}
            </div>
          )}
        </div>
      ))}
      {story.source.credit && <p id="credit" className="article-credit">{story.source.credit}</p>}
    </div>
  );
}
