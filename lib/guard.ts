/**
 * Hostile or broken files are refused before they are parsed, in one line each: never a hang, a stack trace or a
 * flood. The limits are far above what any real story needs and far below what would make a parser crawl
 * (nested lists and runs of emphasis marks cost remark quadratic time or worse; measured in lib/guard.test.ts).
 */

export const LIMITS = {
  /** An explainer's index.mdx is about 20 kB; an issue 4 kB. */
  mdxBytes: 256 * 1024,
  /** A wire report is rarely over 20 kB. */
  sourceBytes: 512 * 1024,
  sourceParagraphs: 2000,
  /** Issues of one story; the real one has twelve. */
  issuesPerStory: 200,
  frontmatterBytes: 64 * 1024,
  /** Emphasis marks (*, _, ~) in one paragraph of a body. */
  emphasisMarksPerParagraph: 200,
  /** The longest run of one emphasis mark: *** is bold italic; more is noise. */
  emphasisRun: 3,
  /** List items or block quotes nested in one another; bodies use two levels. */
  blockNesting: 6,
  /** Components nested in one another (<Note> around <Quote> is two). */
  componentNesting: 8,
  /** Brackets nested in frontmatter ([ and {); YAML recurses on each. */
  yamlNesting: 16,
  /** Indentation of a frontmatter line, in columns. */
  yamlIndent: 48,
} as const;

/** A fault found before parsing: where it is and what it is. */
export type GuardFault = { line: number; message: string };

const lineAt = (text: string, offset: number) => {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
};

const kB = (bytes: number) => `${Math.ceil(bytes / 1024)} kB`;

/**
 * Bytes → text, or why not: not UTF-8, or holding characters no report or content needs (control characters,
 * and the bidirectional overrides that can make text read differently from what it says). Tab, line feed and
 * carriage return are fine. A byte-order mark at the start is dropped (it is invisible and harmless).
 */
export function decodeText(bytes: Uint8Array, maxBytes: number): { text: string } | { fault: GuardFault } {
  if (bytes.length > maxBytes) return { fault: { line: 1, message: `the file is ${kB(bytes.length)}, over the limit of ${kB(maxBytes)}` } };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    return { fault: { line: lineAt(Buffer.from(bytes.subarray(0, bad)).toString("latin1"), bad), message: `not valid UTF-8 text (byte ${bad + 1}): save the file as UTF-8` } };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/g;
  const found = [...text.matchAll(control)];
  if (found.length > 0) {
    const at = found[0].index;
    const line = lineAt(text, at);
    const column = at - text.lastIndexOf("\n", at - 1);
    const code = `U+${found[0][0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
    const more = found.length > 1 ? ` (and ${found.length - 1} more)` : "";
    return { fault: { line, message: `control character ${code} at column ${column}${more}: remove it` } };
  }
  return { text };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, i + 1), { stream: true });
    } catch {
      return i;
    }
  }
  return bytes.length - 1;
}

/** Structure in a body that would make the Markdown parser crawl, found with a linear scan. */
export function bodyTooComplex(text: string): GuardFault | null {
  const lines = text.split("\n");
  let emphasis = 0;
  let paragraphStart = 1;
  let depth = 0;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const number = index + 1;
    if (line.trim() === "") {
      emphasis = 0;
      paragraphStart = number + 1;
    }
    const run = /([*_~])\1*/g;
    for (let match = run.exec(line); match; match = run.exec(line)) {
      if (match[0].length > LIMITS.emphasisRun) return { line: number, message: `a run of ${match[0].length} ${match[1]} marks: emphasis takes at most ${LIMITS.emphasisRun}` };
      emphasis += match[0].length;
    }
    if (emphasis > LIMITS.emphasisMarksPerParagraph) return { line: paragraphStart, message: `over ${LIMITS.emphasisMarksPerParagraph} emphasis marks (*, _, ~) in one paragraph: too many to be prose` };
    const indent = /^[ \t]*/.exec(line)![0].replace(/\t/g, "    ").length;
    const markers = /^(?:\s*(?:[-*+>]|\d{1,9}[.)])(?=\s|$))+/.exec(line)?.[0].match(/[-*+>]|\d{1,9}[.)]/g)?.length ?? 0;
    if (markers > LIMITS.blockNesting || indent > LIMITS.blockNesting * 4) return { line: number, message: `lists or quotes nested more than ${LIMITS.blockNesting} deep: a body needs two levels at most` };
    for (const tag of line.matchAll(/<(\/)?([A-Za-z][\w.:-]*)?[^<>]*?(\/)?>/g)) {
      if (tag[3]) continue;
      depth += tag[1] ? -1 : 1;
      if (depth > LIMITS.componentNesting) return { line: number, message: `components nested more than ${LIMITS.componentNesting} deep` };
    }
    depth = Math.max(depth, 0);
  }
  return null;
}

/** Frontmatter that would make the YAML parser recurse without end. */
export function yamlTooComplex(text: string): GuardFault | null {
  if (text.length > LIMITS.frontmatterBytes) return { line: 1, message: `the frontmatter is ${kB(text.length)}, over the limit of ${kB(LIMITS.frontmatterBytes)}` };
  const lines = text.split("\n");
  let depth = 0;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (/^[ \t]*/.exec(line)![0].replace(/\t/g, "    ").length > LIMITS.yamlIndent) return { line: index + 1, message: `indented over ${LIMITS.yamlIndent} columns: nested too deeply` };
    for (const ch of line.replace(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|#.*$/g, "")) {
      if (ch === "[" || ch === "{") depth++;
      else if (ch === "]" || ch === "}") depth = Math.max(0, depth - 1);
      if (depth > LIMITS.yamlNesting) return { line: index + 1, message: `brackets nested over ${LIMITS.yamlNesting} deep` };
    }
  }
  return null;
}
