/** Lays the issues over the article: which words of each paragraph are marked, and which notes stand beside it. */
import type { Issue, Story } from "./content";

export type Segment = {
  text: string;
  /** Issues whose anchors cover this text, in issue order. */
  issues: string[];
  /** Issues whose anchored words end with this segment: their number follows it. */
  ends: string[];
};

/** An issue's note beside a paragraph; only its first note on the page shows the summary. */
export type Note = { issue: string; first: boolean };

export type AnnotatedParagraph = {
  number: number;
  segments: Segment[];
  /** Issues with a note beside this paragraph, in issue order. */
  cards: string[];
  /** The notes beside this paragraph, in the order their words appear in it. */
  notes: Note[];
};

type Annotatable = { source: Pick<Story["source"], "paragraphs">; issues: Pick<Issue, "slug" | "anchors">[] };

/** Splits each paragraph at anchor boundaries; `only` keeps one issue's marks and notes. */
export function annotate(story: Annotatable, only?: string): AnnotatedParagraph[] {
  const issues = only === undefined ? story.issues : story.issues.filter((issue) => issue.slug === only);
  const shown = new Set<string>();
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
      const ends = issues.map((issue) => issue.slug).filter((slug) => spans.some((span) => span.issue === slug && span.end === end));
      const previous = segments.at(-1);
      if (previous && previous.issues.join() === covering.join() && previous.ends.length === 0) {
        previous.text += text.slice(start, end);
        previous.ends = ends;
      } else segments.push({ text: text.slice(start, end), issues: covering, ends });
    }
    const cards = issues.map((issue) => issue.slug).filter((slug) => spans.some((span) => span.issue === slug));
    const byPosition = [...cards].sort((a, b) => Math.min(...spans.filter((s) => s.issue === a).map((s) => s.start)) - Math.min(...spans.filter((s) => s.issue === b).map((s) => s.start)));
    const notes = byPosition.map((issue) => ({ issue, first: !shown.has(issue) }));
    for (const issue of byPosition) shown.add(issue);
    return { number, segments, cards, notes };
  });
}
