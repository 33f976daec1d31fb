/**
 * An editor's MDX body, read once into a resolved document: every quote placed in the paragraph its
 * sentence cites, every citation checked, the names, numbers and dates of every passage grounded in the
 * paragraphs it cites, every passage given an id. Nothing in a body is ever run: it is parsed as data, and
 * ESM, expressions and unknown elements are refused here (and again when rendering, which only knows the
 * node types below). Frontmatter texts that readers see as statements are read here too (`readCitedText`).
 */
import type { PhrasingContent, Root, RootContent } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { toString } from "mdast-util-to-string";
import remarkFrontmatter from "remark-frontmatter";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { anchorQuote, closestPassage, describeMiss, normalize } from "./anchor";
import { checkCitation, listParagraphs } from "./citation";
import { dateLineIndex, describeSpan, disagreement, indexOf, nameGroups, nameRunsOf, namesOf, runsHold, shown as shownWord, wordsToGround, workOutDate, type Span, type Word } from "./grounding";
import { typeset } from "./format";
import { bodyTooComplex } from "./guard";
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
  /** Words quoted as words (our own earlier wording, a term), not the report's: shown in quotation marks, never checked against it. */
  | { type: "mention"; children: Inline[] }
  /** A date the report implies: `from` is its phrase, `span` the day, month or year worked out from the report's date. */
  | { type: "date"; children: Inline[]; from: string; span: Span | null }
  | { type: "problem"; message: string };

/** What the build verified of a passage against one paragraph it cites. */
export type Checked = { paragraph: number; quotes: number; words: string[] };

/** Words that end with a citation: the unit a reader checks, and the target of the original's back-links. */
export type Passage = {
  id: string;
  children: Inline[];
  cites: number[];
  /** For each cited paragraph, what the build checked there. */
  checked: Checked[];
  /** Words grounded by the report's date line rather than a paragraph. */
  fromDateLine: string[];
};

export type Block =
  | { type: "heading"; depth: 2 | 3 | 4; id: string; children: Inline[] }
  /** `rest`: words after the last citation; only a note may have any in published content. */
  | { type: "paragraph"; passages: Passage[]; rest: Inline[] }
  /** `spread`: items are separate paragraphs (a blank line between them), not one line each. */
  | { type: "list"; ordered: boolean; spread: boolean; items: Block[][] }
  | { type: "note"; children: Block[] }
  /** Where the story's own data is shown: the table of where each issue stands, and the timeline. */
  | { type: "issue-table"; line: number }
  | { type: "timeline" }
  | { type: "problem"; message: string };

export type Document = { blocks: Block[] };

/** A fault in a body, at its line; the caller adds the file and the severity. */
export type BodyFault = { line: number; field: string; message: string };

type ComponentName = keyof typeof bodyComponents;

/** The one MDX parser for editors' texts: Markdown, frontmatter and JSX syntax, parsed and never compiled. */
const parser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx);

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
const PAGE_IDS = ["main", "issues", "passages", "corrections", "updates", "credit", "contents", "lead"];

