/**
 * An editor's MDX body, read once into a resolved document: every quote placed in the paragraph its
 * sentence cites, every citation checked, every passage given an id. Nothing in a body is ever run:
 * it is parsed as data, and ESM, expressions and unknown elements are refused here (and again when
 * rendering, which only knows the node types below).
 */
import type { PhrasingContent, Root, RootContent } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { toString } from "mdast-util-to-string";
import remarkFrontmatter from "remark-frontmatter";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { anchorQuote, describeMiss } from "./anchor";
import { bodyComponents } from "./schema";
import type { Source } from "./source";

export type Inline =
  | { type: "text"; value: string }
  | { type: "emphasis" | "strong"; children: Inline[] }
  | { type: "link"; href: string; children: Inline[] }
  | { type: "code"; value: string }
  | { type: "break" }
  /** The report's words; `paragraph` is where they stand among the paragraphs the sentence cites. */
  | { type: "quote"; children: Inline[]; sic: boolean; paragraph: number | null; problem: string | null }
  | { type: "problem"; message: string };

/** Words that end with a citation: the unit a reader checks, and the target of the original's back-links. */
export type Passage = { id: string; children: Inline[]; cites: number[] };

export type Block =
  | { type: "heading"; depth: 2 | 3 | 4; id: string; children: Inline[] }
  /** `rest`: words after the last citation; only a note may have any in published content. */
  | { type: "paragraph"; passages: Passage[]; rest: Inline[] }
  /** `spread`: items are separate paragraphs (a blank line between them), not one line each. */
  | { type: "list"; ordered: boolean; spread: boolean; items: Block[][] }
  | { type: "note"; children: Block[] }
  /** Where the story's own data is shown: the table of where each issue stands, and the timeline. */
  | { type: "issue-table" }
  | { type: "timeline" }
  | { type: "problem"; message: string };

export type Document = { blocks: Block[] };

/** A fault in a body, at its line; the caller adds the file and the severity. */
export type BodyFault = { line: number; field: string; message: string };

type ComponentName = keyof typeof bodyComponents;

/** The one MDX parser for editors' bodies: Markdown, frontmatter and JSX syntax, parsed and never compiled. */
const parser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx);

/** `"3"`, `"3, 7"`, `"3-5"` → paragraph numbers; anything else → null. */
export function parseCitation(raw: string): number[] | null {
  const numbers: number[] = [];
  for (const part of raw.split(",").map((piece) => piece.trim())) {
    const range = /^(\d+)\s*[-–]\s*(\d+)$/.exec(part);
    if (range) {
      const [from, to] = [Number(range[1]), Number(range[2])];
      if (from > to) return null;
      for (let n = from; n <= to; n++) numbers.push(n);
    } else if (/^\d+$/.test(part)) numbers.push(Number(part));
    else return null;
  }
  return numbers.length > 0 ? numbers : null;
}

/** Paragraphs a citation names that the report does not have, each as the line an editor reads. */
export function missingParagraphs(cites: readonly number[], paragraphCount: number, verb = "cites"): string[] {
  return cites.filter((n) => n < 1 || n > paragraphCount).map((n) => `${verb} ¶${n}, but the article has paragraphs 1 to ${paragraphCount}`);
}

