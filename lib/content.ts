/** The content engine: reads `content/`, validates it against the schema and the source, anchors every quote. */
import fs from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { anchorQuote, describeMiss, type Anchor } from "./anchor";
import { scanBody } from "./body";
import { readFrontmatter, type Frontmatter } from "./frontmatter";
import { issueFrontmatter, mdxComponentNames, storyFrontmatter, type IssueFrontmatter, type StoryFrontmatter } from "./schema";
import { parseSource, type Source } from "./source";

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
  /** The MDX body, frontmatter included so that compile errors keep the file's line numbers. */
  mdx: string;
};

export type Story = {
  slug: string;
  dir: string;
  /** index.mdx, relative to the working directory, as findings name it. */
  file: string;
  meta: StoryFrontmatter;
  source: Source;
  /** Issues by `order`, then by title; drafts included (publicStories leaves them out). */
  issues: Issue[];
  mdx: string;
};

export type Content = { stories: Story[]; findings: Finding[] };

/** What a story folder, an issue file and a URL segment may be called: lower-case words and hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

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

/** Validates frontmatter against a schema; every fault becomes a finding at the field's line. */
function validate<Schema extends z.ZodType>(schema: Schema, file: string, frontmatter: Frontmatter | null, severity: Severity, findings: Finding[]): z.infer<Schema> | null {
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
  for (const issue of parsed.error.issues) {
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
          ? "missing"
          : `expected ${EXPECTED[issue.expected] ?? issue.expected}, got ${describeType(value)}`;
    findings.push({ file, line: frontmatter.lineOf(issue.path), field: fieldName(issue.path), message, severity });
  }
  return null;
}

/** Checks an MDX body's components, quotes and citations against the story's source. */
function checkBody(file: string, text: string, source: Source, severity: Severity, findings: Finding[]): void {
  const scan = scanBody(text);
  if (scan.syntaxError) {
    findings.push({ file, line: scan.syntaxError.line, field: "body", message: `MDX syntax error: ${scan.syntaxError.message}`, severity });
    return;
  }
  for (const ref of scan.refs) {
    if (ref.kind === "component" && !(mdxComponentNames as readonly string[]).includes(ref.name)) {
      findings.push({ file, line: ref.line, field: "body", message: `unknown component <${ref.name}> (known: ${mdxComponentNames.join(", ")})`, severity });
    } else if (ref.kind === "quote") {
      const anchor = anchorQuote(source.paragraphs, ref.text, source.credit);
      if (anchor.status !== "found") findings.push({ file, line: ref.line, field: "Quote", message: describeMiss(anchor, ref.text), severity });
    } else if (ref.kind === "cite") {
      if (ref.paragraphs === null) {
        findings.push({ file, line: ref.line, field: "Cite", message: `bad citation ${JSON.stringify(ref.raw)}: write p="3", p="3, 7" or p="3-5"`, severity });
        continue;
      }
      for (const paragraph of ref.paragraphs.filter((n) => n < 1 || n > source.paragraphs.length)) {
        findings.push({ file, line: ref.line, field: "Cite", message: `cites ¶${paragraph}, but the article has paragraphs 1 to ${source.paragraphs.length}`, severity });
      }
    }
  }
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

function loadIssue(file: string, display: string, storySlug: string, source: Source, storyIsDraft: boolean, findings: Finding[]): Issue | null {
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
  checkBody(display, text, source, severity, findings);
  return { slug, storySlug, file: display, meta, anchors, mdx: text };
}

function byOrder(a: Issue, b: Issue): number {
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
      const meta = validate(storyFrontmatter, rel("index.mdx"), frontmatter, severity, findings);
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
      if (!frontmatter || !meta) continue;
      if (source.date && source.date !== meta.source.date) {
        findings.push({ file: rel("index.mdx"), line: frontmatter.lineOf(["source", "date"]), field: "source.date", message: `${meta.source.date} differs from the date line of source.txt (${source.date})`, severity });
      }
      checkBody(rel("index.mdx"), indexText, source, severity, findings);
      const issues = issueFiles
        .map((name) => loadIssue(path.join(dir, "issues", name), rel(`issues/${name}`), slug, source, isDraft, findings))
        .filter((issue): issue is Issue => issue !== null)
        .sort(byOrder);
      stories.push({ slug, dir, file: rel("index.mdx"), meta, source, issues, mdx: indexText });
    }
  }
  stories.sort((a, b) => b.meta.published.localeCompare(a.meta.published) || a.meta.title.localeCompare(b.meta.title));
  return { stories, findings };
}

export function isPublished(item: { meta: { status: string } }): boolean {
  return item.meta.status === "published";
}

/** The public view: published stories with only their published issues. */
export function publicStories(content: Content): Story[] {
  return content.stories.filter(isPublished).map((story) => ({ ...story, issues: story.issues.filter(isPublished) }));
}
