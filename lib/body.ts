/** Reads an MDX body without running it: the components, quotes and citations an editor wrote. */
import type { Root } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { toString } from "mdast-util-to-string";
import remarkFrontmatter from "remark-frontmatter";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";

export type BodyRef =
  | { kind: "component"; name: string; line: number }
  | { kind: "quote"; text: string; line: number }
  | { kind: "cite"; raw: string; paragraphs: number[] | null; line: number };

export type BodyScan = { refs: BodyRef[]; syntaxError: { line: number; message: string } | null };

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

/** The paragraph a link such as `article#p-12` or `/stories/x/article#p-12` points at. */
export function linkedParagraph(url: string): number | null {
  const match = /(?:^|\/)article(?:\?[^#]*)?#p-(\d+)$/.exec(url);
  return match ? Number(match[1]) : null;
}

function attribute(node: MdxJsxFlowElement | MdxJsxTextElement, name: string): string | null {
  for (const attr of node.attributes) {
    if (attr.type !== "mdxJsxAttribute" || attr.name !== name) continue;
    if (typeof attr.value === "string") return attr.value;
    if (attr.value && typeof attr.value === "object") return attr.value.value.trim().replace(/^["'`](.*)["'`]$/, "$1");
    return "";
  }
  return null;
}

export function scanBody(mdx: string): BodyScan {
  let tree: Root;
  try {
    tree = parser.parse(mdx);
  } catch (error) {
    const place = error as { line?: number; reason?: string; message?: string };
    return { refs: [], syntaxError: { line: place.line ?? 1, message: (place.reason ?? place.message ?? String(error)).split("\n")[0] } };
  }
  const refs: BodyRef[] = [];
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
      const name = node.name ?? "";
      refs.push({ kind: "component", name, line });
      if (name === "Quote") refs.push({ kind: "quote", text: toString(node), line });
      if (name === "Cite") {
        const raw = attribute(node, "p") ?? "";
        refs.push({ kind: "cite", raw, paragraphs: parseCitation(raw), line });
      }
    } else if (node.type === "link") {
      const paragraph = linkedParagraph(node.url);
      if (paragraph !== null) refs.push({ kind: "cite", raw: node.url, paragraphs: [paragraph], line });
    }
  });
  return { refs, syntaxError: null };
}
