/** YAML frontmatter with the line of every field, so a fault can be reported where it is. */
import { isMap, isSeq, LineCounter, parseDocument, type Node } from "yaml";

export type Frontmatter = {
  data: unknown;
  /** 1-based line in the file of the field at `path`, or of the frontmatter's start. */
  lineOf: (path: readonly PropertyKey[]) => number;
  /** A YAML syntax error, if any, with its line. */
  syntaxError: { line: number; message: string } | null;
};

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function readFrontmatter(file: string): Frontmatter | null {
  const fenced = FENCE.exec(file);
  if (!fenced) return null;
  const firstLine = 2; // the YAML starts on the line after the opening ---
  const lineCounter = new LineCounter();
  const doc = parseDocument(fenced[1], { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let depth = path.length; depth > 0; depth--) {
      const parent = depth > 1 ? doc.getIn(path.slice(0, depth - 1) as (string | number)[], true) : doc.contents;
      const key = path[depth - 1];
      const found = isMap(parent)
        ? (parent.items.find((pair) => (pair.key as { value?: unknown } | null)?.value === key)?.key as Node | undefined)
        : isSeq(parent) && typeof key === "number"
          ? (parent.items[key] as Node | undefined)
          : undefined;
      if (found?.range) return lineAt(found.range[0]);
    }
    return firstLine - 1;
  };
  const error = doc.errors[0];
  return {
    data: error ? undefined : doc.toJS(),
    lineOf,
    syntaxError: error ? { line: lineAt(error.pos[0]), message: error.message.split("\n")[0] } : null,
  };
}
