/**
 * `npm run story:update`: takes a later version of a story's report. Every citation resting only on paragraphs
 * whose words are unchanged follows them to their new numbers; every one resting on an edited or removed paragraph
 * is marked with a `review` for the checker to name until an editor decides. Nothing else in the files changes:
 * each edit replaces one value where it stands.
 */
import { createHash } from "node:crypto";
import type { Root } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { anchorQuote } from "./anchor";
import { citationRanges } from "./citation";
import { versionFile } from "./content";
import { frontmatterEnd, readFrontmatter } from "./frontmatter";
import { parseSource, type Source } from "./source";
import { matchParagraphs, type Fate, type Match } from "./versions";

/** One replacement in a file; `place`, when the edit marks something to decide, is found by its line once written. */
type Edit = { start: number; end: number; text: string; place?: Omit<Place, "line"> };

/** Applies the edits, and gives each place the line it stands on in the text as written. */
function apply(text: string, edits: Edit[]): { text: string; places: Place[] } {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = "";
  let from = 0;
  const places: Place[] = [];
  for (const edit of sorted) {
    out += text.slice(from, edit.start);
    // An inserted review line stands on the line after the one it is added to.
    if (edit.place) places.push({ ...edit.place, line: out.split("\n").length + (edit.text.startsWith("\n") ? 1 : 0) });
    out += edit.text;
    from = edit.end;
  }
  return { text: out + text.slice(from), places };
}

/** "3, 4, 5, 9" → "3-5, 9": runs of three or more as ranges. */
export function formatCitation(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(j - i >= 2 ? `${sorted[i]}-${sorted[j]}` : sorted.slice(i, j + 1).join(", "));
    i = j + 1;
  }
  return parts.join(", ");
}

/** A citation carried over: its new wording, and what an editor must decide, if anything. */
export type Carried = { raw: string; review: string | null; changed: boolean };

/** Carries one citation ("3, 7", "3-5") from the old numbering to the new. */
export function carry(raw: string, fates: readonly Fate[], date: string): Carried {
  const ranges = citationRanges(raw);
  // A citation that does not parse, or names paragraphs the old report lacked, is the checker's to report: left alone.
  if (!ranges || ranges.some(([from, to]) => from < 1 || to > fates.length)) return { raw, review: null, changed: false };
  const old = ranges.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, k) => from + k));
  const kept: number[] = [];
  const reviews: string[] = [];
  for (const n of old) {
    const fate = fates[n - 1];
    if (fate.status === "removed") reviews.push(`${date}: ¶${n} removed`);
    else {
      kept.push(fate.to);
      if (fate.status === "edited") reviews.push(`${date}: ¶${n} edited, now ¶${fate.to}`);
    }
  }
  const same = kept.length === old.length && kept.every((n, i) => n === old[i]);
  return { raw: same ? raw : formatCitation(kept), review: reviews.length > 0 ? reviews.join("; ") : null, changed: !same };
}

const parser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx);
const quote = (text: string) => JSON.stringify(text);

/** A place an editor must decide, as the summary lists it. */
export type Place = { file: string; line: number; review: string };

type FileResult = { text: string; carried: number; renumbered: number; places: Place[] };


const endOfLine = (text: string, offset: number) => {
  const at = text.indexOf("\n", offset);
  return at === -1 ? text.length : at;
};
const indentOf = (text: string, offset: number) => /^[ \t]*/.exec(text.slice(text.lastIndexOf("\n", offset - 1) + 1))![0];

