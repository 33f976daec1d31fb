/**
 * "In this explainer": every section. On wide screens it stands in the margin, where it stays in view and marks the
 * section being read where CSS can (scroll-target-group); on narrow ones it is a closed disclosure under the dek, so
 * that the first screen shows the story. One list for both: CSS shows a closed <details> open in the margin. No script.
 */
// Kept out of globals.css: the CSS minifier does not know :target-current yet and warns on every build; a browser that
// does not know it drops this rule alone.
const currentSection = "@media (min-width: 75rem) { .toc li a:target-current { border-color: var(--color-ink); color: var(--color-ink); font-weight: 600; } }";

export function TableOfContents({ sections }: { sections: { id: string; title: string }[] }) {
  if (sections.length === 0) return null;
  return (
    <nav aria-labelledby="contents" className="toc sticky-aid">
      <style href="toc-current-section" precedence="default">
        {currentSection}
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
