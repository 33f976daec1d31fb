import { isPreview } from "@/lib/view";

/** On every page while preview is on: says so, and turns it off by POST (never a prefetchable link). */
export async function PreviewBanner() {
  if (!(await isPreview())) return null;
  return (
    <div role="status" className="preview-banner">
      <p>
        <strong>Preview.</strong> You are seeing drafts and content problems that the public does not see. <a href="/preview">All content and its health</a>
      </p>
      <form method="post" action="/api/preview/exit">
        <button type="submit">Exit preview</button>
      </form>
    </div>
  );
}
