import type { ComponentProps, ReactNode } from "react";
import { anchorQuote, describeMiss } from "@/lib/anchor";
import { parseCitation } from "@/lib/body";
import type { Story } from "@/lib/content";
import { compileMdx } from "@/lib/mdx";
import { storyPath } from "@/lib/paths";
import { useMDXComponents } from "@/mdx-components";
import { ContentProblem } from "./ContentProblem";
import { Citations } from "./ParagraphLink";
import { SiteLink } from "./SiteLink";

function textOf(node: ReactNode): string {
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(textOf).join("");
  if (node && typeof node === "object" && "props" in node) return textOf((node.props as { children?: ReactNode }).children);
  return "";
}

/** Renders an MDX body with the components an editor may use, bound to its story's source. */
export async function StoryBody({ story, mdx }: { story: Story; mdx: string }) {
  const Content = await compileMdx(mdx);
  const Cite = ({ p }: { p: string | number }) => {
    const paragraphs = parseCitation(String(p));
    const valid = paragraphs?.every((n) => n >= 1 && n <= story.source.paragraphs.length);
    return paragraphs && valid ? <Citations story={story.slug} paragraphs={paragraphs} /> : <ContentProblem>bad citation {String(p)}</ContentProblem>;
  };
  const Quote = ({ children }: { children: ReactNode }) => {
    const text = textOf(children);
    const anchor = anchorQuote(story.source.paragraphs, text, story.source.credit);
    if (anchor.status !== "found") return <ContentProblem>{describeMiss(anchor, text)}</ContentProblem>;
    return (
      <>
        <q className="source-quote">{children}</q> <Citations story={story.slug} paragraphs={[anchor.paragraph]} />
      </>
    );
  };
  // Relative links in a body ("article#p-3", "issues/taiwan") are relative to the story.
  const a = ({ href = "", children }: ComponentProps<"a">) => (
    <SiteLink href={/^(?:[a-z][a-z0-9+.-]*:|\/|#)/i.test(href) ? href : `${storyPath(story.slug)}/${href}`}>{children}</SiteLink>
  );
  return <Content components={useMDXComponents({ a, Cite, Quote })} />;
}
