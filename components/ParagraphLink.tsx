import { paragraphPath } from "@/lib/paths";

/** A citation: one click from a claim to the paragraph of the original that supports it. */
export function ParagraphLink({ story, paragraph }: { story: string; paragraph: number }) {
  return (
    <a href={paragraphPath(story, paragraph)} className="citation">
      <span aria-hidden="true">¶</span>
      <span className="sr-only">paragraph </span>
      {paragraph}
    </a>
  );
}

/** Citations in brackets after a sentence: [¶3, ¶7]. */
export function Citations({ story, paragraphs }: { story: string; paragraphs: number[] }) {
  return (
    <span className="citations">
      [
      {paragraphs.map((paragraph, index) => (
        <span key={paragraph}>
          {index > 0 && ", "}
          <ParagraphLink story={story} paragraph={paragraph} />
        </span>
      ))}
      ]
    </span>
  );
}
