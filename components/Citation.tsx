import { Fragment } from "react";
import type { Passage } from "@/lib/document";
import { paragraphId, paragraphPath } from "@/lib/paths";
import { checkedLine } from "@/lib/wording";

type Props = {
  story: string;
  /** The statement cited; several (a timeline entry's date and words) share one set of citations. */
  passages: readonly Pick<Passage, "id" | "cites" | "checked" | "fromDateLine">[];
  texts: readonly string[];
};

/**
 * Citations after a statement, [¶3, ¶7]: each opens, in place and without JavaScript, the full text of its paragraph
 * as received and what the build checked against it (an HTML popover: Enter or Space opens it, Escape, its Close
 * button or a click elsewhere closes it, and focus returns). A sheet at the foot of a phone's screen (at its top when
 * the passage is down there), the margin on a wide one: never over the passage. The marks hang on the word before them
 * by a narrow no-break space, so no line starts with one.
 */
export function Citations({ story, passages, texts }: Props) {
  const [first] = passages;
  const paragraphs = [...new Set(passages.flatMap((passage) => passage.cites))];
  if (!first || paragraphs.length === 0) return null;
  return (
    <span className="citations">
      {"\u202F["}
      {paragraphs.map((paragraph, index) => {
        // Kept lean: an explainer carries over a hundred of these, and each holds its paragraph in full.
        const popover = `${first.id}-${paragraph}`;
        const name = `paragraph ${paragraph} of the original`;
        const checked = passages.flatMap((passage) => passage.checked.filter((check) => check.paragraph === paragraph));
        return (
          <Fragment key={paragraph}>
            {index > 0 && ", "}
            <button type="button" popoverTarget={popover} className="citation" aria-label={name}>{`¶${paragraph}`}</button>
            <span id={popover} popover="auto" role="dialog" aria-label={name} className="citation-preview">
              <b>{`¶${paragraph} of the original, as received`}</b>
              <span className="citation-body">
                <span className="citation-text">{texts[paragraph - 1]}</span>
                <small className="citation-checked">{checkedLine(checked, passages.flatMap((passage) => passage.fromDateLine))}</small>
              </span>
              <span className="citation-actions">
                <a href={paragraphPath(story, paragraph)}>{`Read ¶${paragraph} in the original`}</a>
                <button type="button" popoverTarget={popover} popoverTargetAction="hide" className="citation-close">
                  Close
                </button>
              </span>
            </span>
          </Fragment>
        );
      })}
      ]
    </span>
  );
}

/** On the original's own page the paragraphs are right there: citations are plain links to them. */
export function CitationLinks({ cites }: { cites: readonly number[] }) {
  if (cites.length === 0) return null;
  return (
    <span className="citations">
      {"\u202F["}
      {cites.map((paragraph, index) => (
        <Fragment key={paragraph}>
          {index > 0 && ", "}
          <a href={`#${paragraphId(paragraph)}`} className="citation" aria-label={`paragraph ${paragraph}`}>{`¶${paragraph}`}</a>
        </Fragment>
      ))}
      ]
    </span>
  );
}
