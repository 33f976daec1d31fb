/** The content checker's report: findings grouped errors first, each on one line, and a closing count. */
import { formatFinding, type Finding } from "./content";

export function report(findings: readonly Finding[]): { text: string; errors: number; warnings: number } {
  const order = (a: Finding, b: Finding) => a.file.localeCompare(b.file) || a.line - b.line;
  const errors = findings.filter((finding) => finding.severity === "error").sort(order);
  const warnings = findings.filter((finding) => finding.severity === "warning").sort(order);
  const lines: string[] = [];
  if (errors.length > 0) lines.push("Errors (published content; these fail the build):", ...errors.map((f) => `  ${formatFinding(f)}`));
  if (warnings.length > 0) lines.push("Warnings (drafts' problems, and paragraphs nothing cites):", ...warnings.map((f) => `  ${formatFinding(f)}`));
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  lines.push(`${plural(errors.length, "error")}, ${plural(warnings.length, "warning")}`);
  return { text: lines.join("\n"), errors: errors.length, warnings: warnings.length };
}
