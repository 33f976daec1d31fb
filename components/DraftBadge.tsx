/** Marks draft content wherever it appears in preview; the public never sees drafts at all. */
export function DraftBadge({ status }: { status: "published" | "draft" }) {
  return status === "draft" ? <span className="draft-badge">Draft</span> : null;
}
