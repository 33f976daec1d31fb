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
 * as received and what the build checked against it (an HTML popover: Enter or Space opens it, Escape or a click
 * elsewhere closes it, and focus returns). The preview stands above or below its passage, never over it.
 */
export function Citations({ story, passages, texts }: Props) {
  const [first] = passages;
  const paragraphs = [...new Set(passages.flatMap((passage) => passage.cites))];
  if (!first || paragraphs.length === 0) return null;
  return (
    <span className="citations">
      [
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
              {texts[paragraph - 1]}
              <small className="citation-checked">{checkedLine(checked, passages.flatMap((passage) => passage.fromDateLine))}</small>
              <a href={paragraphPath(story, paragraph)}>{`Read ¶${paragraph} in the original`}</a>
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
      [
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
