/**
 * The static step, run after `next build`. Public pages have no client component and work without JavaScript,
 * so the ~135 kB (gzip) of React and router that Next adds to every page buys a reader nothing: this removes
 * every <script> except JSON-LD data, and the preloads of those scripts, from each prerendered page.
 *
 * It parses the HTML (parse5) rather than matching text, and it fails closed: it stops the build, with one line
 * saying why, when it finds no page, when a page the route manifest expects was not prerendered, when a page it
 * would strip uses a client component (unless that page is listed as keeping the runtime), or when any script
 * but JSON-LD survives. It records what it did, and `npm start` refuses a build it did not finish.
 */
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { defaultTreeAdapter, parse, serialize, type DefaultTreeAdapterMap } from "parse5";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

/** Why the static step refused a build, in one line. */
export class StaticStepError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StaticStepError";
  }
}

const isElement = (node: Node): node is Element => "tagName" in node;
const attribute = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value;

const isJsonLd = (element: Element) => element.tagName === "script" && attribute(element, "type") === "application/ld+json";
const isScript = (element: Element) => element.tagName === "script" && !isJsonLd(element);
const isScriptPreload = (element: Element) =>
  element.tagName === "link" && ((attribute(element, "rel") === "preload" && attribute(element, "as") === "script") || attribute(element, "rel") === "modulepreload");

function elements(node: Node): Element[] {
  const children = "childNodes" in node ? node.childNodes : [];
  const content = isElement(node) && "content" in node ? [node.content as DefaultTreeAdapterMap["documentFragment"]] : [];
  return [...(isElement(node) ? [node] : []), ...[...children, ...content].flatMap(elements)];
}

/** A page's HTML without Next's client runtime: every script but JSON-LD, and their preloads, removed. */
export function withoutClientRuntime(html: string): string {
  const ranges = runtimeRanges(html);
  if (ranges === null) return withoutClientRuntimeParsed(html);
  let kept = "";
  let from = 0;
  for (const [start, end] of ranges) {
    kept += html.slice(from, start);
    from = end;
  }
  return kept + html.slice(from);
}

/** The same through a full parse: for pages the scanner below declines. */
export function withoutClientRuntimeParsed(html: string): string {
  const document = parse(html);
  for (const element of elements(document)) {
    if (isScript(element) || isScriptPreload(element)) defaultTreeAdapter.detachNode(element);
  }
  return serialize(document);
}