/** Every citation of one content file carried over: the body's <Cite> and links, and the frontmatter's cites, paragraphs and anchors. */
export function carryFile(file: string, text: string, match: Match, date: string, oldSource: Source): FileResult {
  const edits: Edit[] = [];
  const result: FileResult = { text, carried: 0, renumbered: 0, places: [] };
  const note = (carried: Carried) => {
    result.carried++;
    if (carried.changed) result.renumbered++;
  };
  const frontmatter = readFrontmatter(text);
  const data = (frontmatter?.data ?? {}) as Record<string, unknown>;
  // A sibling `review:` on the line after a value, at its key's indentation.
  const addReview = (path: (string | number)[], review: string) => {
    const range = frontmatter!.rangeOf(path);
    if (!range) return;
    const keyLine = frontmatter!.lineOf(path);
    const lineStart = text.split("\n").slice(0, keyLine - 1).join("\n").length + (keyLine > 1 ? 1 : 0);
    // The key's own column: a list item's dash counts as indentation ("  - cite:" → four spaces).
    const indent = /^[ \t]*(?:-[ \t]+)?/.exec(text.slice(lineStart, endOfLine(text, lineStart)))![0].replace(/-/g, " ");
    const at = endOfLine(text, range[1]);
    edits.push({ start: at, end: at, text: `\n${indent}review: ${quote(review)}`, place: { file, review } });
  };
  const carryCite = (path: (string | number)[]) => {
    const range = frontmatter?.rangeOf(path);
    const raw = valueAt(data, path);
    if (!range || typeof raw !== "string") return;
    const carried = carry(raw, match.fates, date);
    note(carried);
    if (carried.changed) edits.push({ start: range[0], end: range[1], text: quote(carried.raw) });
    if (carried.review) addReview(path, carried.review);
  };
  if (frontmatter && !frontmatter.syntaxError) {
    if (data.description) carryCite(["description", "cite"]);
    if (data.summary) carryCite(["summary", "cite"]);
    if (data.standing && typeof data.standing === "object") {
      for (const [key, cell] of Object.entries(data.standing as Record<string, unknown>)) {
        if (key === "cite") carryCite(["standing", "cite"]);
        else if (cell && typeof cell === "object") carryCite(["standing", key, "cite"]);
      }
    }
    (Array.isArray(data.timeline) ? data.timeline : []).forEach((_, index) => carryCite(["timeline", index, "cite"]));
    (Array.isArray(data.corrections) ? data.corrections : []).forEach((correction, index) => {
      const paragraphs = (correction as { paragraphs?: unknown }).paragraphs;
      const range = frontmatter.rangeOf(["corrections", index, "paragraphs"]);
      if (!Array.isArray(paragraphs) || !range || !paragraphs.every((n) => Number.isInteger(n))) return;
      const carried = carry(paragraphs.join(", "), match.fates, date);
      note(carried);
      if (carried.changed) edits.push({ start: range[0], end: range[1], text: `[${[...new Set(citationList(carried.raw))].join(", ")}]` });
      if (carried.review) addReview(["corrections", index, "paragraphs"], carried.review);
    });
    // An anchor is a quote, and lands by its words; one in an edited paragraph still asks an editor to look.
    (Array.isArray(data.anchors) ? data.anchors : []).forEach((anchor, index) => {
      if (typeof anchor !== "string") return;
      const range = frontmatter.rangeOf(["anchors", index]);
      const landed = anchorQuote(oldSource.paragraphs, anchor, oldSource.credit);
      const found = landed.status === "found" ? landed.paragraph - 1 : -1;
      const fate = found === -1 ? null : match.fates[found];
      if (!range || !fate || fate.status === "unchanged" || fate.status === "moved") return;
      const review = fate.status === "removed" ? `${date}: ¶${found + 1} removed` : `${date}: ¶${found + 1} edited, now ¶${fate.to}`;
      edits.push({ start: range[0], end: range[1], text: `{ quote: ${quote(anchor)}, review: ${quote(review)} }`, place: { file, review } });
    });
  }
  // The body: <Cite p="…"> and links to a paragraph, found by the parser, rewritten where they stand.
  const bodyStart = Math.max(frontmatterEnd(text), 0);
  let tree: Root | null = null;
  try {
    tree = parser.parse(text);
  } catch {
    tree = null; // The checker reports a body it cannot parse; its citations stay as they are.
  }
  const visit = (node: { type: string; children?: unknown[]; name?: string | null; url?: string; position?: { start: { offset?: number }; end: { offset?: number } } }) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined && start >= bodyStart) {
      const source = text.slice(start, end);
      if (node.type === "mdxJsxTextElement" && node.name === "Cite") {
        const attribute = /\bp=(["'])([^"']*)\1/.exec(source);
        if (attribute && !/\breview=/.test(source)) {
          const carried = carry(attribute[2], match.fates, date);
          note(carried);
          if (carried.changed || carried.review) {
            const p = `p="${carried.raw}"${carried.review ? ` review=${quote(carried.review)}` : ""}`;
            edits.push({ start: start + attribute.index, end: start + attribute.index + attribute[0].length, text: p, ...(carried.review ? { place: { file, review: carried.review } } : {}) });
          }
        }
      }
      if (node.type === "link" && /^article#p-\d+$/.test(node.url ?? "")) {
        const n = Number(node.url!.slice("article#p-".length));
        const fate = match.fates[n - 1];
        const at = source.lastIndexOf(`(${node.url}`);
        if (fate && at !== -1) {
          // A link only locates a paragraph; one to a removed paragraph is left for the checker to name.
          const url = fate.status === "removed" ? `article#removed-${n}` : `article#p-${fate.to}`;
          result.carried++;
          if (url !== node.url) {
            result.renumbered++;
            edits.push({ start: start + at + 1, end: start + at + 1 + node.url!.length, text: url, ...(fate.status === "removed" ? { place: { file, review: `${date}: link to ¶${n} removed` } } : {}) });
          }
        }
      }
    }
    for (const child of node.children ?? []) visit(child as typeof node);
  };
  if (tree) visit(tree);
  const applied = apply(text, edits);
  return { ...result, text: applied.text, places: applied.places };
}

