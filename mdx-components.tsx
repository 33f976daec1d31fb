import type { MDXComponents } from "mdx/types";
import { SiteLink } from "@/components/SiteLink";

/** How every MDX element looks, for the site's own MDX pages and the editors' story bodies alike. */
const components: MDXComponents = { a: SiteLink };

export function useMDXComponents(overrides: MDXComponents = {}): MDXComponents {
  return { ...components, ...overrides };
}
