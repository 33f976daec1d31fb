/**
 * "In this explainer": every section, in the margin on wide screens, where it stays in view and marks the section
 * being read where CSS can (scroll-target-group); under the dek, as a compact list, on narrow ones. No script.
 */
export function TableOfContents({ sections }: { sections: { id: string; title: string }[] }) {
  if (sections.length === 0) return null;
  return (
    <nav aria-labelledby="contents" className="toc sticky-aid">
      <h2 id="contents">In this explainer</h2>
      <ol>
        {sections.map(({ id, title }) => (
          <li key={id}>
            <a href={`#${id}`}>{title}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
