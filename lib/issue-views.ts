/**
 * One issue alone in the original, without a page of its own. The article's filter links are their own targets
 * (`#only-<issue>`, `#all-issues`); these rules, keyed on which one is targeted, leave that issue's marks at full
 * strength with its number, quiet every other issue's marks and hide their notes. A reader switches views without
 * a page load or a script, the back button goes back a view, and the address can be shared; the build renders
 * the article once instead of once per issue.
 */
import { issueViewId } from "./paths";

export type ViewedIssue = { slug: string; number: number; slot: number };

/** The stylesheet of a story's one-issue views. Slugs are checked as lower-case words and hyphens, so safe here. */
export function issueViewStyles(issues: readonly ViewedIssue[]): string {
  const rules = issues.map(({ slug, number, slot }) => {
    const when = `.article-frame:has(#${issueViewId(slug)}:target)`;
    return [
      `${when} .anchor-link:not([data-issues~="${slug}"]) mark { text-decoration: none; background: none; }`,
      `${when} .anchor-link[data-ends]::after { content: none; }`,
      `${when} .anchor-link[data-issues~="${slug}"] { --issue-colour: var(--color-issue-${slot}); }`,
      `${when} .anchor-link[data-issues~="${slug}"] mark { text-decoration-color: var(--issue-colour); text-decoration-thickness: 2px; }`,
      `${when} .anchor-link[data-issues~="${slug}"][data-ends~="${number}"]::after { content: "${number}" / ""; }`,
      `${when} :is(.issue-note, .issue-note-inline, .issue-note-item)[data-issue]:not([data-issue="${slug}"]) { display: none; }`,
      `${when} :is(.issue-note.compact, .issue-note-inline.compact):not(:has([data-issue="${slug}"])) { display: none; }`,
      `${when} .article-only[data-view="${slug}"] { display: block; }`,
    ].join("\n");
  });
  return rules.join("\n");
}
