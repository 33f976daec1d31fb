import type { ReactNode } from "react";

/** A fault an editor must see in preview; published content with one never builds. */
export function ContentProblem({ children }: { children: ReactNode }) {
  return <strong className="content-problem">Content problem: {children}</strong>;
}
