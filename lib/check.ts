/** The content checker's report: findings grouped errors first, each on one line, what a draft lacks to publish, and a count. */
import { formatFinding, type Finding } from "./content";

const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

export function report(findings: readonly Finding[], drafts: readonly string[] = []): { text: string; errors: number; warnings: number } {
  const order = (a: Finding, b: Finding) => a.file.localeCompare(b.file) || a.line - b.line;
  const group = (severity: Finding["severity"]) => findings.filter((finding) => finding.severity === severity).sort(order);
  const [errors, warnings, skipped] = [group("error"), group("warning"), group("skipped")];
  const lines: string[] = [];
  if (errors.length > 0) lines.push("Errors (published content; these fail the build):", ...errors.map((f) => `  ${formatFinding(f)}`));
  if (warnings.length > 0) lines.push("Warnings (drafts' problems, and paragraphs nothing cites):", ...warnings.map((f) => `  ${formatFinding(f)}`));
  if (skipped.length > 0) lines.push("Not checked (a fault above stops these checks):", ...skipped.map((f) => `  ${formatFinding(f)}`));
  // A draft passes the check whatever is wrong with it; say whether it would pass once published.
  for (const file of drafts) {
    const blocking = findings.filter((finding) => finding.draft && (finding.file === file || finding.file.startsWith(file.replace(/index\.mdx$/, ""))));
    lines.push(blocking.length === 0 ? `Draft ${file}: would pass as published.` : `Draft ${file}: would fail as published: ${plural(blocking.length, "of the warnings above is an error", "of the warnings above are errors")} in published content.`);
  }
  lines.push(`${plural(errors.length, "error")}, ${plural(warnings.length, "warning")}`);
  return { text: lines.join("\n"), errors: errors.length, warnings: warnings.length };
}
