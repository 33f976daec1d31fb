/**
 * The section the reader went to (its heading is the page's :target) is marked in the margin's contents. Ids are
 * slugs (lower-case letters, digits and hyphens), safe inside the attribute selectors.
 */
function currentSection(ids: string[]): string {
  const marked = ids.map((id) => `:root:has([id="${id}"]:target) .toc a[href="#${id}"]`).join(",\n");
  return `@media (min-width: 75rem) {\n${marked} { border-color: var(--color-ink); color: var(--color-ink); font-weight: 600; }\n}`;
}

/**
 * "In this explainer": every section. On wide screens it stands in the margin, where it stays in view and marks the
 * section the reader went to (:target); on narrow ones it is a closed disclosure under the dek, so
 * that the first screen shows the story. One list for both: CSS shows a closed <details> open in the margin. No script.
 */
export function TableOfContents({ sections }: { sections: { id: string; title: string }[] }) {
  if (sections.length === 0) return null;
  return (
    <nav aria-labelledby="contents" className="toc sticky-aid">
      <style href={`toc-${sections.map(({ id }) => id).join("-")}`} precedence="default">
        {currentSection(sections.map(({ id }) => id))}
      </style>
      <details className="toc-disclosure">
        <summary>
          In this explainer <span className="toc-count">({sections.length})</span>
        </summary>
        <h2 id="contents">In this explainer</h2>
        <ol>
          {sections.map(({ id, title }) => (
            <li key={id}>
              <a href={`#${id}`}>{title}</a>
            </li>
          ))}
        </ol>
      </details>
    </nav>
  );
}
