/** The content engine: reads `content/`, validates it against the schema and the source, anchors every quote. */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { anchorQuote, describeMiss, type Anchor } from "./anchor";
import { citedParagraphs, missingParagraphs, parseCitation, readDocument, type Document, type LinkResolver } from "./document";
import { readFrontmatter, type Frontmatter } from "./frontmatter";
import { articlePath, creditPath, issuePath, paragraphPath, SLUG, storyPath } from "./paths";
import { issueFrontmatter, storyFrontmatter, type IssueFrontmatter, type Standing, type StoryFrontmatter, type TimelineEvent } from "./schema";
import { parseSource, type Source } from "./source";
import { outOfOrder } from "./timeline";

export type Severity = "error" | "warning";
/** One fault in one place: `file:line: field: message`. */
export type Finding = { file: string; line: number; field: string; message: string; severity: Severity };

export type AnchoredQuote = { quote: string; anchor: Anchor };

export type Issue = {
  slug: string;
  storySlug: string;
  file: string;
  meta: IssueFrontmatter;
  anchors: AnchoredQuote[];
  /** The body, read and resolved: quotes placed, citations checked, passages numbered. */
  body: Document;
};

export type Story = {
  slug: string;
  dir: string;
  /** index.mdx, relative to the working directory, as findings name it. */
  file: string;
  meta: StoryFrontmatter;
  source: Source;
  /** source.txt, relative to the working directory, as findings name it. */
  sourceFile: string;
  /** SHA-256 of source.txt as it is on disk (hex). */
  sourceHash: string;
  /** Issues by `order`, then by title; drafts included (publicStories leaves them out). */
  issues: Issue[];
  body: Document;
  /** Paragraphs of the report that nothing cites: not the explainer, its timeline, nor its issues' bodies and table rows (published issues, for a published story). */
  uncited: number[];
};

export type Content = { stories: Story[]; findings: Finding[] };


export function formatFinding(finding: Finding): string {
  return `${finding.file}:${finding.line}: ${finding.field}: ${finding.message}`;
}

/** Thrown when published content is broken: its message is every fault, one line each. */
export class ContentError extends Error {
  constructor(readonly findings: Finding[]) {
    super(findings.map(formatFinding).join("\n"));
    this.name = "ContentError";
  }
}

function describeType(value: unknown): string {
  if (value === null) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return "text";
  return `a ${typeof value}`;
}

const EXPECTED: Record<string, string> = { string: "text", number: "a number", int: "a whole number", array: "a list", object: "a mapping" };

function valueAt(data: unknown, at: readonly PropertyKey[]): unknown {
  return at.reduce<unknown>((value, key) => (value && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

function fieldName(at: readonly PropertyKey[]): string {
  return at.reduce<string>((name, key) => (typeof key === "number" ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key)), "");
}

/**
 * A value that matches no branch of a union ("not reported", or text with its cite) is reported by the branch of
 * its own shape: a mapping's missing `cite` is more use to an editor than "matches no option".
 */
function branchOfValue(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== "invalid_union") return [issue];
  const nested = issue.errors.filter((branch) => branch.length > 0 && branch.every((inner) => inner.path.length > 0));
  return nested.length === 1 ? nested[0].map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] })) : [issue];
}

/** Validates frontmatter against a schema; every fault becomes a finding at the field's line. */
function validate<Schema extends z.ZodType>(
  schema: Schema,
  file: string,
  frontmatter: Frontmatter | null,
  severity: Severity,
  findings: Finding[],
  /** What to tell an editor when a field is missing, by field name. */
  hints: Record<string, string> = {},
): z.infer<Schema> | null {
  if (!frontmatter) {
    findings.push({ file, line: 1, field: "frontmatter", message: "missing: the file must start with a --- YAML block ---", severity });
    return null;
  }
  if (frontmatter.syntaxError) {
    findings.push({ file, line: frontmatter.syntaxError.line, field: "frontmatter", message: `YAML syntax error: ${frontmatter.syntaxError.message}`, severity });
    return null;
  }
  const parsed = schema.safeParse(frontmatter.data ?? {});
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues.flatMap(branchOfValue)) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const at = [...issue.path, key];
        findings.push({ file, line: frontmatter.lineOf(at), field: fieldName(at), message: "unknown field", severity });
      }
      continue;
    }
    const value = valueAt(frontmatter.data, issue.path);
    const message =
      issue.code !== "invalid_type"
        ? issue.message
        : value === undefined
          ? (hints[fieldName(issue.path)] ?? "missing")
          : `expected ${EXPECTED[issue.expected] ?? issue.expected}, got ${describeType(value)}`;
    findings.push({ file, line: frontmatter.lineOf(issue.path), field: fieldName(issue.path), message, severity });
  }
  return null;
}

