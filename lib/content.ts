/**
 * The content engine: reads `content/`, validates it against the schema and the source, anchors every quote, and
 * resolves everything a page shows. A file's independent faults are all reported in one run: a fault in its
 * frontmatter does not hide its body's, and a check that truly needs something broken says it was skipped, and why.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { anchorQuote, closestPassage, describeMiss, type Anchor } from "./anchor";
import { checkCitation } from "./citation";
import { citedParagraphs, groundTitle, plainText, quotedWords, readCitedText, readDocument, type BodyFault, type Document, type Inline, type LinkResolver, type Passage } from "./document";
import { readFrontmatter, type Frontmatter } from "./frontmatter";
import { disagreement } from "./grounding";
import { decodeText, LIMITS } from "./guard";
import { articlePath, creditPath, issuePath, paragraphPath, SLUG, storyPath } from "./paths";
import { issueFrontmatter, standingCell, storyFrontmatter, update as updateSchema, type IssueFrontmatter, type Side, type StandingStatus, type StoryFrontmatter } from "./schema";
import { parseSource, type Source } from "./source";
import { outOfOrder, span } from "./timeline";
import { formatDate } from "./format";
import { diffLine, matchParagraphs, type Match } from "./versions";
import { GUIDE } from "./scaffold";

/** An error fails the build; a warning does not; a skipped check says what could not be checked, and why. */
export type Severity = "error" | "warning" | "skipped";
/** One fault in one place: `file:line: field: message`. `draft`: a warning only because its content is a draft. */
export type Finding = { file: string; line: number; field: string; message: string; severity: Severity; draft?: boolean };

export type AnchoredQuote = { quote: string; anchor: Anchor };

/** A cell of the table: what a side said, resolved and grounded, or that the article reports nothing. */
export type Cell = Passage | "not reported";

/** An issue's row of the table: a cell for each side, in the story's order, and where the issue stands. */
export type IssueStanding = { status: StandingStatus; cells: { side: Side; cell: Cell }[]; where: Passage };

export type Issue = {
  slug: string;
  storySlug: string;
  file: string;
  meta: IssueFrontmatter;
  /** The note beside the article and the lead of the issue's page: resolved, cited and grounded. */
  summary: Passage;
  anchors: AnchoredQuote[];
  standing: IssueStanding | null;
  /** The body, read and resolved: quotes placed, citations checked, passages numbered. */
  body: Document;
};

export type TimelineEntry = { when: string; label: Passage; text: Passage };

/** One version of the report: its fingerprint, when it was received, and where the site serves it. */
export type ReportVersion = { sha256: string; received: string; source: Source; file: string };

/** A later version of the report: what the editor says changed, and what did, paragraph by paragraph. */
export type StoryUpdate = { date: string; text: Inline[]; before: ReportVersion; after: ReportVersion; match: Match };
export type StoryCorrection = { date: string; text: Inline[]; paragraphs: number[] };

export type Story = {
  slug: string;
  dir: string;
  /** index.mdx, relative to the working directory, as findings name it. */
  file: string;
  meta: StoryFrontmatter;
  /** The description, resolved: the explainer's lead, cited and grounded. */
  lead: Passage;
  /** The parties the story's table has a column for, in order. */
  sides: Side[];
  source: Source;
  /** source.txt, relative to the working directory, as findings name it. */
  sourceFile: string;
  /** SHA-256 of source.txt as it is on disk (hex). */
  sourceHash: string;
  /** Issues by `order`, then by title; drafts included (publicStories leaves them out). */
  issues: Issue[];
  body: Document;
  timeline: TimelineEntry[];
  corrections: StoryCorrection[];
  /** Later versions of the report taken since the first, oldest first. */
  updates: StoryUpdate[];
  /** Paragraphs of the report that nothing cites: not the explainer, its timeline, nor its issues' bodies and table rows (published issues, for a published story). */
  uncited: number[];
};

/** `drafts`: files declared draft (a story's index.mdx stands for its whole folder), for the checker's verdict on each. */
export type Content = { stories: Story[]; findings: Finding[]; drafts: string[] };

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

export function fieldName(at: readonly PropertyKey[]): string {
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

/** Deep partial: what of a frontmatter is valid when some of it is not (lists are valid whole, or not at all). */
type Valid<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: Valid<T[K]> } : T;

type Place = { file: string; frontmatter: Frontmatter; severity: Severity; draft: boolean; findings: Finding[] };

const at = (place: Place, path: readonly PropertyKey[], message: string): Finding => ({
  file: place.file,
  line: place.frontmatter.lineOf(path),
  field: fieldName(path),
  message,
  severity: place.severity,
  ...(place.draft ? { draft: true } : {}),
});

