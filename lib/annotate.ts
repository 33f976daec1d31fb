/** Lays the issues over the article: which words of each paragraph are marked, and which cards stand beside it. */
import type { Issue, Story } from "./content";

export type Segment = { text: string; /** issues whose anchors cover this text, in issue order */ issues: string[] };

export type AnnotatedParagraph = {
  number: number;
  segments: Segment[];
  /** Issues with a card beside this paragraph, in issue order. */
  cards: string[];
};

/** Splits each paragraph at anchor boundaries; `only` keeps one issue's marks and cards. */
export function annotate(story: Pick<Story, "source"> & { issues: Pick<Issue, "slug" | "anchors">[] }, only?: string): AnnotatedParagraph[] {
  const issues = only === undefined ? story.issues : story.issues.filter((issue) => issue.slug === only);
  return story.source.paragraphs.map((text, index) => {
    const number = index + 1;
    const spans = issues.flatMap((issue) =>
      issue.anchors.flatMap(({ anchor }) =>
        anchor.status === "found" && anchor.paragraph === number ? [{ issue: issue.slug, start: anchor.start, end: anchor.end }] : [],
      ),
    );
    const cuts = [...new Set([0, text.length, ...spans.flatMap((span) => [span.start, span.end])])].sort((a, b) => a - b);
    const segments: Segment[] = [];
    for (let i = 0; i + 1 < cuts.length; i++) {
      const [start, end] = [cuts[i], cuts[i + 1]];
      const covering = issues.map((issue) => issue.slug).filter((slug) => spans.some((span) => span.issue === slug && span.start <= start && span.end >= end));
      const previous = segments.at(-1);
      if (previous && previous.issues.join() === covering.join()) previous.text += text.slice(start, end);
      else segments.push({ text: text.slice(start, end), issues: covering });
    }
    const cards = issues.map((issue) => issue.slug).filter((slug) => spans.some((span) => span.issue === slug));
    return { number, segments, cards };
  });
}
