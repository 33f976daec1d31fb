import type { MDXComponents } from "mdx/types";
import type { ReactNode } from "react";
import { SiteLink } from "@/components/SiteLink";

/** Words quoted as words, as story bodies show them: in quotation marks, and not a quotation of a report. */
function Mention({ children }: { children: ReactNode }) {
  return <span className="mention">{"\u201C"}{children}{"\u201D"}</span>;
}

/** How the elements of the site's own MDX page (app/about/page.mdx) look; editors' bodies are rendered by components/StoryBody.tsx. */
const components: MDXComponents = { a: SiteLink, Mention };

export function useMDXComponents(overrides: MDXComponents = {}): MDXComponents {
  return { ...components, ...overrides };
}