/** Validates one value against a schema; every fault becomes a finding at the field's line. */
function validateValue<Schema extends z.ZodType>(schema: Schema, value: unknown, prefix: readonly PropertyKey[], place: Place, hints: Record<string, string> = {}): { ok: true; value: z.infer<Schema> } | { ok: false } {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  for (const issue of parsed.error.issues.flatMap(branchOfValue)) {
    const path = [...prefix, ...issue.path];
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) place.findings.push(at(place, [...path, key], "unknown field"));
      continue;
    }
    const found = valueAt(value, issue.path);
    const message =
      issue.code !== "invalid_type" ? issue.message : found === undefined ? (hints[fieldName(path)] ?? "missing") : `expected ${EXPECTED[issue.expected] ?? issue.expected}, got ${describeType(found)}`;
    place.findings.push(at(place, path, message));
  }
  return { ok: false };
}

/**
 * Validates a frontmatter field by field, so that one bad field hides no other: each top-level field (and each
 * field of `source`) on its own. Returns what is valid, and the whole typed value when everything is.
 */
function validateFields<Schema extends z.ZodObject>(
  schema: Schema,
  data: unknown,
  place: Place,
  hints: Record<string, string> = {},
  prefix: readonly PropertyKey[] = [],
): { valid: Valid<z.infer<Schema>>; whole: z.infer<Schema> | null } {
  const isRecord = Boolean(data) && typeof data === "object" && !Array.isArray(data);
  const record = isRecord ? (data as Record<string, unknown>) : {};
  if (!isRecord && data !== undefined && data !== null) place.findings.push(at(place, prefix, `expected a mapping of fields, got ${describeType(data)}`));
  let complete = isRecord;
  const valid: Record<string, unknown> = {};
  for (const key of Object.keys(record).filter((key) => !(key in schema.shape))) {
    place.findings.push(at(place, [...prefix, key], "unknown field"));
    complete = false;
  }
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    const value = record[key];
    const nested = "shape" in field && value && typeof value === "object" && !Array.isArray(value);
    const result = nested ? validateFields(field as unknown as z.ZodObject, value, place, hints, [...prefix, key]) : null;
    if (result) {
      valid[key] = result.valid;
      complete &&= result.whole !== null;
      continue;
    }
    const checked = validateValue(field, value, [...prefix, key], place, hints);
    if (checked.ok) valid[key] = checked.value;
    else complete = false;
  }
  const whole = complete ? schema.safeParse(record) : null;
  return { valid: valid as Valid<z.infer<Schema>>, whole: whole?.success ? whole.data : null };
}

/** A file's text, or why it cannot be read; null when it does not exist. */
function readFile(file: string, maxBytes: number): { text: string } | { problem: string; line: number } | null {
  let bytes: Buffer;
  try {
    if (!fs.statSync(file).isFile()) return { problem: "is not a file", line: 1 };
    bytes = fs.readFileSync(file);
  } catch {
    return null;
  }
  const decoded = decodeText(bytes, maxBytes);
  return "text" in decoded ? decoded : { problem: decoded.fault.message, line: decoded.fault.line };
}

/**
 * Links in a body are written relative to the story (`article#p-3`, `issues/taiwan`); this resolves them to the
 * site's addresses and refuses any that name no page, or a draft from published content.
 */
