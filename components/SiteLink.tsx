import Link from "next/link";
import type { ComponentProps } from "react";

/** A link as content writes it: the site's own pages through next/link, anything else as a plain anchor. */
export function SiteLink({ href = "", children }: ComponentProps<"a">) {
  return href.startsWith("/") ? <Link href={href}>{children}</Link> : <a href={href}>{children}</a>;
}
