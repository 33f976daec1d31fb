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
  const document = parse(html);
  for (const element of elements(document)) {
    if (isScript(element) || isScriptPreload(element)) defaultTreeAdapter.detachNode(element);
  }
  return serialize(document);
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
  const rewrites: [string, string][] = [];
  for (const { route, page } of pages) {
    if (keepRuntime.includes(page)) {
      record.keptRuntime.push(route);
      continue;
    }
    const manifestFile = path.join(app, page === "/" ? "" : page, "page_client-reference-manifest.js");
    if (!fs.existsSync(manifestFile)) throw new StaticStepError(`static step: ${route} has no client reference manifest (${manifestFile}), so it cannot tell whether the page needs scripts`);
    const used = clientComponents(manifestFile);
    if (used.length > 0) {
      throw new StaticStepError(
        `static step: ${route} uses client components (${used.join(", ")}) and would stop working without its scripts: make them server components, or list ${page} in PAGES_WITH_RUNTIME (lib/routes.mjs) to keep Next's runtime there`,
      );
    }
    const stripped = withoutClientRuntime(fs.readFileSync(htmlOf(route), "utf8"));
    const left = runtimeScripts(stripped);
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