function storyLinks(storySlug: string, source: Source, issues: { slug: string; published: boolean }[], fromPublished: boolean): LinkResolver {
  return (href) => {
    if (/^(?:https?:|mailto:|\/|#)/i.test(href)) return { href };
    const removed = /^article#removed-(\d{1,9})$/.exec(href);
    if (removed) return { problem: `links to ¶${removed[1]} of an earlier version, which the report's update removed: link to another paragraph, or remove the link` };
    const paragraph = /^article#p-(\d{1,9})$/.exec(href);
    if (paragraph) {
      const [problem] = checkCitation(paragraph[1], source.paragraphs.length, "link to").problems;
      return problem ? { problem } : { href: paragraphPath(storySlug, Number(paragraph[1])) };
    }
    if (href === "article") return { href: articlePath(storySlug) };
    if (href === "article#credit" && source.credit) return { href: creditPath(storySlug) };
    const issue = /^issues\/([^/#?]+)$/.exec(href);
    const target = issue && issues.find((candidate) => candidate.slug === issue[1]);
    if (target && (target.published || !fromPublished)) return { href: issuePath(storySlug, target.slug) };
    if (target) return { problem: `link to ${JSON.stringify(href)}: that issue is a draft, and this page is published` };
    if (href === "" || href === ".") return { href: storyPath(storySlug) };
    return { problem: `link to ${JSON.stringify(href.length > 60 ? `${href.slice(0, 57)}...` : href)} names no page of this story (write article, article#p-N, article#credit or issues/<issue>)` };
  };
}

/** Draft content's faults are warnings; the status is read raw so that even a draft that fails the schema stays a draft. */
function declaredStatus(frontmatter: Frontmatter | null): unknown {
  const data = frontmatter?.data;
  return data && typeof data === "object" ? (data as { status?: unknown }).status : undefined;
}

/** A title or a label is plain text: words in quotation marks there could not be checked, so they are refused. */
function noQuotationMarks(place: Place, path: (string | number)[], text: string | undefined): void {
  const quoted = text === undefined ? null : quotedWords(text);
  if (quoted) place.findings.push(at(place, path, `quotation marks around ${quoted}: a ${path.at(-1) === "label" ? "label" : "title"} cannot hold a quotation, which the build could not check`));
}

/** What every check on one story needs to know of it. */
type StoryContext = {
  slug: string;
  source: Source;
  reportDate: string | null;
  draft: boolean;
  sides: Side[] | null;
  sidesLine: number;
  file: string;
  /** What a `review` left by `npm run story:update` asks of the editor, with the paragraph's old and new wording. */
  reviewNote: (review: string) => string;
};

type LoadedIssue = {
  slug: string;
  file: string;
  place: Place;
  meta: IssueFrontmatter | null;
  /** Declared published (or, with a mistyped status, not declared a draft): what a published story counts. */
  counted: boolean;
  published: boolean;
  text: string;
  anchors: AnchoredQuote[];
  summary: Passage | null;
  standing: IssueStanding | null;
  dataCites: number[];
};

/** The scaffold's guides an editor has not yet replaced: one line for the file, naming where they stand. */
function guidesLeft(place: Place, text: string): void {
  const lines = text.split("\n").flatMap((line, index) => (line.includes(GUIDE) ? [index + 1] : []));
  if (lines.length === 0) return;
  const where = lines.length > 6 ? `${lines.slice(0, 6).join(", ")}…` : lines.join(", ");
  place.findings.push({ ...at(place, [], `${lines.length === 1 ? "a guide" : `${lines.length} guides`} from npm run story:new ${lines.length === 1 ? "is" : "are"} still here (line ${where}): replace ${lines.length === 1 ? "it" : "each"} with the story's own words`), field: "scaffold", line: lines[0] });
}

/** Faults of a text read by lib/document.ts, as findings of this file. */
const push = (place: Place, faults: BodyFault[]) => {
  for (const fault of faults) place.findings.push({ file: place.file, ...fault, severity: place.severity, ...(place.draft ? { draft: true } : {}) });
};

/** A frontmatter statement read against the paragraphs it cites; null when its cite names none that exist. */
function citedText(place: Place, story: StoryContext, path: (string | number)[], value: { text: string; cite: string; review?: string }, id: string, textField = "text"): Passage {
  const { cites, problems } = checkCitation(value.cite, story.source.paragraphs.length);
  if (value.review !== undefined && textField === "text") place.findings.push(at(place, [...path, "review"], story.reviewNote(value.review)));
  if (textField === "text") for (const problem of problems) place.findings.push(at(place, [...path, "cite"], problem));
  const { passage, faults } = readCitedText(value.text, { source: story.source, reportDate: story.reportDate, field: fieldName([...path, textField]), line: place.frontmatter.lineOf([...path, textField]), id, cites });
  push(place, faults);
  return passage;
}

function statusCitation(place: Place, story: StoryContext, path: (string | number)[], raw: string, id: string): Passage {
  const { cites, problems } = checkCitation(raw, story.source.paragraphs.length);
  for (const problem of problems) place.findings.push(at(place, path, problem));
  return { id, children: [], cites, checked: cites.map((paragraph) => ({ paragraph, quotes: 0, words: [] })), fromDateLine: [] };
}

/** An issue's row of the table, checked against the sides its story declares. */
function resolveStanding(place: Place, story: StoryContext, slug: string, raw: { status: StandingStatus; cite: string; review?: string; cells: Record<string, unknown> }): IssueStanding | null {
  if (raw.review !== undefined) place.findings.push(at(place, ["standing", "review"], story.reviewNote(raw.review)));
  if (story.sides === null) {
    place.findings.push({ ...at(place, ["standing"], `not checked: the story's sides have errors (${story.file}:${story.sidesLine})`), severity: "skipped" });
    return null;
  }
  if (story.sides.length === 0) {
    place.findings.push(at(place, ["standing"], `the story declares no sides, so it has no table: declare its sides in ${story.file}, or remove standing`));
    return null;
  }
  const keys = story.sides.map((side) => side.key);
  let ok = true;
  for (const key of Object.keys(raw.cells).filter((key) => !keys.includes(key))) {
    place.findings.push(at(place, ["standing", key], `not a side of this story (its sides: ${keys.join(", ")})`));
    ok = false;
  }
  const cells: { side: Side; cell: Cell }[] = [];
  for (const side of story.sides) {
    const value = raw.cells[side.key];
    if (value === undefined) {
      place.findings.push(at(place, ["standing", side.key], `missing: say what ${side.label.replace(/^The /, "the ")} said, with its cite, or write "${side.key}: not reported"`));
      ok = false;
      continue;
    }
    const cell = validateValue(standingCell, value, ["standing", side.key], place);
    if (!cell.ok) {
      ok = false;
      continue;
    }
    cells.push({ side, cell: cell.value === "not reported" ? "not reported" : citedText(place, story, ["standing", side.key], cell.value, `standing-${slug}-${side.key}`) });
  }
  const where = statusCitation(place, story, ["standing", "cite"], raw.cite, `standing-${slug}-status`);
  return ok ? { status: raw.status, cells, where } : null;
}

/** An issue's frontmatter, anchors, summary and row; its body is read once every issue of the story is known. */
function loadIssue(file: string, display: string, story: StoryContext, findings: Finding[]): LoadedIssue | null {
  const slug = path.basename(file, ".mdx");
  const read = readFile(file, LIMITS.mdxBytes);
  if (read === null || "problem" in read) {
    findings.push({ file: display, line: read?.line ?? 1, field: "file", message: read?.problem ?? "cannot be read", severity: story.draft ? "warning" : "error" });
    return null;
  }
  const frontmatter = readFrontmatter(read.text);
  const draft = story.draft || declaredStatus(frontmatter) === "draft";
  const place: Place = { file: display, frontmatter: frontmatter ?? { data: undefined, lineOf: () => 1, rangeOf: () => null, syntaxError: null }, severity: draft ? "warning" : "error", draft, findings };
  if (!SLUG.test(slug)) findings.push({ ...at(place, [], `file name "${slug}" must be lower-case words, digits and hyphens`), field: "slug", line: 1 });
  guidesLeft(place, read.text);
  const loaded: LoadedIssue = { slug, file: display, place, meta: null, counted: story.draft || declaredStatus(frontmatter) !== "draft", published: declaredStatus(frontmatter) === "published", text: read.text, anchors: [], summary: null, standing: null, dataCites: [] };
  if (!frontmatter) findings.push({ ...at(place, [], "missing: the file must start with a --- YAML block ---"), field: "frontmatter", line: 1 });
  else if (frontmatter.syntaxError) findings.push({ ...at(place, [], frontmatter.syntaxError.message), field: "frontmatter", line: frontmatter.syntaxError.line });
  else {
    const { valid, whole } = validateFields(issueFrontmatter, frontmatter.data, place);
    noQuotationMarks(place, ["title"], valid.title);
    loaded.meta = whole;
    loaded.anchors = (valid.anchors ?? []).map((item, index) => {
      const quote = typeof item === "string" ? item : item.quote;
      if (typeof item !== "string") place.findings.push(at(place, ["anchors", index, "review"], story.reviewNote(item.review)));
      const anchor = anchorQuote(story.source.paragraphs, quote, story.source.credit);
      if (anchor.status !== "found") {
        const near = anchor.status === "orphan" ? closestPassage(story.source.paragraphs, quote) : null;
        findings.push(at(place, ["anchors", index], `${describeMiss(anchor, quote)}${near ? `; closest is ¶${near.paragraph}: ${near.difference}` : ""}`));
      }
      return { quote, anchor };
    });
    if (valid.summary?.text !== undefined && valid.summary.cite !== undefined) loaded.summary = citedText(place, story, ["summary"], { text: valid.summary.text, cite: valid.summary.cite, review: valid.summary.review }, `summary-${slug}`);
    if (valid.standing?.status && valid.standing.cite !== undefined) loaded.standing = resolveStanding(place, story, slug, valid.standing as { status: StandingStatus; cite: string; review?: string; cells: Record<string, unknown> });
    loaded.dataCites = [loaded.summary, loaded.standing?.where, ...(loaded.standing?.cells ?? []).map(({ cell }) => (cell === "not reported" ? null : cell))].flatMap((passage) => passage?.cites ?? []);
  }
  return loaded;
}

function byOrder(a: Pick<Issue, "meta">, b: Pick<Issue, "meta">): number {
  return (a.meta.order ?? Number.MAX_SAFE_INTEGER) - (b.meta.order ?? Number.MAX_SAFE_INTEGER) || a.meta.title.localeCompare(b.meta.title);
}

/** The report of a story, parsed, or why it cannot be. */
function readSource(file: string, credit: unknown): { source: Source; hash: string } | { problem: string; line: number } {
  const read = readFile(file, LIMITS.sourceBytes);
  if (read === null) return { problem: "missing: every story needs the article as source.txt", line: 1 };
  if ("problem" in read) return read;
  const source = parseSource(read.text, typeof credit === "string" ? { credit } : {});
  if (source.paragraphs.length === 0) return { problem: "empty: source.txt has no paragraphs", line: 1 };
  if (source.paragraphs.length > LIMITS.sourceParagraphs) return { problem: `holds ${source.paragraphs.length} paragraphs, over the limit of ${LIMITS.sourceParagraphs}`, line: 1 };
  return { source, hash: createHash("sha256").update(fs.readFileSync(file)).digest("hex") };
}

/** A story's checks on its own frontmatter: the pinned report, its dates, corrections and timeline. */
function checkStoryFields(place: Place, story: StoryContext, valid: Valid<StoryFrontmatter>, source: Source, sourceHash: string): { timeline: TimelineEntry[]; corrections: StoryCorrection[] } {
  const { findings } = place;
  if (source.date && valid.source?.date && source.date !== valid.source.date) findings.push(at(place, ["source", "date"], `${valid.source.date} differs from the date line of source.txt (${source.date})`));
  if (valid.source?.sha256 && valid.source.sha256 !== sourceHash) findings.push(at(place, ["source", "sha256"], `source.txt does not match the report as received: its SHA-256 is ${sourceHash}, the story pins ${valid.source.sha256}`));
  if (valid.source?.credit && !source.credit) findings.push(at(place, ["source", "credit"], "is not the report's last paragraph, word for word"));
  // Publication follows the first version's arrival; `received` moves on with each update.
  const earliest = updateVersions.safeParse((place.frontmatter.data as { updates?: unknown[] } | undefined)?.updates?.[0]);
  const firstReceived = earliest.success ? earliest.data.previous.received : valid.source?.received;
  if (valid.published && firstReceived && valid.published < firstReceived) findings.push(at(place, ["published"], `${valid.published} is before the report was received (${earliest.success ? "its first version" : "source.received"}: ${firstReceived})`));
  const corrections = (valid.corrections ?? []).map((correction, index): StoryCorrection => {
    if (correction.review !== undefined) findings.push(at(place, ["corrections", index, "review"], story.reviewNote(correction.review)));
    if (valid.published && correction.date < valid.published) findings.push(at(place, ["corrections", index, "date"], `${correction.date} is before the story was published (${valid.published})`));
    const named = (correction.paragraphs ?? []).filter((n) => n > source.paragraphs.length);
    if (named.length > 0) findings.push(at(place, ["corrections", index, "paragraphs"], `names ${named.slice(0, 3).map((n) => `¶${n}`).join(", ")}${named.length > 3 ? ` and ${named.length - 3} more` : ""}, but the article has paragraphs 1 to ${source.paragraphs.length}`));
    const paragraphs = (correction.paragraphs ?? []).filter((n) => n <= source.paragraphs.length);
    const { passage, faults } = readCitedText(correction.text, { source, reportDate: story.reportDate, field: `corrections[${index}].text`, line: place.frontmatter.lineOf(["corrections", index, "text"]), id: `correction-${index + 1}`, cites: null, quoteFrom: paragraphs.length > 0 ? paragraphs : undefined });
    push(place, faults);
    return { date: correction.date, text: passage.children, paragraphs };
  });
  const events = valid.timeline ?? [];
  const timeline = events.map((event, index): TimelineEntry => {
    const label = citedText(place, story, ["timeline", index], { text: event.label, cite: event.cite }, `timeline-${index + 1}-label`, "label");
    // The label's date words must fit the date the event is filed under.
    const [from, to] = span(event.when);
    const misfit = disagreement(plainText(label.children), { from, to });
    if (misfit && !misfit.startsWith("it shows no")) findings.push(at(place, ["timeline", index, "label"], `${misfit} (when: ${event.when})`));
    return { when: event.when, label, text: citedText(place, story, ["timeline", index], { text: event.text, cite: event.cite, review: event.review }, `timeline-${index + 1}`) };
  });
  for (const { index, after } of outOfOrder(events.map((event) => event.when))) {
    findings.push(at(place, ["timeline", index, "when"], `${events[index].when} comes before timeline[${after}] (${events[after].when}): list events in chronological order`));
  }
  return { timeline, corrections };
}

/** Where an earlier version of the report is kept, in the story's folder: by the date it was received and its hash. */
export const versionFile = (version: { received: string; sha256: string }) => `versions/${version.received}-${version.sha256.slice(0, 8)}.txt`;

/** What of an update entry locates the versions it joins. */
const updateVersions = updateSchema.pick({ date: true, previous: true }).loose();

const REVIEW = /^(\d{4}-\d{2}-\d{2}): ¶(\d{1,6}) (?:edited, now ¶(\d{1,6})|removed)$/;

/**
 * The story's updates, each with the version it replaced (kept byte for byte in versions/) and the one that replaced
 * it, matched paragraph by paragraph; and how to tell an editor what a `review` left by `story:update` asks.
 */
function readUpdates(place: Place, dir: string, raw: unknown, current: ReportVersion, credit: unknown): { updates: StoryUpdate[]; reviewNote: (review: string) => string } {
  // Each entry on its own: an update still to be worded must not hide the versions its reviews point to.
  const entries = (Array.isArray(raw) ? raw : []).flatMap((entry) => {
    const parsed = updateVersions.safeParse(entry);
    return parsed.success ? [{ ...parsed.data, text: typeof entry.text === "string" ? entry.text : "" }] : [];
  });
  const kept: (ReportVersion | null)[] = entries.map((entry, index) => {
    const file = versionFile(entry.previous);
    const read = readFile(path.join(dir, file), LIMITS.sourceBytes);
    const bytes = read && "text" in read ? fs.readFileSync(path.join(dir, file)) : null;
    const hash = bytes ? createHash("sha256").update(bytes).digest("hex") : null;
    if (!read) place.findings.push(at(place, ["updates", index, "previous"], `${file} is missing: the earlier version must stay in the story's folder, byte for byte`));
    else if ("problem" in read) place.findings.push(at(place, ["updates", index, "previous"], `${file}: ${read.problem}`));
    else if (hash !== entry.previous.sha256) place.findings.push(at(place, ["updates", index, "previous", "sha256"], `${file} does not match: its SHA-256 is ${hash}`));
    else return { sha256: entry.previous.sha256, received: entry.previous.received, source: parseSource(read.text, typeof credit === "string" ? { credit } : {}), file };
    return null;
  });
  const updates: StoryUpdate[] = [];
  entries.forEach((entry, index) => {
    const before = kept[index];
    const after = index + 1 < entries.length ? kept[index + 1] : current;
    if (!before || !after) return;
    const { passage, faults } = entry.text.trim() ? readCitedText(entry.text, { source: after.source, field: `updates[${index}].text`, line: place.frontmatter.lineOf(["updates", index, "text"]), id: `update-${index + 1}`, cites: null }) : { passage: { children: [] }, faults: [] };
    push(place, faults);
    updates.push({ date: entry.date, text: passage.children, before, after, match: matchParagraphs(before.source.paragraphs, after.source.paragraphs) });
  });
  const quoted = (text: string) => JSON.stringify(text.length > 200 ? `${text.slice(0, 197)}...` : text);
  const reviewNote = (review: string) =>
    review
      .split(";")
      .map((part) => {
        const match = REVIEW.exec(part.trim());
        const update = match && [...updates].reverse().find((candidate) => candidate.date === match[1]);
        if (!match) return `review: ${JSON.stringify(part.trim())} is not one npm run story:update writes ("2026-12-01: ¶14 edited, now ¶15", or "…: ¶14 removed")`;
        if (!update) return `review: the story records no update of ${match[1]}, or its earlier version is missing`;
        const [old, now] = [Number(match[2]), match[3] ? Number(match[3]) : null];
        const before = update.before.source.paragraphs[old - 1];
        const after = now === null ? undefined : update.after.source.paragraphs[now - 1];
        const when = `the report's update of ${formatDate(update.date)}`;
        if (before === undefined || (now !== null && after === undefined)) return `review: ${JSON.stringify(part.trim())} names a paragraph the versions of ${when} do not have`;
        return after === undefined
          ? `review: ¶${old} was removed in ${when}; it read ${quoted(before)}: cite the paragraph that now says it, or change the words, then delete the review`
          : `review: ¶${old} was edited in ${when} and is now ¶${now}: "${diffLine(before, after)}": check the words against it, then delete the review`;
      })
      .join(" / ");
  return { updates, reviewNote };
}

/** What loading one story produced: the story (if usable), its findings and drafts, and whether it claimed its slug. */
export type StoryResult = { story: Story | null; findings: Finding[]; drafts: string[]; claimed: boolean };

/** Keeps story results between loads (lib/content-cache.ts); `key` is null for a story that cannot be keyed. */
export type StoryCache = {
  key(dir: string, slug: string, cwd: string): string | null;
  get(key: string): StoryResult | undefined;
  set(key: string, result: StoryResult): void;
};

type LoadOptions = {
  /** Check one story only (`npm run check -- --story <slug>`). */
  only?: string;
  cache?: StoryCache;
};

/** Loads every story under each root's `stories/`; `display` paths are relative to `cwd`. */
export function loadContent(roots: readonly string[], cwd: string = process.cwd(), { only, cache }: LoadOptions = {}): Content {
  const findings: Finding[] = [];
  const stories: Story[] = [];
  const drafts: string[] = [];
  const seen = new Map<string, string>();
  for (const root of roots) {
    const storiesDir = path.join(root, "stories");
    const entries = fs.existsSync(storiesDir) ? fs.readdirSync(storiesDir, { withFileTypes: true }).filter((entry) => entry.isDirectory()) : [];
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (only !== undefined && entry.name !== only) continue;
      const dir = path.join(storiesDir, entry.name);
      // A slug already taken is reported against the story that took it: never from the cache.
      const key = cache && !seen.has(entry.name) ? cache.key(dir, entry.name, cwd) : null;
      const cached = key !== null ? cache?.get(key) : undefined;
      const result = cached ?? readStory(dir, entry.name, cwd, seen);
      if (key !== null && !cached) cache?.set(key, result);
      findings.push(...result.findings);
      drafts.push(...result.drafts);
      if (result.claimed) seen.set(entry.name, path.relative(cwd, path.join(dir, "index.mdx")));
      if (result.story) stories.push(result.story);
    }
  }
  stories.sort((a, b) => b.meta.published.localeCompare(a.meta.published) || a.meta.title.localeCompare(b.meta.title));
  return { stories, findings, drafts };
}

/** One story read afresh, with what it found; `seen` is only read, to report a slug already taken. */
function readStory(dir: string, slug: string, cwd: string, seen: ReadonlyMap<string, string>): StoryResult {
  const findings: Finding[] = [];
  const drafts: string[] = [];
  const claims = new Map(seen);
  const story = loadStory(dir, slug, cwd, claims, findings, drafts);
  return { story, findings, drafts, claimed: claims.size > seen.size };
}

function loadStory(dir: string, slug: string, cwd: string, seen: Map<string, string>, findings: Finding[], drafts: string[]): Story | null {
  const rel = (file: string) => path.relative(cwd, path.join(dir, file));
  const file = rel("index.mdx");
  const allIssueFiles = fs.existsSync(path.join(dir, "issues")) ? fs.readdirSync(path.join(dir, "issues")).filter((name) => name.endsWith(".mdx")).sort() : [];
  if (allIssueFiles.length > LIMITS.issuesPerStory) {
    findings.push({ file: rel("issues"), line: 1, field: "issues", message: `holds ${allIssueFiles.length} issues, over the limit of ${LIMITS.issuesPerStory}: only the first ${LIMITS.issuesPerStory} were checked`, severity: "error" });
  }
  const issueFiles = allIssueFiles.slice(0, LIMITS.issuesPerStory);
  const index = readFile(path.join(dir, "index.mdx"), LIMITS.mdxBytes);
  if (index === null || "problem" in index) {
    const message = index ? index.problem : issueFiles.length > 0 ? "an issues folder without a story: add index.mdx" : "missing index.mdx";
    findings.push({ file, line: index?.line ?? 1, field: index ? "file" : "story", message, severity: "error" });
    if (index && issueFiles.length > 0) findings.push({ file: rel("issues"), line: 1, field: "issues", message: `not checked: ${file} cannot be read`, severity: "skipped" });
    return null;
  }
  const frontmatter = readFrontmatter(index.text);
  const draft = declaredStatus(frontmatter) === "draft";
  if (draft) drafts.push(file);
  const place: Place = { file, frontmatter: frontmatter ?? { data: undefined, lineOf: () => 1, rangeOf: () => null, syntaxError: null }, severity: draft ? "warning" : "error", draft, findings };
  if (!SLUG.test(slug)) findings.push({ ...at(place, [], `folder name "${slug}" must be lower-case words, digits and hyphens`), field: "slug", line: 1 });
  guidesLeft(place, index.text);
  const earlier = seen.get(slug);
  if (earlier !== undefined) {
    findings.push({ file, line: 1, field: "slug", message: `duplicate story slug "${slug}": also ${earlier}`, severity: "error" });
    return null;
  }
  seen.set(slug, file);

  const rawSource = (frontmatter?.data as { source?: { credit?: unknown } } | undefined)?.source;
  const read = readSource(path.join(dir, "source.txt"), rawSource?.credit);
  const reading = "source" in read ? read : null;
  const unusable = "problem" in read ? read : null;
  if (unusable) findings.push({ file: rel("source.txt"), line: unusable.line, field: "source", message: unusable.problem, severity: place.severity, ...(draft ? { draft: true } : {}) });

  let valid: Valid<StoryFrontmatter> = {};
  let meta: StoryFrontmatter | null = null;
  if (!frontmatter) findings.push({ ...at(place, [], "missing: the file must start with a --- YAML block ---"), field: "frontmatter", line: 1 });
  else if (frontmatter.syntaxError) findings.push({ ...at(place, [], frontmatter.syntaxError.message), field: "frontmatter", line: frontmatter.syntaxError.line });
  else {
    const hash = reading?.hash ?? "";
    const result = validateFields(storyFrontmatter, frontmatter.data, place, {
      "source.sha256": reading ? `missing: pin the report as received by adding this line under source: "  sha256: ${hash}"` : "missing",
      "source.received": `missing: say when the report was received, under source: "  received: YYYY-MM-DD"`,
    });
    valid = result.valid;
    meta = result.whole;
    noQuotationMarks(place, ["title"], valid.title);
    (valid.sides ?? []).forEach((side, index) => noQuotationMarks(place, ["sides", index, "label"], side.label));
  }
  if (!reading) {
    findings.push({ file, line: 1, field: "body", message: `not checked: the bodies and issues of this story rest on source.txt, which ${unusable?.problem.startsWith("missing") ? "is missing" : "cannot be used"}`, severity: "skipped" });
    return null;
  }
  const { source, hash } = reading;
  const current: ReportVersion = { sha256: hash, received: valid.source?.received ?? "", source, file: "source.txt" };
  const { updates, reviewNote } = readUpdates(place, dir, (frontmatter?.data as { updates?: unknown } | undefined)?.updates, current, rawSource?.credit);
  const rawSides = (frontmatter?.data as { sides?: unknown } | undefined)?.sides;
  const story: StoryContext = {
    slug,
    source,
    reportDate: source.date ?? valid.source?.date ?? null,
    draft,
    sides: rawSides === undefined ? [] : valid.sides ? (valid.sides as Side[]) : null,
    sidesLine: place.frontmatter.lineOf(["sides"]),
    file,
    reviewNote,
  };
  const { timeline, corrections } = checkStoryFields(place, story, valid, source, hash);
  const lead = valid.description?.text !== undefined && valid.description.cite !== undefined ? citedText(place, story, ["description"], { text: valid.description.text, cite: valid.description.cite, review: valid.description.review }, "lead") : null;

  const loaded = issueFiles.map((name) => loadIssue(path.join(dir, "issues", name), rel(`issues/${name}`), story, findings)).filter((issue): issue is LoadedIssue => issue !== null);
  if (!draft) drafts.push(...loaded.filter((issue) => issue.place.draft).map((issue) => issue.file));
  const targets = loaded.map((issue) => ({ slug: issue.slug, published: issue.published }));
  const bodyOf = (place: Place, text: string, explainer: boolean) => {
    const { document, faults } = readDocument(text, { source, reportDate: story.reportDate, resolveLink: storyLinks(slug, source, targets, !place.draft), explainer, reviewNote, sideLabels: (story.sides ?? []).map((side) => side.label) });
    push(place, faults);
    return { document, unread: faults.some((fault) => fault.field === "body" && document.blocks.length === 1 && document.blocks[0].type === "problem") };
  };
  const body = frontmatter?.unclosed ? { document: { blocks: [] }, unread: true } : bodyOf(place, index.text, true);
  const issues: (Issue & { counted: boolean })[] = [];
  const unread: string[] = body.unread ? [file] : [];
  const documents: Document[] = [body.document];
  const dataCites = [...(lead?.cites ?? []), ...timeline.flatMap((entry) => entry.text.cites)];
  const titleOf = (place: Place, title: unknown, document: Document, cites: number[]) => {
    if (typeof title === "string" && !quotedWords(title)) push(place, groundTitle(title, { source, reportDate: story.reportDate, line: place.frontmatter.lineOf(["title"]), cites: [...citedParagraphs(document), ...cites] }));
  };
  titleOf(place, meta?.title, body.document, dataCites);
  for (const issue of loaded) {
    const read = issue.place.frontmatter.unclosed ? { document: { blocks: [] }, unread: true } : bodyOf(issue.place, issue.text, false);
    titleOf(issue.place, issue.meta?.title, read.document, issue.dataCites);
    if (read.unread) unread.push(issue.file);
    if (issue.counted) {
      documents.push(read.document);
      dataCites.push(...issue.dataCites);
    }
    if (issue.meta && issue.summary) issues.push({ slug: issue.slug, storySlug: slug, file: issue.file, meta: issue.meta, summary: issue.summary, anchors: issue.anchors, standing: issue.standing, body: read.document, counted: issue.counted });
  }
  issues.sort(byOrder);

  const table = body.document.blocks.find((block) => block.type === "issue-table");
  if (table && story.sides?.length === 0) findings.push({ ...at(place, [], "the story declares no sides, so it has no table: declare them under sides:, or remove <IssueTable />"), field: "IssueTable", line: table.line });
  const shown = issues.filter((issue) => draft || isPublished(issue));
  if (story.sides?.length && shown.length > 0 && shown.every((issue) => !issue.meta.standing)) {
    findings.push({ file, line: 1, field: "standing", message: "no issue of this story says where it stands: the explainer's table is left out", severity: "warning" });
  } else if (story.sides?.length) {
    for (const issue of shown.filter((candidate) => !candidate.meta.standing)) {
      findings.push({ file: issue.file, line: 1, field: "standing", message: "missing: this issue is left out of the explainer's table of where each issue stands", severity: "warning" });
    }
  }

  const uncited = uncitedParagraphs(source, documents).filter((n) => !dataCites.includes(n));
  if (uncited.length > 0) {
    const list = uncited.map((n) => `¶${n}`).join(", ");
    const notCounting = unread.length > 0 ? ` (not counting ${unread.join(", ")}, which could not be read)` : "";
    findings.push({ file: rel("source.txt"), line: 1, field: "coverage", message: `${list} ${uncited.length === 1 ? "is" : "are"} cited nowhere: not in the explainer, its timeline or its ${draft ? "" : "published "}issues${notCounting}`, severity: "warning" });
  }
  if (!meta || !lead || story.sides === null) return null;
  return {
    slug,
    dir,
    file,
    sourceFile: rel("source.txt"),
    meta,
    lead,
    sides: story.sides,
    source,
    sourceHash: hash,
    issues: issues.map(({ counted: _counted, ...issue }) => issue),
    body: body.document,
    timeline,
    corrections,
    updates,
    uncited,
  };
}

/** Paragraphs of the report that none of these documents cites. */
export function uncitedParagraphs(source: Source, documents: Document[]): number[] {
  const cited = new Set(documents.flatMap((document) => [...citedParagraphs(document)]));
  return source.paragraphs.map((_, index) => index + 1).filter((n) => !cited.has(n));
}

export function isPublished(item: { meta: { status: string } }): boolean {
  return item.meta.status === "published";
}

/** The date a story last changed for readers: its latest correction or update of the report, or its publication. */
export function lastModified(story: Story): string {
  const dates = [story.meta.published, ...(story.meta.corrections ?? []).map((correction) => correction.date), ...(story.meta.updates ?? []).map((update) => update.date)];
  return dates.sort().at(-1) ?? story.meta.published;
}

/** A story's lead, and an issue's summary, as plain text: for search engines, feeds, share cards and annotations. */
export const leadText = (story: Pick<Story, "lead">) => plainText(story.lead.children);
export const summaryText = (issue: Pick<Issue, "summary">) => plainText(issue.summary.children);

/** The public view: published stories with only their published issues. */
export function publicStories(content: Content): Story[] {
  return content.stories.filter(isPublished).map((story) => ({ ...story, issues: story.issues.filter(isPublished) }));
}