const SAFE_URL = /^(?:https?:|mailto:|\/(?!\/)|#|[a-z0-9][a-z0-9-]*(?:[/#?]|$))/i;

/** Resolves a link an editor wrote to the address the page uses, or says why it goes nowhere. */
export type LinkResolver = (href: string) => { href: string } | { problem: string };

/** What the checks need to know of the report, worked out once per report. */
type Facts = { indexes: Set<string>[]; names: Set<string>; nameRuns: string[][][][]; dateLine: Set<string>; reportDate: string | null; normalized: string[] };
const factsOf = new WeakMap<Source, Facts>();

function facts(source: Source, reportDate: string | null): Facts {
  let found = factsOf.get(source);
  if (!found) {
    found = {
      indexes: source.paragraphs.map(indexOf),
      names: namesOf(source.paragraphs),
      nameRuns: source.paragraphs.map(nameRunsOf),
      dateLine: dateLineIndex(source.date),
      reportDate: source.date,
      normalized: source.paragraphs.map((paragraph) => normalize(paragraph).text.toLowerCase()),
    };
    factsOf.set(source, found);
  }
  return found.reportDate || !reportDate ? found : { ...found, reportDate };
}

/** How a text is read: against which report, and where it stands. */
export type Reading = {
  source: Source;
  /** The report's date when it has no date line (the story's `source.date`). */
  reportDate?: string | null;
  resolveLink?: LinkResolver;
  /** Whether this is the story's explainer (which may show the table and the timeline) or an issue page. */
  explainer?: boolean;
  /** What a citation's `review` (left by `npm run story:update`) asks of the editor. */
  reviewNote?: (review: string) => string;
  /** The labels of the story's sides ("The Chinese side"): a heading may name a side as the story declares it. */
  sideLabels?: readonly string[];
};

type Context = {
  source: Source;
  reviewNote: (review: string) => string;
  facts: Facts;
  explainer: boolean;
  resolveLink: LinkResolver;
  faults: BodyFault[];
  /** Ids used so far, so headings and passages never share one. */
  ids: Set<string>;
  section: string;
  passagesInSection: number;
  inNote: boolean;
  /** The words of the story's side labels, as keys. */
  sideWords: Set<string>;
  /** Headings whose sections are still being read, with the paragraphs those sections cite so far. */
  openHeadings: { depth: number; children: Inline[]; line: number; cites: Set<number> }[];
  /** For a frontmatter text: its field, and the line faults are reported at. */
  frontmatter: { field: string; line: number } | null;
};

const lineOf = (node: { position?: { start: { line: number } } }) => node.position?.start.line ?? 1;

function uniqueId(context: Context, wanted: string): string {
  let id = wanted;
  for (let n = 2; context.ids.has(id); n++) id = `${wanted}-${n}`;
  context.ids.add(id);
  return id;
}

function report(context: Context, line: number, field: string, message: string): void {
  if (context.frontmatter) context.faults.push({ line: context.frontmatter.line, field: context.frontmatter.field, message });
  else context.faults.push({ line, field, message });
}

function fault(context: Context, node: { position?: { start: { line: number } } }, field: string, message: string): Inline & Block {
  report(context, lineOf(node), field, message);
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

/**
 * Quotation marks in prose, with the words they enclose: double marks of any kind, and a single opening mark
 * (‘ or a ' after a space) before a letter. An apostrophe inside or after a word (Blinken's, countries') is not one.
 */
export function quotedWords(text: string): string | null {
  const open = /["\u201C\u201D\u2018\u201E\u201A\u00AB\u00BB\u2039\u203A]|(?<![\p{L}\p{N}])'(?=\p{L})/u.exec(text);
  if (!open) return null;
  const rest = text.slice(open.index + 1);
  const closer: Record<string, RegExp> = {
    "\u2018": /[\u2019'](?![\p{L}])/u,
    "'": /[\u2019'](?![\p{L}])/u,
    "\u201A": /[\u2018\u2019'](?![\p{L}])/u,
    "\u00AB": /[\u00BB\u00AB]/,
    "\u00BB": /[\u00AB\u00BB]/,
    "\u2039": /[\u203A\u2039]/,
    "\u203A": /[\u2039\u203A]/,
  };
  const close = (closer[open[0]] ?? /["\u201D\u201C]/).exec(rest);
  const inside = (close ? rest.slice(0, close.index) : rest).trim();
  const words = inside.length > 40 ? `${inside.slice(0, 37)}...` : inside;
  return `${open[0]}${words}${close ? close[0] : ""}`;
}

const QUOTE_ADVICE = "put the report's words in <Quote>…</Quote>, its garbled text in <Quote sic>…</Quote>, or words quoted as words in <Mention>…</Mention>";

/** A citation marker; `raw` is null when its attributes were refused (already a fault). */
type Cite = { type: "cite"; raw: string | null; line: number; review?: string };

/** Phrasing content → inlines; top-level <Cite>s come back as markers that end a passage. */
function inlines(context: Context, nodes: PhrasingContent[], topLevel: boolean, inQuote = false): (Inline | Cite)[] {
  const out: (Inline | Cite)[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case "text": {
        const quoted = inQuote ? null : quotedWords(node.value);
        if (quoted) out.push(fault(context, node, "body", `quotation marks around ${quoted}: ${QUOTE_ADVICE}`));
        out.push({ type: "text", value: node.value });
        break;
      }
      case "emphasis":
      case "strong":
        out.push({ type: node.type, children: withoutCites(inlines(context, node.children, false, inQuote)) });
        break;
      case "inlineCode": {
        const quoted = inQuote ? null : quotedWords(node.value);
        if (quoted) out.push(fault(context, node, "body", `quotation marks around ${quoted}: ${QUOTE_ADVICE}`));
        out.push({ type: "code", value: node.value });
        break;
      }
      case "break":
        out.push({ type: "break" });
        break;
      case "link":
        if (context.frontmatter) {
          out.push(fault(context, node, "body", "links are not allowed in frontmatter text"));
          break;
        }
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
        if (name === "Cite" && context.frontmatter) {
          out.push(fault(context, node, "Cite", "a <Cite> in frontmatter text: put the paragraphs in the field's cite"));
        } else if (name === "Cite" && !attrs && topLevel && !inQuote) {
          out.push({ type: "problem", message: context.faults.at(-1)?.message ?? "" }, { type: "cite", raw: null, line: lineOf(node) });
        } else if (!name || !attrs) {
          out.push({ type: "problem", message: context.faults.at(-1)?.message ?? "" });
        } else if (name === "Cite") {
          if (!topLevel || inQuote) out.push(fault(context, node, "Cite", "a <Cite> ends a sentence: put it in the paragraph itself, not inside a link, emphasis or quote"));
          else out.push({ type: "cite", raw: typeof attrs.p === "string" ? attrs.p : "", line: lineOf(node), ...(typeof attrs.review === "string" ? { review: attrs.review } : {}) });
        } else if (name === "Quote" || name === "Mention") {
          if (inQuote) out.push(fault(context, node, name, `a <${name}> cannot hold a <Quote> or <Mention>`));
          else {
            const children = withoutCites(inlines(context, node.children, false, true));
            out.push(name === "Quote" ? { type: "quote", children, sic: attrs.sic !== undefined, paragraph: null, problem: null } : { type: "mention", children });
          }
        } else if (name === "Date") {
          if (typeof attrs.from !== "string" || attrs.from.trim() === "") out.push(fault(context, node, "Date", '<Date> needs from="…": the report\'s words the date is worked out from'));
          else out.push({ type: "date", children: withoutCites(inlines(context, node.children, false, inQuote)), from: attrs.from.trim(), span: null });
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

function ofType<T extends Inline["type"]>(children: Inline[], type: T): Extract<Inline, { type: T }>[] {
  return children.flatMap((child): Extract<Inline, { type: T }>[] =>
    child.type === type ? [child as Extract<Inline, { type: T }>] : "children" in child && child.type !== "quote" && child.type !== "mention" ? ofType(child.children, type) : [],
  );
}

/** The words of inline content, as a reader reads them: quotes and mentions in quotation marks. */
export const plainText = (children: Inline[]): string =>
  children
    .map((child) => {
      if (child.type === "text" || child.type === "code") return child.value;
      if (child.type === "break") return " ";
      if (child.type === "quote" || child.type === "mention") return `\u201C${plainText(child.children)}\u201D`;
      return "children" in child ? plainText(child.children) : "";
    })
    .join("");

/** The words of inline content as the page prints them: the site's own text typeset (lib/format.ts), quotes and mentions exactly as written. */
export const displayText = (children: Inline[]): string =>
  children
    .map((child) => {
      if (child.type === "text") return typeset(child.value);
      if (child.type === "code") return child.value;
      if (child.type === "break") return " ";
      if (child.type === "quote" || child.type === "mention") return `\u201C${plainText(child.children)}\u201D`;
      return "children" in child ? displayText(child.children) : "";
    })
    .join("");

/** Places each quote of a passage in the paragraphs its citation names; a quote from elsewhere is a fault. */
function placeQuotes(context: Context, children: Inline[], cites: number[], line: number): void {
  for (const quote of ofType(children, "quote")) {
    const text = plainText(quote.children);
    const anywhere = anchorQuote(context.source.paragraphs, text, context.source.credit);
    const hits = anywhere.status === "found" ? [anywhere.paragraph] : anywhere.status === "ambiguous" ? anywhere.paragraphs : [];
    if (anywhere.status === "orphan" || anywhere.status === "credit") {
      quote.problem = describeMiss(anywhere, text);
      if (anywhere.status === "orphan") {
        const near = closestPassage(context.source.paragraphs, text);
        if (near) quote.problem += `; closest is ¶${near.paragraph}: ${near.difference}`;
      }
      report(context, line, "Quote", quote.problem);
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
    report(context, line, "Quote", quote.problem);
  }
}

/** The passage's own words, with quotes and mentions left out (they are checked, or are not the report's) and dates apart. */
function ownText(children: Inline[]): string {
  return children
    .map((child) => {
      if (child.type === "text") return child.value;
      if (child.type === "quote" || child.type === "mention") return " quoted ";
      if (child.type === "date") return " dated ";
      if (child.type === "break") return " ";
      return "children" in child ? ownText(child.children) : "";
    })
    .join("");
}

/**
 * Grounds a passage in the paragraphs it cites: every name, number, date and time of day must stand in one of them
 * (or, for a date, in the report's date line), and every <Date> must be worked out from words of one of them.
 * Returns what was verified where, for the reader; faults name each word and the paragraphs that do hold it.
 */
function ground(context: Context, children: Inline[], cites: number[], line: number, field = "grounding", except: ReadonlySet<string> = new Set()): Pick<Passage, "checked" | "fromDateLine"> {
  const { indexes, names, nameRuns, dateLine, normalized, reportDate } = context.facts;
  const checked = new Map<number, Checked>(cites.map((paragraph) => [paragraph, { paragraph, quotes: 0, words: [] }]));
  const fromDateLine: string[] = [];
  for (const quote of ofType(children, "quote")) if (quote.paragraph !== null) checked.get(quote.paragraph)!.quotes++;
  const misses: { word: Word; elsewhere: number[]; together?: boolean }[] = [];
  // Where each paragraph's list last grew, so "Xi" then "Jinping" reads "Xi Jinping".
  const lastAdded = new Map<string[], Word>();
  const add = (list: string[], word: Word, previous: Word | undefined) => {
    const text = shownWord(word);
    if (word.adjacent && previous && lastAdded.get(list) === previous) list[list.length - 1] += ` ${text}`;
    else if (!list.includes(text)) list.push(text);
    lastAdded.set(list, word);
  };
  let previous: Word | undefined;
  const note = (word: Word, derived = false) => {
    const holders = cites.filter((paragraph) => word.keys.some((key) => indexes[paragraph - 1]?.has(key)));
    for (const paragraph of holders) add(checked.get(paragraph)!.words, word, previous);
    const before = previous;
    previous = word;
    if (holders.length > 0 || derived) return;
    if (word.kind === "date" && word.keys.some((key) => dateLine.has(key))) {
      add(fromDateLine, word, before);
      return;
    }
    if (misses.some((miss) => miss.word.text === word.text)) return;
    const elsewhere = indexes.flatMap((index, i) => (word.keys.some((key) => index.has(key)) ? [i + 1] : []));
    misses.push({ word, elsewhere });
  };
  const own = wordsToGround(ownText(children), names).filter((word) => !word.keys.some((key) => except.has(key)));
  for (const word of own) note(word);
  // Each word of "William Sullivan" may stand in a cited paragraph, and the name in none.
  for (const group of nameGroups(own)) {
    if (group.some((word) => misses.some((miss) => miss.word === word)) || cites.some((paragraph) => runsHold(nameRuns[paragraph - 1] ?? [], group))) continue;
    const text = group.map(shownWord).join(" ");
    if (misses.some((miss) => miss.word.text === text)) continue;
    const elsewhere = nameRuns.flatMap((runs, i) => (runsHold(runs, group) ? [i + 1] : []));
    misses.push({ word: { kind: "name", text, keys: [] }, elsewhere, together: true });
  }
  for (const date of ofType(children, "date")) {
    const shown = plainText(date.children);
    const phrase = normalize(date.from).text.toLowerCase();
    const holder = cites.find((paragraph) => normalized[paragraph - 1]?.includes(phrase));
    const words = wordsToGround(shown, names, false);
    const where = `<Date from=${JSON.stringify(date.from)}>`;
    if (holder === undefined) {
      const elsewhere = normalized.flatMap((text, i) => (text.includes(phrase) ? [i + 1] : []));
      report(context, line, "Date", `${where}: ${JSON.stringify(date.from)} is not in ${listParagraphs(cites)}${elsewhere.length ? `; it is in ${listParagraphs(elsewhere, "and")}: cite it` : ", nor anywhere in the report"}`);
    } else if (!reportDate) {
      report(context, line, "Date", `${where}: the report has no date line and the story no source.date, so no date can be worked out`);
    } else {
      date.span = workOutDate(date.from, reportDate);
      const why = date.span ? disagreement(shown, date.span) : null;
      if (!date.span) report(context, line, "Date", `${where}: cannot work out a date from ${JSON.stringify(date.from)} (known: last year, this year, this month, last month, today, yesterday, a weekday, a month)`);
      else if (why) report(context, line, "Date", `${where}${shown}</Date>: ${why}, worked out from ${JSON.stringify(date.from)} and the report's date, ${describeSpan({ from: reportDate, to: reportDate })}`);
      else {
        const list = checked.get(holder)!.words;
        const derivation = `${shown} (from \u201C${date.from}\u201D)`;
        if (!list.includes(derivation)) list.push(derivation);
      }
    }
    // Its date words rest on the derivation, or on the fault just reported: never on both.
    previous = undefined;
    for (const word of words) note(word, word.kind === "date" || word.kind === "number");
  }
  if (misses.length > 0 && cites.length > 0) {
    const cited = field === "title" ? "any paragraph its page cites" : listParagraphs(cites);
    const clause = ({ word, elsewhere, together }: { word: Word; elsewhere: number[]; together?: boolean }) => {
      const also = (field === "heading" ? " (what its section cites)" : "") + (word.kind === "date" ? " or the report's date line" : together ? " as one name" : "");
      return elsewhere.length > 0 ? `${JSON.stringify(word.text)} is not in ${cited}${also}; it is in ${listParagraphs(elsewhere, "and")}` : `${JSON.stringify(word.text)} is not in ${cited}${also}, nor anywhere in the report`;
    };
    const advice = misses.every((miss) => miss.elsewhere.length > 0)
      ? misses.length === 1
        ? "cite it"
        : "cite them"
      : misses.some((miss) => miss.word.kind === "date" || miss.word.kind === "number")
        ? 'say only what the report says, or write a date it implies as <Date from="…">'
        : "say only what the report says";
    report(context, line, field, `${misses.map(clause).join("; ")}: ${advice}`);
  }
  return { checked: [...checked.values()], fromDateLine };
}

function checkCite(context: Context, raw: string, line: number): { cites: number[]; problems: Inline[] } {
  const { cites, problems, malformed } = checkCitation(raw, context.source.paragraphs.length);
  const at = { position: { start: { line } } };
  if (malformed) return { cites: [], problems: [fault(context, at, "Cite", `bad citation ${JSON.stringify(raw.length > 40 ? `${raw.slice(0, 37)}...` : raw)}: write p="3", p="3, 7" or p="3-5"`)] };
  return { cites, problems: problems.map((message) => fault(context, at, "Cite", message)) };
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
    if (item.review !== undefined) report(context, item.line, "Cite", context.reviewNote(item.review));
    // A citation whose every paragraph the update removed is left empty, with its review: that is the one fault.
    const { cites, problems } = item.raw === null || (item.raw.trim() === "" && item.review !== undefined) ? { cites: [], problems: [] } : checkCite(context, item.raw, item.line);
    placeQuotes(context, run, cites, item.line);
    const verified = ground(context, run, cites, item.line);
    for (const heading of context.openHeadings) for (const cite of cites) heading.cites.add(cite);
    context.passagesInSection++;
    passages.push({ id: uniqueId(context, `${context.section}-${context.passagesInSection}`), children: [...run, ...problems], cites, ...verified });
    run = [];
  }
  const rest = run;
  // Punctuation after the last citation is fine; words are not.
  const words = plainText(rest).trim();
  if (/[\p{L}\p{N}]/u.test(words) || ofType(rest, "quote").length > 0) {
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
        closeHeadings(context, node.depth);
        context.openHeadings.push({ depth: node.depth, children, line: lineOf(node), cites: new Set() });
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
          else out.push(name === "IssueTable" ? { type: "issue-table", line: lineOf(node) } : { type: "timeline" });
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

/**
 * A heading states what its section says, so it rests on what the section cites: its quotations must be in those
 * paragraphs, and its names, numbers, dates and times too ("Monday morning" over a section that says only Monday).
 */
function closeHeadings(context: Context, depth: number): void {
  while (context.openHeadings.length > 0 && context.openHeadings.at(-1)!.depth >= depth) {
    const heading = context.openHeadings.pop()!;
    const cites = [...heading.cites].sort((a, b) => a - b);
    placeQuotes(context, heading.children, cites, heading.line);
    if (cites.length > 0) ground(context, heading.children, cites, heading.line, "heading", context.sideWords);
    else {
      // Over a section that cites nothing (a table, a timeline), a heading has nothing to rest a name or a date on.
      const words = wordsToGround(ownText(heading.children), context.facts.names).filter((word) => !word.keys.some((key) => context.sideWords.has(key)));
      if (words.length > 0) report(context, heading.line, "heading", `${words.map((word) => JSON.stringify(shownWord(word))).join(", ")}: its section cites no paragraph of the report, so its heading can rest on none: name only what the section's citations hold`);
    }
  }
}

/** The deepest nesting of a tree, counted without recursion, so that depth itself cannot overflow the stack. */
function depthOf(tree: Root): number {
  let deepest = 0;
  const stack: [{ children?: unknown[] }, number][] = [[tree, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    for (const child of node.children ?? []) stack.push([child as { children?: unknown[] }, depth + 1]);
  }
  return deepest;
}

const MAX_DEPTH = 24;

/** Parses an editor's text, or says in one line why it cannot be read. */
function parse(mdx: string): { tree: Root } | { line: number; message: string } {
  const tooComplex = bodyTooComplex(mdx);
  if (tooComplex) return tooComplex;
  try {
    const tree = parser.parse(mdx);
    if (depthOf(tree) > MAX_DEPTH) return { line: 1, message: `nested over ${MAX_DEPTH} levels deep: too deep to be prose` };
    return { tree };
  } catch (error) {
    const place = error as { line?: number; reason?: string; message?: string };
    if (error instanceof RangeError) return { line: 1, message: "nested too deeply to read" };
    return { line: place.line ?? 1, message: `MDX syntax error: ${(place.reason ?? place.message ?? String(error)).split("\n")[0]}` };
  }
}

function newContext(reading: Reading, frontmatter: Context["frontmatter"]): Context {
  return {
    source: reading.source,
    facts: facts(reading.source, reading.reportDate ?? null),
    explainer: reading.explainer ?? true,
    resolveLink: reading.resolveLink ?? ((href) => ({ href })),
    reviewNote: reading.reviewNote ?? ((review) => `review: ${JSON.stringify(review)}: decide, then delete the review`),
    faults: [],
    ids: new Set(PAGE_IDS),
    section: "intro",
    passagesInSection: 0,
    inNote: false,
    openHeadings: [],
    sideWords: new Set((reading.sideLabels ?? []).flatMap((label) => wordsToGround(label, new Set(), false).flatMap((word) => word.keys))),
    frontmatter,
  };
}

/** Reads a body against its story's source. A text that cannot be parsed leaves a document that only shows the problem. */
export function readDocument(mdx: string, reading: Reading): { document: Document; faults: BodyFault[] } {
  const parsed = parse(mdx);
  if (!("tree" in parsed)) return { document: { blocks: [{ type: "problem", message: parsed.message }] }, faults: [{ line: parsed.line, field: "body", message: parsed.message }] };
  const context = newContext(reading, null);
  const read = blocks(context, parsed.tree.children);
  closeHeadings(context, 0);
  return { document: { blocks: read }, faults: context.faults };
}

/**
 * A frontmatter text that readers see as a statement (a lead, a summary, a table cell, a timeline entry), read
 * with the body's inline syntax (<Quote>, <Quote sic>, <Mention>, <Date>, emphasis) against the paragraphs of its
 * `cite`, and grounded in them as a body passage is. With `cites` null it is the site's own words (a correction):
 * its quotations are still checked, against `quoteFrom` or the whole report, and nothing is grounded.
 */
/**
 * Grounds a title, which is plain text and cites nothing itself, in every paragraph its page cites: a title may sum
 * up its page, and may not name what the page never rests on.
 */
export function groundTitle(title: string, reading: Reading & { line: number; cites: number[] }): BodyFault[] {
  const context = newContext(reading, { field: "title", line: reading.line });
  if (reading.cites.length > 0) ground(context, [{ type: "text", value: title }], [...new Set(reading.cites)].sort((a, b) => a - b), reading.line, "title");
  return context.faults;
}

export function readCitedText(
  text: string,
  { field, line, id, cites, quoteFrom, ...reading }: Reading & { field: string; line: number; id: string; cites: number[] | null; quoteFrom?: number[] },
): { passage: Passage; faults: BodyFault[] } {
  const context = newContext(reading, { field, line });
  const empty = (children: Inline[]): { passage: Passage; faults: BodyFault[] } => ({ passage: { id, children, cites: cites ?? [], checked: [], fromDateLine: [] }, faults: context.faults });
  const parsed = parse(text);
  if (!("tree" in parsed)) {
    report(context, line, field, parsed.message);
    return empty([{ type: "text", value: text }]);
  }
  const [first, ...others] = parsed.tree.children;
  if (!first || first.type !== "paragraph" || others.length > 0) {
    report(context, line, field, "must be one paragraph of text (no headings, lists or blank lines)");
    return empty([{ type: "text", value: text }]);
  }
  const children = withoutCites(inlines(context, first.children, false));
  if (cites === null) {
    placeQuotes(context, children, quoteFrom ?? reading.source.paragraphs.map((_, i) => i + 1), line);
    return empty(children);
  }
  placeQuotes(context, children, cites, line);
  return { passage: { id, children, cites, ...ground(context, children, cites, line) }, faults: context.faults };
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

/** The sections of a document, as its table of contents lists them: each heading of the given depth, in the words the page prints. */
export function sections(document: Document, depth: 2 | 3 = 2): { id: string; title: string }[] {
  return document.blocks.flatMap((block) => (block.type === "heading" && block.depth === depth ? [{ id: block.id, title: displayText(block.children) }] : []));
}

/** How many words a text holds. */
export const countWords = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/** How many words a reader reads in a document: its prose, headings and notes. */
export function wordCount(document: Document): number {
  const count = countWords;
  const walk = (items: Block[]): number =>
    items.reduce((total, block) => {
      if (block.type === "heading") return total + count(plainText(block.children));
      if (block.type === "paragraph") return total + count(block.passages.map((passage) => plainText(passage.children)).join(" ") + plainText(block.rest));
      if (block.type === "list") return total + block.items.reduce((sum, item) => sum + walk(item), 0);
      if (block.type === "note") return total + walk(block.children);
      return total;
    }, 0);
  return walk(document.blocks);
}
