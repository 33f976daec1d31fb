import type { Metadata } from "next";

export const metadata: Metadata = {
  title: "Enter preview",
  description: "For editors: open the site's drafts with the preview secret.",
  robots: { index: false, follow: false },
};

/**
 * The editors' way into preview that keeps the secret out of the address bar, history and logs: a plain form that
 * posts it (app/api/preview/route.ts). Prerendered and static: it never shows anything that was sent.
 */
export default function PreviewEntry() {
  return (
    <>
      <h1>Enter preview</h1>
      <p className="mt-4 max-w-prose">
        For editors. The preview secret shows drafts and content problems that the public does not see. Ask whoever runs the server for it, and keep it to
        yourself.
      </p>
      <form method="post" action="/api/preview" className="mt-6 grid max-w-md gap-4">
        <p className="grid gap-1">
          <label htmlFor="preview-secret" className="font-semibold">
            Preview secret
          </label>
          <input id="preview-secret" name="secret" type="password" required autoComplete="current-password" className="rounded border border-muted bg-paper px-2 py-1 text-ink" />
        </p>
        <p className="grid gap-1">
          <label htmlFor="preview-path" className="font-semibold">
            Page to open
          </label>
          <input
            id="preview-path"
            name="path"
            type="text"
            required
            defaultValue="/preview"
            spellCheck={false}
            aria-describedby="preview-path-hint"
            className="rounded border border-muted bg-paper px-2 py-1 font-mono text-ink"
          />
          <span id="preview-path-hint" className="text-sm text-muted">
            An address on this site, such as /stories/&lt;story&gt;; /preview lists every story and issue with its status.
          </span>
        </p>
        <p>
          <button type="submit" className="cursor-pointer rounded border border-ink px-3 py-1 font-semibold hover:bg-ink hover:text-paper">
            Enter preview
          </button>
        </p>
      </form>
    </>
  );
}