/** "Who's who" → "whos-who": a fragment id a reader can read. */
export function slugify(text: string): string {
  return (
    text
      .normalize("NFKD")
      .toLowerCase()
      .replace(/[\u2019']/g, "")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "section"
  );
}

/** Ids the pages around a body already use, which its headings and passages must not take. */
const PAGE_IDS = ["main", "issues", "passages", "corrections", "credit"];

const QUOTATION_MARKS = /["\u201C\u201D]/;
const SAFE_URL = /^(?:https?:|mailto:|\/(?!\/)|#|[a-z0-9][a-z0-9-]*(?:[/#?]|$))/i;

/** Resolves a link an editor wrote to the address the page uses, or says why it goes nowhere. */
export type LinkResolver = (href: string) => { href: string } | { problem: string };

type Context = {
  source: Source;
  /** Whether this is the story's explainer (which may show the table and the timeline) or an issue page. */
  explainer: boolean;
  resolveLink: LinkResolver;
  faults: BodyFault[];
  /** Ids used so far, so headings and passages never share one. */
  ids: Set<string>;
  section: string;
  passagesInSection: number;
  inNote: boolean;
};

const lineOf = (node: { position?: { start: { line: number } } }) => node.position?.start.line ?? 1;

function uniqueId(context: Context, wanted: string): string {
  let id = wanted;
  for (let n = 2; context.ids.has(id); n++) id = `${wanted}-${n}`;
  context.ids.add(id);
  return id;
}

function fault(context: Context, node: { position?: { start: { line: number } } }, field: string, message: string): Inline & Block {
  context.faults.push({ line: lineOf(node), field, message });
  return { type: "problem", message };
}

/** The element's literal attributes; expressions and spreads are faults, because content holds no code. */
function attributes(context: Context, node: MdxJsxFlowElement | MdxJsxTextElement, name: ComponentName): Record<string, string | true> | null {
  const allowed: readonly string[] = bodyComponents[name];
  const found: Record<string, string | true> = {};
  let ok = true;
  for (const attribute of node.attributes) {
    if (attribute.type === "mdxJsxExpressionAttribute") {
      fault(context, node, name, `spread attribute {${attribute.value}} is not allowed: content holds no code`);
      ok = false;
    } else if (attribute.value !== null && typeof attribute.value === "object") {
      fault(context, node, name, `attribute ${attribute.name}={${attribute.value.value}} is an expression: write ${attribute.name}="…" (content holds no code)`);
      ok = false;
    } else if (!allowed.includes(attribute.name)) {
      fault(context, node, name, `unknown attribute "${attribute.name}" on <${name}>${allowed.length ? ` (known: ${allowed.join(", ")})` : ""}`);
      ok = false;
    } else found[attribute.name] = attribute.value ?? true;
  }
  return ok ? found : null;
}

/** Which of the body components a JSX element is, or a fault for anything else (HTML included). */
function component(context: Context, node: MdxJsxFlowElement | MdxJsxTextElement): ComponentName | null {
  const name = node.name ?? "";
  if (Object.hasOwn(bodyComponents, name)) return name as ComponentName;
  const known = Object.keys(bodyComponents).sort().join(", ");
  fault(context, node, "body", name ? `unknown component <${name}> (known: ${known})` : `fragments <>…</> are not allowed (known components: ${known})`);
  return null;
}

/** Node types that are code, or Markdown this site does not render: refused with a reason an editor can act on. */
function refusal(type: string): string {
  switch (type) {
    case "mdxjsEsm":
      return "import and export are not allowed: content holds no code";
    case "mdxFlowExpression":
    case "mdxTextExpression":
      return "{…} expressions are not allowed: content holds no code (write braces as \\{ if you mean them)";
    case "image":
    case "imageReference":
      return "images are not supported in a body";
    case "linkReference":
    case "definition":
      return "reference-style links are not supported: write [text](address)";
    case "blockquote":
      return "block quotes are not supported: quote the report with <Quote>…</Quote>";
    case "code":
      return "code blocks are not supported in a body";
    default:
      return `${type} is not supported in a body`;
  }
}

/** A citation marker; `raw` is null when its attributes were refused (already a fault). */
type Cite = { type: "cite"; raw: string | null; line: number };

/** Phrasing content → inlines; top-level <Cite>s come back as markers that end a passage. */
function inlines(context: Context, nodes: PhrasingContent[], topLevel: boolean, inQuote = false): (Inline | Cite)[] {
  const out: (Inline | Cite)[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case "text":
        if (!inQuote && QUOTATION_MARKS.test(node.value)) {
          out.push(fault(context, node, "body", `quotation marks in prose: put the report's words in <Quote>…</Quote>, or its garbled text in <Quote sic>…</Quote>`));
        }
        out.push({ type: "text", value: node.value });
        break;
      case "emphasis":
      case "strong":
        out.push({ type: node.type, children: withoutCites(inlines(context, node.children, false, inQuote)) });
        break;
      case "inlineCode":
        out.push({ type: "code", value: node.value });
        break;
      case "break":
        out.push({ type: "break" });
        break;
      case "link":
        if (!SAFE_URL.test(node.url)) {
          out.push(fault(context, node, "body", `link to ${JSON.stringify(node.url)} is not allowed: link to this site or to an http(s) address`));
          break;
        }
        {
          const resolved = context.resolveLink(node.url);
          if ("problem" in resolved) out.push(fault(context, node, "body", resolved.problem));
          out.push({ type: "link", href: "href" in resolved ? resolved.href : node.url, children: withoutCites(inlines(context, node.children, false, inQuote)) });
        }
        break;
      case "mdxJsxTextElement": {
        const name = component(context, node);
        const attrs = name && attributes(context, node, name);
        if (name === "Cite" && !attrs && topLevel && !inQuote) {
          out.push({ type: "problem", message: context.faults.at(-1)?.message ?? "" }, { type: "cite", raw: null, line: lineOf(node) });
        } else if (!name || !attrs) {
          out.push({ type: "problem", message: context.faults.at(-1)?.message ?? "" });
        } else if (name === "Cite") {
          if (!topLevel || inQuote) out.push(fault(context, node, "Cite", "a <Cite> ends a sentence: put it in the paragraph itself, not inside a link, emphasis or quote"));
          else out.push({ type: "cite", raw: typeof attrs.p === "string" ? attrs.p : "", line: lineOf(node) });
        } else if (name === "Quote") {
          if (inQuote) out.push(fault(context, node, "Quote", "a <Quote> cannot hold another <Quote>"));
          else out.push({ type: "quote", children: withoutCites(inlines(context, node.children, false, true)), sic: attrs.sic !== undefined, paragraph: null, problem: null });
        } else if (name === "Note") {
          out.push(fault(context, node, name, `<${name}> stands on its own lines, around whole paragraphs`));
        } else {
          out.push(fault(context, node, name, `<${name} /> stands on a line of its own`));
        }
        break;
      }
      default:
        out.push(fault(context, node, "body", refusal(node.type)));
    }
  }
  return out;
}

/** Inside a link, emphasis or heading a <Cite> was already reported as a fault; what is left is inline content. */
function withoutCites(items: (Inline | Cite)[]): Inline[] {
  return items.filter((item): item is Inline => item.type !== "cite");
}

function quotesIn(children: Inline[]): Extract<Inline, { type: "quote" }>[] {
  return children.flatMap((child) => (child.type === "quote" ? [child] : "children" in child ? quotesIn(child.children) : []));
}

const plainText = (children: Inline[]): string =>
  children.map((child) => (child.type === "text" || child.type === "code" ? child.value : "children" in child ? plainText(child.children) : "")).join("");

/** Places each quote of a passage in the paragraphs its citation names; a quote from elsewhere is a fault. */
function placeQuotes(context: Context, children: Inline[], cites: number[], line: number): void {
  for (const quote of quotesIn(children)) {
    const text = plainText(quote.children);
    const anywhere = anchorQuote(context.source.paragraphs, text, context.source.credit);
    const hits = anywhere.status === "found" ? [anywhere.paragraph] : anywhere.status === "ambiguous" ? anywhere.paragraphs : [];
    if (anywhere.status === "orphan" || anywhere.status === "credit") {
      quote.problem = describeMiss(anywhere, text);
      context.faults.push({ line, field: "Quote", message: quote.problem });
      continue;
    }
    const cited = hits.find((paragraph) => cites.includes(paragraph));
    if (cited !== undefined) {
      quote.paragraph = cited;
      continue;
    }
    const shown = JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
    const where = [...new Set(hits)].map((n) => `¶${n}`).join(", ");
    const citing = cites.length > 0 ? `its sentence cites ${cites.map((n) => `¶${n}`).join(", ")}` : "its sentence cites no paragraph";
    quote.problem = `${shown} is in ${where}, but ${citing}: cite the paragraph it quotes`;
    context.faults.push({ line, field: "Quote", message: quote.problem });
  }
}

function paragraph(context: Context, node: Extract<RootContent, { type: "paragraph" }>): Block {
  const items = inlines(context, node.children, true);
  const passages: Passage[] = [];
  let run: Inline[] = [];
  for (const item of items) {
    if (item.type !== "cite") {
      run.push(item);
      continue;
    }
    const cites = item.raw === null ? [] : parseCitation(item.raw);
    const problems: Inline[] = [];
    if (cites === null) {
      problems.push(fault(context, { position: { start: { line: item.line } } }, "Cite", `bad citation ${JSON.stringify(item.raw)}: write p="3", p="3, 7" or p="3-5"`));
    } else {
      for (const message of missingParagraphs(cites, context.source.paragraphs.length)) {
        problems.push(fault(context, { position: { start: { line: item.line } } }, "Cite", message));
      }
    }
    const valid = problems.length === 0 && cites !== null ? cites : [];
    placeQuotes(context, run, valid, item.line);
    context.passagesInSection++;
    passages.push({ id: uniqueId(context, `${context.section}-${context.passagesInSection}`), children: [...run, ...problems], cites: valid });
    run = [];
  }
  const rest = run;
  // Punctuation after the last citation is fine; words are not.
  const words = plainText(rest).trim();
  if (/[\p{L}\p{N}]/u.test(words) || quotesIn(rest).length > 0) {
    placeQuotes(context, rest, [], lineOf(node));
    if (!context.inNote) {
      const shown = JSON.stringify(words.length > 40 ? `${words.slice(0, 37)}...` : words);
      const message =
        passages.length === 0
          ? `uncited: this paragraph cites no paragraph of the report: end it with <Cite p="N" />, or mark it as the site's own <Note>`
          : `uncited: the words after its last <Cite> (${shown}) cite nothing: end them with <Cite p="N" />, or mark the paragraph as the site's own <Note>`;
      rest.push(fault(context, node, "Cite", message));
    }
  }
  return { type: "paragraph", passages, rest };
}

function blocks(context: Context, nodes: RootContent[]): Block[] {
  const out: Block[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case "yaml":
        break;
      case "heading": {
        if (node.depth < 2 || node.depth > 4) {
          out.push(fault(context, node, "body", `heading level ${node.depth}: use ## to #### (the page has its own title)`));
          break;
        }
        const children = withoutCites(inlines(context, node.children, false));
        const id = uniqueId(context, slugify(toString(node)));
        context.section = id;
        context.passagesInSection = 0;
        out.push({ type: "heading", depth: node.depth as 2 | 3 | 4, id, children });
        break;
      }
      case "paragraph":
        out.push(paragraph(context, node));
        break;
      case "list":
        out.push({
          type: "list",
          ordered: Boolean(node.ordered),
          spread: Boolean(node.spread) || node.children.some((item) => item.spread),
          items: node.children.map((item) => blocks(context, item.children)),
        });
        break;
      case "thematicBreak":
        break;
      case "mdxJsxFlowElement": {
        const name = component(context, node);
        const attrs = name && attributes(context, node, name);
        if (!name || !attrs) out.push({ type: "problem", message: context.faults.at(-1)?.message ?? "" });
        else if (name === "IssueTable" || name === "Timeline") {
          if (!context.explainer) out.push(fault(context, node, name, `<${name} /> belongs in the story's index.mdx, not on an issue page`));
          else if (node.children.length > 0) out.push(fault(context, node, name, `<${name} /> takes no content: write it as <${name} />`));
          else out.push({ type: name === "IssueTable" ? "issue-table" : "timeline" });
        } else if (name !== "Note") out.push(fault(context, node, name, `<${name}> belongs inside a sentence, not on lines of its own`));
        else {
          const outer = context.inNote;
          context.inNote = true;
          out.push({ type: "note", children: blocks(context, node.children) });
          context.inNote = outer;
        }
        break;
      }
      default:
        out.push(fault(context, node, "body", refusal(node.type)));
    }
  }
  return out;
}

/** Reads a body against its story's source. A syntax error leaves a document that only shows the problem. */
export function readDocument(
  mdx: string,
  source: Source,
  resolveLink: LinkResolver = (href) => ({ href }),
  explainer = true,
): { document: Document; faults: BodyFault[] } {
  let tree: Root;
  try {
    tree = parser.parse(mdx);
  } catch (error) {
    const place = error as { line?: number; reason?: string; message?: string };
    const message = `MDX syntax error: ${(place.reason ?? place.message ?? String(error)).split("\n")[0]}`;
    return { document: { blocks: [{ type: "problem", message }] }, faults: [{ line: place.line ?? 1, field: "body", message }] };
  }
  const context: Context = { source, explainer, resolveLink, faults: [], ids: new Set(PAGE_IDS), section: "intro", passagesInSection: 0, inNote: false };
  return { document: { blocks: blocks(context, tree.children) }, faults: context.faults };
}

/** Every passage of a document with the section it stands in, in reading order. */
export function passages(document: Document): { passage: Passage; section: string | null }[] {
  const found: { passage: Passage; section: string | null }[] = [];
  let section: string | null = null;
  const walk = (items: Block[]) => {
    for (const block of items) {
      if (block.type === "heading") section = plainText(block.children);
      else if (block.type === "paragraph") found.push(...block.passages.map((passage) => ({ passage, section })));
      else if (block.type === "list") block.items.forEach(walk);
      else if (block.type === "note") walk(block.children);
    }
  };
  walk(document.blocks);
  return found;
}

/** The passages of one section that cite a paragraph, for the original's back-links. */
export type Citing = { section: string; ids: string[] };

/** For each paragraph of the report, the sections of a document that cite it and the passages that do, in reading order. */
export function citingPassages(document: Document): Map<number, Citing[]> {
  const byParagraph = new Map<number, Citing[]>();
  for (const { passage, section } of passages(document)) {
    for (const n of passage.cites) {
      const list = byParagraph.get(n) ?? [];
      const name = section ?? "Opening";
      const group = list.find((citing) => citing.section === name);
      if (group) group.ids.push(passage.id);
      else list.push({ section: name, ids: [passage.id] });
      byParagraph.set(n, list);
    }
  }
  return byParagraph;
}

/** The paragraphs of the report that a document cites. */
export function citedParagraphs(document: Document): Set<number> {
  return new Set(passages(document).flatMap(({ passage }) => passage.cites));
}