const citationList = (raw: string) => (citationRanges(raw) ?? []).flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, k) => from + k));

function valueAt(data: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === "object" ? (value as Record<string | number, unknown>)[key] : undefined), data);
}

export type UpdateInput = {
  /** index.mdx and issues/*.mdx, by their path in the story's folder. */
  files: Record<string, string>;
  oldReport: Buffer;
  newReport: Buffer;
  /** When the later version was received: YYYY-MM-DD. */
  received: string;
};

export type UpdatePlan = {
  /** Files to write, by their path in the story's folder. */
  writes: Record<string, string | Buffer>;
  match: Match;
  before: Source;
  after: Source;
  carried: number;
  renumbered: number;
  places: Place[];
  dateLine: { before: string | null; after: string | null };
};

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/** Everything `story:update` writes, worked out before any file is touched; or why it refuses. */
export function planUpdate({ files, oldReport, newReport, received }: UpdateInput): UpdatePlan | { problem: string } {
  const index = files["index.mdx"];
  const frontmatter = index === undefined ? null : readFrontmatter(index);
  if (!frontmatter || frontmatter.syntaxError) return { problem: "index.mdx has no readable frontmatter: fix it with npm run check first" };
  const data = frontmatter.data as { source?: { sha256?: unknown; received?: unknown; date?: unknown; credit?: unknown } };
  const pinned = data.source?.sha256;
  if (sha256(oldReport) !== pinned) return { problem: "source.txt does not match the SHA-256 the story pins: take updates from a story that passes npm run check" };
  if (sha256(newReport) === pinned) return { problem: "the new report is the version the story already has" };
  if (typeof data.source?.received !== "string") return { problem: "index.mdx gives no source.received for the version it has" };
  if (received < data.source.received) return { problem: `the new version is dated ${received}, before the one the story has (${data.source.received})` };
  const credit = typeof data.source.credit === "string" ? { credit: data.source.credit } : {};
  const before = parseSource(oldReport.toString("utf8"), credit);
  const after = parseSource(newReport.toString("utf8"), credit);
  if (after.paragraphs.length === 0) return { problem: "the new report has no paragraphs" };
  const match = matchParagraphs(before.paragraphs, after.paragraphs);

  const writes: Record<string, string | Buffer> = { "source.txt": newReport, [versionFile({ received: data.source.received, sha256: pinned })]: oldReport };
  const plan: UpdatePlan = { writes, match, before, after, carried: 0, renumbered: 0, places: [], dateLine: { before: before.date, after: after.date } };
  for (const [file, text] of Object.entries(files)) {
    const carried = carryFile(file, text, match, received, before);
    plan.carried += carried.carried;
    plan.renumbered += carried.renumbered;
    plan.places.push(...carried.places);
    if (carried.text !== text) writes[file] = carried.text;
  }
  // Pin the new version, record the update, and follow a changed date line.
  let story = (writes["index.mdx"] as string | undefined) ?? index;
  const pins = readFrontmatter(story)!;
  const edits: Edit[] = [];
  const set = (path: string[], value: string) => {
    const range = pins.rangeOf(path);
    if (range) edits.push({ start: range[0], end: range[1], text: value });
  };
  set(["source", "sha256"], sha256(newReport));
  set(["source", "received"], received);
  if (after.date && after.date !== before.date) set(["source", "date"], after.date);
  const entry = (indent: string) =>
    [`${indent}- date: ${received}`, `${indent}  text: ""`, `${indent}  previous:`, `${indent}    sha256: ${pinned}`, `${indent}    received: ${data.source!.received}`].join("\n");
  const updates = pins.rangeOf(["updates"]);
  if (updates) {
    const at = endOfLine(story, updates[1]);
    edits.push({ start: at, end: at, text: `\n${entry(indentOf(story, updates[0] + 1))}` });
  } else {
    const at = frontmatterEnd(story);
    edits.push({ start: at, end: at, text: `updates:\n${entry("  ")}\n` });
  }
  // The pins replace values in place; the new entry's lines push down every place of index.mdx below it.
  const entryAt = edits.at(-1)!;
  const entryLine = story.slice(0, entryAt.start).split("\n").length;
  const entryLines = entryAt.text.split("\n").length - 1;
  plan.places = plan.places.map((place) => (place.file === "index.mdx" && place.line > entryLine ? { ...place, line: place.line + entryLines } : place));
  writes["index.mdx"] = apply(story, edits).text;
  return plan;
}
