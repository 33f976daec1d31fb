import type { ReactNode } from "react";
import type { Story } from "@/lib/content";
import type { Block, Document, Inline, Passage } from "@/lib/document";
import { ContentProblem } from "./ContentProblem";
import { IssueTable } from "./IssueTable";
import { Timeline } from "./Timeline";
import { Citations } from "./Citation";
import { SiteLink } from "./SiteLink";
import type { Span } from "@/lib/grounding";
import { typeset } from "@/lib/format";

/** A worked-out date as HTML's datetime: the day, the month or the year it names. */
const dateTimeOf = ({ from, to }: Span) => (from === to ? from : from.slice(0, 4) === to.slice(0, 4) && from.slice(5) === "01-01" && to.slice(5) === "12-31" ? from.slice(0, 4) : from.slice(0, 7));

/**
 * An editor's body as the content engine resolved it. Nothing here re-reads the content: quotes were placed
 * and citations checked at load, and a node type this file does not know is refused rather than rendered.
 */

export function StoryBody({ story, document }: { story: Story; document: Document }) {
  return <Blocks story={story} blocks={document.blocks} />;
}

function Blocks({ story, blocks, tight = false }: { story: Story; blocks: Block[]; tight?: boolean }) {
  return blocks.map((block, index) => <BlockView key={index} story={story} block={block} tight={tight} />);
}

function BlockView({ story, block, tight }: { story: Story; block: Block; tight: boolean }): ReactNode {
  switch (block.type) {
    case "heading": {
      const Heading = `h${block.depth}` as const;
      return (
        <Heading id={block.id}>
          <Inlines items={block.children} />
        </Heading>
      );
    }
    case "paragraph": {
      const content = (
        <>
          {block.passages.map((passage) => (
            <PassageView key={passage.id} story={story} passage={passage} />
          ))}
          <Inlines items={block.rest} />
        </>
      );
      return tight ? content : <p>{content}</p>;
    }
    case "list": {
      const List = block.ordered ? "ol" : "ul";
      return (
        <List>
          {block.items.map((item, index) => (
            <li key={index}>
              <Blocks story={story} blocks={item} tight={!block.spread} />
            </li>
          ))}
        </List>
      );
    }
    case "note":
      return (
        <div role="note" className="site-note">
          <p className="site-note-label">Our note</p>
          <Blocks story={story} blocks={block.children} />
        </div>
      );
    case "issue-table":
      return <IssueTable story={story} />;
    case "timeline":
      return <Timeline story={story} />;
    case "problem":
      return (
        <p>
          <ContentProblem>{block.message}</ContentProblem>
        </p>
      );
    default:
      throw new Error(`StoryBody: no rendering for ${JSON.stringify((block as { type: unknown }).type)}`);
  }
}

/** Inline content without the white space it ends with, so that nothing lets a line break before the citation that follows. */
function withoutTrailingSpace(children: Inline[]): Inline[] {
  const last = children.at(-1);
  if (last?.type !== "text") return children;
  const value = last.value.trimEnd();
  return value ? [...children.slice(0, -1), { ...last, value }] : withoutTrailingSpace(children.slice(0, -1));
}

/** Words and the citation that ends them; the id is where the original's back-links land. */
function PassageView({ story, passage }: { story: Pick<Story, "slug" | "source">; passage: Passage }) {
  // Leading white space stays outside, so a targeted passage is highlighted from its first word.
  const [first, ...others] = passage.children;
  const lead = first?.type === "text" ? (/^\s+/.exec(first.value)?.[0] ?? "") : "";
  const children = lead && first?.type === "text" ? [{ ...first, value: first.value.slice(lead.length) }, ...others] : passage.children;
  const cited = passage.cites.length > 0;
  return (
    <>
      {lead}
      <span id={passage.id} className="cited-passage">
        <Inlines items={cited ? withoutTrailingSpace(children) : children} />
        {cited && <Citations story={story.slug} passages={[passage]} texts={story.source.paragraphs} />}
      </span>
    </>
  );
}

/** A statement from frontmatter (a lead, a summary, a table cell): its words and the citations that end them. */
export const Statement = PassageView;

/** Inline content; `verbatim` inside a quotation or a mention, whose words are printed exactly as written. */
export function Inlines({ items, verbatim = false }: { items: Inline[]; verbatim?: boolean }) {
  return items.map((item, index) => <InlineView key={index} item={item} verbatim={verbatim} />);
}

function InlineView({ item, verbatim }: { item: Inline; verbatim: boolean }): ReactNode {
  switch (item.type) {
    case "text":
      return verbatim ? item.value : typeset(item.value);
    case "emphasis":
      return (
        <em>
          <Inlines items={item.children} verbatim={verbatim} />
        </em>
      );
    case "strong":
      return (
        <strong>
          <Inlines items={item.children} verbatim={verbatim} />
        </strong>
      );
    case "link":
      return (
        <SiteLink href={item.href}>
          <Inlines items={item.children} verbatim={verbatim} />
        </SiteLink>
      );
    case "code":
      return <code>{item.value}</code>;
    case "break":
      return <br />;
    case "quote":
      return (
        <>
          <q className="source-quote">
            <Inlines items={item.children} verbatim />
          </q>
          {item.sic && <span className="sic"> [sic]</span>}
          {item.problem && (
            <>
              {" "}
              <ContentProblem>{item.problem}</ContentProblem>
            </>
          )}
        </>
      );
    case "mention":
      return (
        <span className="mention">
          {"\u201C"}
          <Inlines items={item.children} verbatim />
          {"\u201D"}
        </span>
      );
    case "date":
      return (
        <time dateTime={item.span ? dateTimeOf(item.span) : undefined}>
          <Inlines items={item.children} verbatim={verbatim} />
        </time>
      );
    case "problem":
      return <ContentProblem>{item.message}</ContentProblem>;
    default:
      throw new Error(`StoryBody: no rendering for ${JSON.stringify((item as { type: unknown }).type)}`);
  }
}
