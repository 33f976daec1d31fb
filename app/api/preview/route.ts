import { draftMode } from "next/headers";
import { secretMatches, previewTarget } from "@/lib/preview";
import { contentPaths, getStories } from "@/lib/site";

export const dynamic = "force-dynamic";

const text = (body: string, status: number) =>
  new Response(`${body}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" } });

/** GET /api/preview?secret=…&path=/stories/… turns preview on and opens that page. */
export async function GET(request: Request) {
  const configured = process.env.PREVIEW_SECRET;
  if (!configured) {
    console.warn("Preview requested, but PREVIEW_SECRET is not set on this server: preview is off.");
    return text("Preview is off on this server: it has no PREVIEW_SECRET.", 503);
  }
  const params = new URL(request.url).searchParams;
  if (!secretMatches(params.get("secret"), configured)) return text("Wrong or missing preview secret.", 401);
  const target = previewTarget(params.get("path"), [...contentPaths(getStories(true)), "/preview"]);
  if (target === null) return text("No such page to preview. Pass path=/stories/<story> or another page of this site.", 404);
  (await draftMode()).enable();
  // A relative Location: the target is the site's own path, so the browser cannot be sent elsewhere.
  return new Response(null, { status: 307, headers: { Location: target, "Cache-Control": "private, no-store" } });
}
