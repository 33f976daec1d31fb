import { Fragment } from "react";
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
        // Kept lean: an explainer carries over a hundred of these, and each holds its paragraph in full.
        const popover = `${passageId}-${paragraph}`;
        const name = `paragraph ${paragraph} of the original`;
        return (
          <Fragment key={paragraph}>
            {index > 0 && ", "}
            <button type="button" popoverTarget={popover} className="citation" aria-label={name}>{`¶${paragraph}`}</button>
            <span id={popover} popover="auto" role="dialog" aria-label={name} className="citation-preview">
              <b>{`¶${paragraph} of the original, as received`}</b>
              {texts[paragraph - 1]}
              <a href={paragraphPath(story, paragraph)}>{`Read ¶${paragraph} in the original`}</a>
            </span>
          </Fragment>
        );
      })}
      ]
    </span>
  );
}
