import { paragraphPath } from "@/lib/paths";

type Props = { story: string; passageId: string; paragraphs: number[]; texts: readonly string[] };

/**
 * Citations after a passage, [¶3, ¶7]: each opens, in place and without JavaScript, the full text of its paragraph
 * as received (an HTML popover: Enter or Space opens it, Escape or a click elsewhere closes it, and focus returns).
 * The preview is placed above or below its passage, wherever there is more room, never over it (app/globals.css).
 */
export function Citations({ story, passageId, paragraphs, texts }: Props) {
  return (
    <span className="citations">
      [
      {paragraphs.map((paragraph, index) => {
        const popover = `${passageId}-cite-${paragraph}`;
        return (
          <span key={paragraph}>
            {index > 0 && ", "}
            <button type="button" popoverTarget={popover} className="citation">
              <span aria-hidden="true">¶</span>
              <span className="sr-only">paragraph </span>
              {paragraph}
              <span className="sr-only"> of the original</span>
            </button>
            <span id={popover} popover="auto" role="dialog" aria-label={`Paragraph ${paragraph} of the original`} className="citation-preview">
              <span className="citation-preview-head">Paragraph {paragraph} of the original, as received</span>
              <span className="citation-preview-text">{texts[paragraph - 1]}</span>
              <a href={paragraphPath(story, paragraph)} className="citation-preview-link">
                Read ¶{paragraph} in the original
              </a>
            </span>
          </span>
        );
      })}
      ]
    </span>
  );
}
