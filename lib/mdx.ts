/** Compiles an editor's MDX at build time (prerender) into a component; content never ships as code to the browser. */
import { evaluate } from "@mdx-js/mdx";
import type { MDXContent } from "mdx/types";
import * as runtime from "react/jsx-runtime";
import remarkFrontmatter from "remark-frontmatter";

const compiled = new Map<string, Promise<MDXContent>>();

export function compileMdx(source: string): Promise<MDXContent> {
  let content = compiled.get(source);
  if (!content) {
    content = evaluate(source, { ...runtime, remarkPlugins: [remarkFrontmatter] }).then((module) => module.default);
    compiled.set(source, content);
  }
  return content;
}