const TAG_ATTRIBUTES = /((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/y;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const attributesOf = (text: string) => new Map([...text.matchAll(ATTRIBUTE)].map((match) => [match[1].toLowerCase(), match[2] ?? match[3] ?? match[4] ?? ""]));

/**
 * Where the runtime's scripts and script preloads are in a page, found without building a tree: a page is mostly its
 * scripts' text, which a full parse reads character by character. It reads tags, comments and raw text as the HTML
 * tokenizer does, and declines (null) anything it is not sure of, such as `<!--` inside a script, which changes how
 * the script ends; the full parse then does the work. What it keeps is the page's own bytes.
 */
export function runtimeRanges(html: string): [number, number][] | null {
  const ranges: [number, number][] = [];
  const opening = /<!--|<(script|link|style|textarea|title|xmp|iframe|noembed|noframes|noscript|plaintext)(?=[\s/>])/gi;
  for (let match = opening.exec(html); match; match = opening.exec(html)) {
    const start = match.index;
    if (match[0] === "<!--") {
      const end = html.indexOf("-->", start + 4);
      if (end === -1) return null;
      opening.lastIndex = end + 3;
      continue;
    }
    const name = match[1].toLowerCase();
    TAG_ATTRIBUTES.lastIndex = start + match[0].length;
    const tag = TAG_ATTRIBUTES.exec(html);
    if (!tag) return null;
    const tagEnd = TAG_ATTRIBUTES.lastIndex;
    const attributes = attributesOf(tag[1]);
    if (name === "link") {
      const rel = attributes.get("rel")?.toLowerCase();
      if ((rel === "preload" && attributes.get("as")?.toLowerCase() === "script") || rel === "modulepreload") ranges.push([start, tagEnd]);
      opening.lastIndex = tagEnd;
      continue;
    }
    if (name === "plaintext") return null;
    // Raw text runs to its end tag; in a script, `<!--` would start the escaped states, which this does not follow.
    const close = new RegExp(`</${name}(?=[\\s/>])`, "gi");
    close.lastIndex = tagEnd;
    const closing = close.exec(html);
    if (!closing) return null;
    const end = html.indexOf(">", closing.index);
    if (end === -1) return null;
    if (name === "script") {
      if (html.slice(tagEnd, closing.index).includes("<!--")) return null;
      if (attributes.get("type")?.toLowerCase() !== "application/ld+json") ranges.push([start, end + 1]);
    }
    opening.lastIndex = end + 1;
  }
  return ranges;
}

/** Whether a page may still have a script other than JSON-LD: never false when one is there, so a fast first check. */
function mayHaveRuntimeScript(html: string): boolean {
  for (const match of html.matchAll(/<script(?=[\s/>])([^>]*)>/gi)) {
    if (!/^\s+type="application\/ld\+json"\s*$/.test(match[1])) return true;
  }
  return false;
}

/** The scripts in a page other than JSON-LD data, as their opening tags: what a page without runtime must not have. */
export function runtimeScripts(html: string): string[] {
  return elements(parse(html))
    .filter(isScript)
    .map((element) => `<script${element.attrs.map((attr) => ` ${attr.name}="${attr.value}"`).join("")}>`);
}

/** Next's own modules (its router, `next/link`) work as plain HTML without scripts; anything else is a client component. */
const FRAMEWORK = /(?:^|[\\/\]])node_modules[\\/]next[\\/]/;

/** The client components a page uses, from the client reference manifest Next writes beside it. */
export function clientComponents(manifestFile: string): string[] {
  const sandbox: { __RSC_MANIFEST?: Record<string, { clientModules?: Record<string, unknown> }> } = {};
  vm.runInNewContext(fs.readFileSync(manifestFile, "utf8"), sandbox);
  const modules = Object.values(sandbox.__RSC_MANIFEST ?? {}).flatMap((entry) => Object.keys(entry.clientModules ?? {}));
  return [...new Set(modules.filter((module) => !FRAMEWORK.test(module)).map((module) => module.replace(/^\[project\]\//, "")))].sort();
}

export type StaticStepRecord = { buildId: string; stripped: string[]; keptRuntime: string[] };

/** The file the step writes into the build when it has finished, for `npm start` to check. */
export const recordFile = (dist: string) => path.join(dist, "static-pages.json");

type Options = {
  /** Routes (as Next names them, e.g. "/bench/bare") that keep the runtime on purpose. */
  keepRuntime: readonly string[];
  /** Routes the route manifest says must be prerendered. */
  expected: readonly string[];
  /** Check only: change no file. */
  dryRun?: boolean;
};

/** Runs the step on a build folder; returns what it did, or throws a StaticStepError. */
export function stripBuild(dist: string, { keepRuntime, expected, dryRun = false }: Options): StaticStepRecord {
  const app = path.join(dist, "server", "app");
  const buildId = readOrFail(path.join(dist, "BUILD_ID"), "is this a `next build` output folder?").trim();
  const manifest = JSON.parse(readOrFail(path.join(dist, "prerender-manifest.json"), "is this a `next build` output folder?")) as {
    routes: Record<string, { srcRoute: string | null }>;
  };
  const htmlOf = (route: string) => path.join(app, `${route === "/" ? "/index" : route}.html`);
  const pages = Object.entries(manifest.routes)
    .filter(([route]) => fs.existsSync(htmlOf(route)))
    .map(([route, { srcRoute }]) => ({ route, page: srcRoute ?? route }));
  if (pages.length === 0) throw new StaticStepError(`static step: found no prerendered page in ${app}`);
  const missing = expected.filter((route) => !pages.some((page) => page.route === route));
  if (missing.length > 0) throw new StaticStepError(`static step: expected ${missing.join(", ")} to be prerendered, but ${path.relative(process.cwd(), htmlOf(missing[0]))} is missing`);

  const record: StaticStepRecord = { buildId, stripped: [], keptRuntime: [] };
  // A route's manifest is shared by all its pages (a story's twelve issue pages, say): read once each.
  const manifestsRead = new Map<string, string[]>();
  const clientComponentsOf = (file: string) => manifestsRead.get(file) ?? manifestsRead.set(file, clientComponents(file)).get(file)!;
  const rewrites: [string, string][] = [];
  for (const { route, page } of pages) {
    if (keepRuntime.includes(page)) {
      record.keptRuntime.push(route);
      continue;
    }
    const manifestFile = path.join(app, page === "/" ? "" : page, "page_client-reference-manifest.js");
    if (!fs.existsSync(manifestFile)) throw new StaticStepError(`static step: ${route} has no client reference manifest (${manifestFile}), so it cannot tell whether the page needs scripts`);
    const used = clientComponentsOf(manifestFile);
    if (used.length > 0) {
      throw new StaticStepError(
        `static step: ${route} uses client components (${used.join(", ")}) and would stop working without its scripts: make them server components, or list ${page} in PAGES_WITH_RUNTIME (lib/routes.mjs) to keep Next's runtime there`,
      );
    }
    const stripped = withoutClientRuntime(fs.readFileSync(htmlOf(route), "utf8"));
    const left = mayHaveRuntimeScript(stripped) ? runtimeScripts(stripped) : [];
    if (left.length > 0) throw new StaticStepError(`static step: ${route} still has a script after stripping: ${left[0]}`);
    rewrites.push([htmlOf(route), stripped]);
    record.stripped.push(route);
  }
  if (record.stripped.length === 0) throw new StaticStepError("static step: processed no page");
  if (!dryRun) {
    for (const [file, html] of rewrites) fs.writeFileSync(file, html);
    fs.writeFileSync(recordFile(dist), `${JSON.stringify(record, null, 2)}\n`);
  }
  return record;
}

function readOrFail(file: string, hint: string): string {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    throw new StaticStepError(`static step: cannot read ${file}: ${hint}`);
  }
}
