import Link from "next/link";
import { annotate } from "@/lib/annotate";
import { passageLink } from "@/lib/annotations";
import type { Issue, Story } from "@/lib/content";
import { plainText, type Block, type Document } from "@/lib/document";
import { shortTitle, typeset } from "@/lib/format";
import { articlePath, issuePath, paragraphPath, storyPath } from "@/lib/paths";
import { breadcrumbs } from "@/lib/structured-data";
import { AnchorProblems } from "./AnchorProblems";
import { DraftBadge } from "./DraftBadge";
import { slot } from "./IssueNote";
import { IssueStanding } from "./IssueTable";
import { JsonLd } from "./JsonLd";
import { Statement, StoryBody } from "./StoryBody";

/** Where an issue stands in its story: the explainer, and every issue, this one marked. */
function StoryPlace({ story, issue }: { story: Story; issue: Issue }) {
  return (
    <nav aria-labelledby="story-place" className="story-place sticky-aid">
      <h2 id="story-place">The {story.issues.length} issues of this explainer</h2>
      <ol>
        {story.issues.map((other, n) => (
          <li key={other.slug}>
            <Link href={issuePath(story.slug, other.slug)} aria-current={other === issue ? "page" : undefined}>
              <span className="issue-number" data-slot={slot(n + 1)}>
                {n + 1}
              </span>{" "}
              {typeset(other.meta.title)}
            </Link>
            <DraftBadge status={other.meta.status} />
          </li>
        ))}
      </ol>
      <p className="story-place-links">
        <Link href={storyPath(story.slug)}>The explainer</Link>
        <Link href={articlePath(story.slug, issue.slug)}>This issue in the original</Link>
      </p>
    </nav>
  );
}

const normalized = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * The body without a passage that repeats, word for word, a sentence of the dek just above it; a passage that is all
 * its paragraph holds stays, so that no section is left empty.
 */
function withoutRepeatsOf(dek: string, document: Document): Document {
  const sentences = new Set(normalized(dek).split(/(?<=[.!?])\s+/));
  const prune = (blocks: Block[]): Block[] =>
    blocks.map((block) => {
      if (block.type === "list") return { ...block, items: block.items.map(prune) };
      if (block.type === "note") return { ...block, children: prune(block.children) };
      if (block.type !== "paragraph" || block.passages.length < 2) return block;
      const kept = block.passages.filter((passage) => !sentences.has(normalized(plainText(passage.children))));
      return kept.length > 0 ? { ...block, passages: kept } : block;
    });
  return { blocks: prune(document.blocks) };
}

/** An issue in depth: summary, its row of the table, what each side said, every passage it rests on, and its neighbours. */
export function IssuePage({ story, issue }: { story: Story; issue: Issue }) {
  const index = story.issues.indexOf(issue);
  const [previous, next] = [story.issues[index - 1], story.issues[index + 1]];
  const passages = annotate(story, issue.slug).filter((paragraph) => paragraph.cards.length > 0);
  // Links that land on the issue's words in the original (a text fragment), or on the paragraph where unsupported.
  const wordsIn = (paragraph: number) => {
    const anchor = issue.anchors.map(({ anchor }) => anchor).find((found) => found.status === "found" && found.paragraph === paragraph);
    return anchor?.status === "found" ? passageLink(story, anchor) : paragraphPath(story.slug, paragraph);
  };
  return (
    <article className="reading issue-page">
      <JsonLd
        data={breadcrumbs([
          { name: "Stories", path: "/" },
          { name: story.meta.title, path: storyPath(story.slug) },
          { name: issue.meta.title, path: issuePath(story.slug, issue.slug) },
        ])}
      />
      <header className="reading-head">
        <p className="kicker kicker-story page-line">
          Issue {index + 1} of {story.issues.length} · <Link href={storyPath(story.slug)}>{typeset(shortTitle(story.meta.title))}</Link>
        </p>
        <h1 className="page-title">
          {typeset(issue.meta.title)}
          <DraftBadge status={issue.meta.status} />
        </h1>
        <p className="lede">
          <Statement story={story} passage={issue.summary} />
        </p>
        <AnchorProblems issues={[issue]} />
        <IssueStanding story={story} issue={issue} />
      </header>
      <div className="reading-margin">
        <StoryPlace story={story} issue={issue} />
      </div>
      <div className="reading-main">
        <div className="prose">
          <StoryBody story={story} document={withoutRepeatsOf(plainText(issue.summary.children), issue.body)} />
        </div>
        <section aria-labelledby="passages" className="mt-14">
          <h2 id="passages" className="section-title">
            The passages in the article
          </h2>
          <p className="mt-2 font-interface text-ui page-line">
            <Link href={articlePath(story.slug, issue.slug)}>See them marked in the full text</Link>
          </p>
          {passages.map(({ number, segments }) => (
            <blockquote key={number} className="passage" cite={paragraphPath(story.slug, number)} data-slot={slot(index + 1)}>
              <p>{segments.map((segment, i) => (segment.issues.length > 0 ? <mark key={i}>{segment.text}</mark> : segment.text))}</p>
              <footer>
                <a href={wordsIn(number)}>Paragraph {number} in context</a>
              </footer>
            </blockquote>
          ))}
        </section>
        <nav aria-label="Other issues" className="issue-neighbours">
          {previous ? (
            <Link href={issuePath(story.slug, previous.slug)} rel="prev">
              ← {typeset(previous.meta.title)}
              <DraftBadge status={previous.meta.status} />
            </Link>
          ) : (
            <span />
          )}
          {next && (
            <Link href={issuePath(story.slug, next.slug)} rel="next">
              {typeset(next.meta.title)} →
              <DraftBadge status={next.meta.status} />
            </Link>
          )}
        </nav>
      </div>
    </article>
  );
}