/** Reads a body into its document; each fault becomes a finding at its line. */
function readBody(file: string, text: string, source: Source, resolveLink: LinkResolver, severity: Severity, findings: Finding[], explainer: boolean): Document {
  const { document, faults } = readDocument(text, source, resolveLink, explainer);
  for (const fault of faults) findings.push({ file, ...fault, severity });
  return document;
}

/**
 * Links in a body are written relative to the story (`article#p-3`, `issues/taiwan`); this resolves them to the
 * site's addresses and refuses any that name no page, or a draft from published content.
 */
function storyLinks(storySlug: string, source: Source, issues: { slug: string; published: boolean }[], fromPublished: boolean): LinkResolver {
  return (href) => {
    if (/^(?:https?:|mailto:|\/|#)/i.test(href)) return { href };
    const paragraph = /^article#p-(\d+)$/.exec(href);
    if (paragraph) {
      const n = Number(paragraph[1]);
      const [problem] = missingParagraphs([n], source.paragraphs.length, "link to");
      return problem ? { problem } : { href: paragraphPath(storySlug, n) };
    }
    if (href === "article") return { href: articlePath(storySlug) };
    if (href === "article#credit" && source.credit) return { href: creditPath(storySlug) };
    const issue = /^issues\/([^/#?]+)$/.exec(href);
    const target = issue && issues.find((candidate) => candidate.slug === issue[1]);
    if (target && (target.published || !fromPublished)) return { href: issuePath(storySlug, target.slug) };
    if (target) return { problem: `link to ${JSON.stringify(href)}: that issue is a draft, and this page is published` };
    if (href === "" || href === ".") return { href: storyPath(storySlug) };
    return { problem: `link to ${JSON.stringify(href)} names no page of this story (write article, article#p-N, article#credit or issues/<issue>)` };
  };
}

function readText(file: string): string | null {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return null;
  }
}

/** Draft content's faults are warnings; the status is read raw so that even a draft that fails the schema stays a draft. */
function severityOf(frontmatter: Frontmatter | null, parentIsDraft = false): Severity {
  const declared = (frontmatter?.data as { status?: unknown } | undefined)?.status;
  return parentIsDraft || declared === "draft" ? "warning" : "error";
}

type LoadedIssue = Omit<Issue, "body"> & { text: string; severity: Severity; frontmatter: Frontmatter };

function loadIssue(file: string, display: string, storySlug: string, source: Source, storyIsDraft: boolean, findings: Finding[]): LoadedIssue | null {
  const slug = path.basename(file, ".mdx");
  const text = readText(file) ?? "";
  const frontmatter = readFrontmatter(text);
  const severity = severityOf(frontmatter, storyIsDraft);
  if (!SLUG.test(slug)) findings.push({ file: display, line: 1, field: "slug", message: `file name "${slug}" must be lower-case words joined by hyphens`, severity });
  const meta = validate(issueFrontmatter, display, frontmatter, severity, findings);
  if (!frontmatter || !meta) return null;
  const anchors: AnchoredQuote[] = meta.anchors.map((quote, index) => {
    const anchor = anchorQuote(source.paragraphs, quote, source.credit);
    if (anchor.status !== "found") findings.push({ file: display, line: frontmatter.lineOf(["anchors", index]), field: `anchors[${index}]`, message: describeMiss(anchor, quote), severity });
    return { quote, anchor };
  });
  return { slug, storySlug, file: display, meta, anchors, text, severity, frontmatter };
}

function byOrder(a: Pick<Issue, "meta">, b: Pick<Issue, "meta">): number {
  return (a.meta.order ?? Number.MAX_SAFE_INTEGER) - (b.meta.order ?? Number.MAX_SAFE_INTEGER) || a.meta.title.localeCompare(b.meta.title);
}

/** Loads every story under each root's `stories/`; `display` paths are relative to `cwd`. */
export function loadContent(roots: readonly string[], cwd: string = process.cwd()): Content {
  const findings: Finding[] = [];
  const stories: Story[] = [];
  const seen = new Map<string, string>();
  for (const root of roots) {
    const storiesDir = path.join(root, "stories");
    const entries = fs.existsSync(storiesDir) ? fs.readdirSync(storiesDir, { withFileTypes: true }).filter((entry) => entry.isDirectory()) : [];
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const dir = path.join(storiesDir, entry.name);
      const rel = (file: string) => path.relative(cwd, path.join(dir, file));
      const slug = entry.name;
      const indexText = readText(path.join(dir, "index.mdx"));
      const issueFiles = fs.existsSync(path.join(dir, "issues"))
        ? fs.readdirSync(path.join(dir, "issues")).filter((name) => name.endsWith(".mdx")).sort()
        : [];
      if (indexText === null) {
        const what = issueFiles.length > 0 ? `an issues folder without a story: add index.mdx` : "missing index.mdx";
        findings.push({ file: rel("index.mdx"), line: 1, field: "story", message: what, severity: "error" });
        continue;
      }
      const frontmatter = readFrontmatter(indexText);
      const severity = severityOf(frontmatter);
      const isDraft = severity === "warning";
      if (!SLUG.test(slug)) findings.push({ file: rel("index.mdx"), line: 1, field: "slug", message: `folder name "${slug}" must be lower-case words joined by hyphens`, severity });
      const earlier = seen.get(slug);
      if (earlier !== undefined) {
        findings.push({ file: rel("index.mdx"), line: 1, field: "slug", message: `duplicate story slug "${slug}": also ${earlier}`, severity: "error" });
        continue;
      }
      seen.set(slug, rel("index.mdx"));
      const sourceText = readText(path.join(dir, "source.txt"));
      const source = parseSource(sourceText ?? "");
      if (sourceText === null || source.paragraphs.length === 0) {
        const message = sourceText === null ? "missing: every story needs the article as source.txt" : "empty: source.txt has no paragraphs";
        findings.push({ file: rel("source.txt"), line: 1, field: "source", message, severity });
        continue;
      }
      const sourceHash = createHash("sha256").update(fs.readFileSync(path.join(dir, "source.txt"))).digest("hex");
      const meta = validate(storyFrontmatter, rel("index.mdx"), frontmatter, severity, findings, {
        "source.sha256": `missing: pin the report as received by adding this line under source: "  sha256: ${sourceHash}"`,
        "source.received": `missing: say when the report was received, under source: "  received: YYYY-MM-DD"`,
      });
      if (!frontmatter || !meta) continue;
      const at = (...field: (string | number)[]) => ({ file: rel("index.mdx"), line: frontmatter.lineOf(field), field: field.join(".").replace(/\.(\d+)/g, "[$1]"), severity });
      if (source.date && source.date !== meta.source.date) {
        findings.push({ ...at("source", "date"), message: `${meta.source.date} differs from the date line of source.txt (${source.date})` });
      }
      if (meta.source.sha256 !== sourceHash) {
        findings.push({ ...at("source", "sha256"), message: `source.txt does not match the report as received: its SHA-256 is ${sourceHash}, the story pins ${meta.source.sha256}` });
      }
      if (meta.published < meta.source.received) {
        findings.push({ ...at("published"), message: `${meta.published} is before the report was received (source.received: ${meta.source.received})` });
      }
      (meta.corrections ?? []).forEach((correction, index) => {
        if (correction.date < meta.published) findings.push({ ...at("corrections", index, "date"), message: `${correction.date} is before the story was published (${meta.published})` });
        for (const message of missingParagraphs(correction.paragraphs ?? [], source.paragraphs.length, "names")) {
          findings.push({ ...at("corrections", index, "paragraphs"), message });
        }
      });
      const loaded = issueFiles
        .map((name) => loadIssue(path.join(dir, "issues", name), rel(`issues/${name}`), slug, source, isDraft, findings))
        .filter((issue): issue is LoadedIssue => issue !== null)
        .sort(byOrder);
      const targets = loaded.map((issue) => ({ slug: issue.slug, published: isPublished(issue) }));
      const issues: Issue[] = loaded.map(({ text, severity: issueSeverity, frontmatter: _frontmatter, ...issue }) => ({
        ...issue,
        body: readBody(issue.file, text, source, storyLinks(slug, source, targets, issueSeverity === "error"), issueSeverity, findings, false),
      }));
      const body = readBody(rel("index.mdx"), indexText, source, storyLinks(slug, source, targets, !isDraft), severity, findings, true);
      checkTimeline(meta.timeline ?? [], source, (index, field) => at("timeline", index, field), findings);
      checkStanding(loaded, rel("index.mdx"), source, isDraft, findings);
      const counted = issues.filter((issue) => isDraft || isPublished(issue));
      const dataCites = [
        ...(meta.timeline ?? []).map((event) => event.cite),
        ...counted.flatMap(({ meta: { standing } }) => (standing ? standingCitations(standing).map(({ raw }) => raw) : [])),
      ].flatMap((raw) => parseCitation(raw) ?? []);
      const uncited = uncitedParagraphs(source, [body, ...counted.map((issue) => issue.body)]).filter((n) => !dataCites.includes(n));
      if (uncited.length > 0) {
        const list = uncited.map((n) => `¶${n}`).join(", ");
        findings.push({ file: rel("source.txt"), line: 1, field: "coverage", message: `${list} ${uncited.length === 1 ? "is" : "are"} cited nowhere: not in the explainer, its timeline or its ${isDraft ? "" : "published "}issues`, severity: "warning" });
      }
      stories.push({ slug, dir, file: rel("index.mdx"), sourceFile: rel("source.txt"), meta, source, sourceHash, issues, body, uncited });
    }
  }
  stories.sort((a, b) => b.meta.published.localeCompare(a.meta.published) || a.meta.title.localeCompare(b.meta.title));
  return { stories, findings };
}

/** A citation in frontmatter: every paragraph it names must exist. */
function citationFaults(raw: string, source: Source): string[] {
  return missingParagraphs(parseCitation(raw) ?? [], source.paragraphs.length);
}

type At = (index: number, field: string) => Omit<Finding, "message">;

/** The timeline's citations exist, and its events are in chronological order. */
function checkTimeline(events: TimelineEvent[], source: Source, at: At, findings: Finding[]): void {
  events.forEach((event, index) => {
    for (const message of citationFaults(event.cite, source)) findings.push({ ...at(index, "cite"), message });
  });
  for (const { index, after } of outOfOrder(events.map((event) => event.when))) {
    findings.push({ ...at(index, "when"), message: `${events[index].when} comes before timeline[${after}] (${events[after].when}): list events in chronological order` });
  }
}

/** The citations of an issue's row of the table, with the field each stands in. */
function standingCitations(standing: Standing): { field: string; raw: string }[] {
  const sides = (["us", "china"] as const).flatMap((side) => {
    const cell = standing[side];
    return cell === "not reported" ? [] : [{ field: `${side}.cite`, raw: cell.cite }];
  });
  return [{ field: "cite", raw: standing.cite }, ...sides];
}

/** Each issue's row of the table cites paragraphs that exist; issues without a row are left out of it, with a warning. */
function checkStanding(issues: LoadedIssue[], storyFile: string, source: Source, storyIsDraft: boolean, findings: Finding[]): void {
  const shown = issues.filter((issue) => storyIsDraft || isPublished(issue));
  for (const issue of issues) {
    const standing = issue.meta.standing;
    if (!standing) continue;
    for (const { field, raw } of standingCitations(standing)) {
      for (const message of citationFaults(raw, source)) findings.push({ file: issue.file, line: issue.frontmatter.lineOf(["standing", ...field.split(".")]), field: `standing.${field}`, message, severity: issue.severity });
    }
  }
  if (shown.length > 0 && shown.every((issue) => !issue.meta.standing)) {
    findings.push({ file: storyFile, line: 1, field: "standing", message: "no issue of this story says where it stands: the explainer's table is left out", severity: "warning" });
  } else {
    for (const issue of shown.filter((candidate) => !candidate.meta.standing)) {
      findings.push({ file: issue.file, line: 1, field: "standing", message: "missing: this issue is left out of the explainer's table of where each issue stands", severity: "warning" });
    }
  }
}

/** Paragraphs of the report that none of these documents cites. */
export function uncitedParagraphs(source: Source, documents: Document[]): number[] {
  const cited = new Set(documents.flatMap((document) => [...citedParagraphs(document)]));
  return source.paragraphs.map((_, index) => index + 1).filter((n) => !cited.has(n));
}

export function isPublished(item: { meta: { status: string } }): boolean {
  return item.meta.status === "published";
}

/** The date a story last changed for readers: its latest correction, or its publication. */
export function lastModified(story: Story): string {
  return [story.meta.published, ...(story.meta.corrections ?? []).map((correction) => correction.date)].sort().at(-1) ?? story.meta.published;
}

/** The public view: published stories with only their published issues. */
export function publicStories(content: Content): Story[] {
  return content.stories.filter(isPublished).map((story) => ({ ...story, issues: story.issues.filter(isPublished) }));
}
