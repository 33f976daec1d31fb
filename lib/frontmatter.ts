/** YAML frontmatter with the line of every field, so a fault can be reported where it is. */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Node } from "yaml";
import { yamlTooComplex } from "./guard";

export type Frontmatter = {
  data: unknown;
  /** 1-based line in the file of the field at `path`, or of the frontmatter's start. */
  lineOf: (path: readonly PropertyKey[]) => number;
  /** Where the value at `path` (a scalar, list or mapping) starts and ends in the file (UTF-16 offsets), for tools that rewrite one value in place. */
  rangeOf: (path: readonly PropertyKey[]) => [number, number] | null;
  /** A YAML fault, if any, with its line: syntax, or what frontmatter may not hold. */
  syntaxError: { line: number; message: string } | null;
  /** The opening --- has no closing one, so the body cannot be told from it. */
  unclosed?: boolean;
};

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Where the frontmatter's closing --- line starts in the file, or -1. */
export const frontmatterEnd = (file: string) => {
  const fenced = FENCE.exec(file);
  return fenced ? file.indexOf("\n", 0) + 1 + fenced[1].length + 1 : -1;
};

/** The frontmatter of a file, or null when the file has none. */
export function readFrontmatter(file: string): Frontmatter | null {
  const fenced = FENCE.exec(file);
  if (!fenced && /^---[ \t]*\r?\n/.test(file)) {
    return { data: undefined, lineOf: () => 1, rangeOf: () => null, syntaxError: { line: 1, message: "the frontmatter that starts here is never closed: end it with a line holding only ---" }, unclosed: true };
  }
  if (!fenced) return null;
  const firstLine = 2; // the YAML starts on the line after the opening ---
  const yamlStart = file.indexOf("\n") + 1;
  const lineCounter = new LineCounter();
  const refused = (line: number, message: string): Frontmatter => ({ data: undefined, lineOf: () => firstLine - 1, rangeOf: () => null, syntaxError: { line, message } });
  const tooComplex = yamlTooComplex(fenced[1]);
  if (tooComplex) return refused(tooComplex.line + firstLine - 1, tooComplex.message);
  const doc = parseDocument(fenced[1], { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const nodeAt = (path: readonly PropertyKey[]): { key?: Node; value?: Node } | null => {
    const parent = path.length > 1 ? doc.getIn(path.slice(0, -1) as (string | number)[], true) : doc.contents;
    const key = path.at(-1);
    if (isMap(parent)) {
      const pair = parent.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
      return pair ? { key: pair.key as Node, value: pair.value as Node } : null;
    }
    if (isSeq(parent) && typeof key === "number") return { value: parent.items[key] as Node | undefined };
    return null;
  };
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let depth = path.length; depth > 0; depth--) {
      const found = nodeAt(path.slice(0, depth));
      const node = found?.key ?? found?.value;
      if (node?.range) return lineAt(node.range[0]);
    }
    return firstLine - 1;
  };
  const rangeOf = (path: readonly PropertyKey[]): [number, number] | null => {
    const value = nodeAt(path)?.value;
    return value?.range ? [yamlStart + value.range[0], yamlStart + value.range[1]] : null;
  };
  const error = doc.errors[0];
  if (error) {
    const message = /call stack/i.test(error.message) ? "nested too deeply" : `YAML syntax error: ${error.message.split("\n")[0]}`;
    return refused(lineAt(error.pos[0]), message);
  }
  // Aliases can multiply a file a millionfold, and tags turn text into other things: frontmatter needs neither.
  let forbidden: { line: number; message: string } | null = null;
  visit(doc, (_key, node) => {
    if (isAlias(node)) forbidden = { line: lineAt(node.range?.[0] ?? 0), message: `YAML aliases (*${node.source}) are not allowed: write the value out` };
    else if ((isScalar(node) || isMap(node) || isSeq(node)) && node.tag) forbidden = { line: lineAt(node.range?.[0] ?? 0), message: `YAML tags (${node.tag.replace("tag:yaml.org,2002:", "!!")}) are not allowed: write plain values` };
    return forbidden ? visit.BREAK : undefined;
  });
  if (forbidden) return { ...refused(0, ""), syntaxError: forbidden };
  return { data: doc.toJS(), lineOf, rangeOf, syntaxError: null };
}
