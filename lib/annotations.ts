/**
 * The issues' anchors as W3C Web Annotations (https://www.w3.org/TR/annotation-model/), so that annotation tools
 * such as Hypothesis can use them, and passage links as URL text fragments (https://wicg.github.io/scroll-to-text-fragment/).
 * Both are built from the anchors the content engine placed; nothing here searches the text again.
 */
import { createHash } from "node:crypto";
import type { Anchor } from "./anchor";
import { lastModified, summaryText, type Issue, type Story } from "./content";
import { absoluteUrl } from "./metadata";
import { annotationsPath, issuePath, paragraphPath, sourceTextPath } from "./paths";

/** How many code points of context a TextQuoteSelector carries on each side. */
const CONTEXT = 32;

export type TextQuoteSelector = { type: "TextQuoteSelector"; exact: string; prefix: string; suffix: string };
export type TextPositionSelector = { type: "TextPositionSelector"; start: number; end: number };

type Found = Extract<Anchor, { status: "found" }>;
type Placed = { paragraphs: readonly string[]; offsets: readonly (readonly number[])[] };

/** Where an anchor stands in the file, as UTF-16 offsets [start, end). */
export function fileSpan(source: Placed, anchor: Found): [number, number] {
  const offsets = source.offsets[anchor.paragraph - 1];
  return [offsets[anchor.start], offsets[anchor.end - 1] + 1];
}

/** Selectors for the text between two UTF-16 offsets of a file, counted in code points as the model requires. */
export function selectors(file: string, start: number, end: number): [TextQuoteSelector, TextPositionSelector] {
  const before = Array.from(file.slice(0, start));
  const exact = file.slice(start, end);
  const after = Array.from(file.slice(end));
  const startPoint = before.length;
  return [
    { type: "TextQuoteSelector", exact, prefix: before.slice(-CONTEXT).join(""), suffix: after.slice(0, CONTEXT).join("") },
    { type: "TextPositionSelector", start: startPoint, end: startPoint + Array.from(exact).length },
  ];
}

/** A stable id for an anchor: the issue and a hash of its quote, so reordering anchors changes no id. */
const anchorId = (issue: Issue, quote: string) => `${issue.slug}-${createHash("sha256").update(quote).digest("hex").slice(0, 10)}`;

const day = (iso: string) => `${iso}T00:00:00Z`;

/** The story's published anchors as an AnnotationPage; `file` is source.txt exactly as served. */
export function annotationPage(story: Story, file: string) {
  const page = absoluteUrl(annotationsPath(story.slug));
  const items = story.issues.flatMap((issue) =>
    issue.anchors.flatMap(({ quote, anchor }) => {
      if (anchor.status !== "found") return [];
      const [start, end] = fileSpan(story.source, anchor);
      return [
        {
          id: `${page}#${anchorId(issue, quote)}`,
          type: "Annotation",
          motivation: "describing",
          created: day(story.meta.published),
          modified: day(lastModified(story)),
          body: [
            { type: "TextualBody", purpose: "tagging", value: issue.meta.title, format: "text/plain", language: "en" },
            { type: "TextualBody", purpose: "describing", value: summaryText(issue), format: "text/plain", language: "en" },
            { id: absoluteUrl(issuePath(story.slug, issue.slug)), type: "Text", format: "text/html", language: "en" },
          ],
          target: { source: absoluteUrl(sourceTextPath(story.slug)), selector: selectors(file, start, end) },
        },
      ];
    }),
  );
  return { "@context": "http://www.w3.org/ns/anno.jsonld", id: page, type: "AnnotationPage", items };
}

export const ANNOTATION_CONTENT_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';

/** Text fragments percent-encode what the directive syntax uses (`-`, `,`, `&`) besides the usual. */
const encodeTerm = (term: string) => encodeURIComponent(term).replace(/-/g, "%2D").replace(/,/g, "%2C").replace(/&/g, "%26");

/** How many words a long passage's start and end terms take. */
const TERM_WORDS = 4;

/**
 * A link to a passage that lands on its words: `…/article#p-N:~:text=start,end`. Browsers with text fragments
 * scroll to and highlight the words; the rest land on the paragraph.
 */
export function passageLink(story: Pick<Story, "slug" | "source">, anchor: Found): string {
  const words = story.source.paragraphs[anchor.paragraph - 1].slice(anchor.start, anchor.end).split(/\s+/).filter(Boolean);
  const terms = words.length <= TERM_WORDS * 2 ? [words.join(" ")] : [words.slice(0, TERM_WORDS).join(" "), words.slice(-TERM_WORDS).join(" ")];
  return `${paragraphPath(story.slug, anchor.paragraph)}:~:text=${terms.map(encodeTerm).join(",")}`;
}
