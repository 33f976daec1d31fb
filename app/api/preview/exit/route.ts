import { draftMode } from "next/headers";
import { previewTarget } from "@/lib/preview";
import { contentPaths, getStories } from "@/lib/site";

export const dynamic = "force-dynamic";

/** The page the exit form was sent from (its Referer), if it is on this site. */
function pageSentFrom(request: Request): string | null {
  const referer = request.headers.get("referer");
  if (!referer) return null;
  try {
    const from = new URL(referer);
    return from.host === new URL(request.url).host || from.host === request.headers.get("host") ? from.pathname + from.search : null;
  } catch {
    return null;
  }
}

/** POST /api/preview/exit turns preview off and returns the editor to the page they were on, as the public sees it. */
export async function POST(request: Request) {
  (await draftMode()).disable();
  const target = previewTarget(pageSentFrom(request), contentPaths(getStories(true))) ?? "/";
  return new Response(null, { status: 303, headers: { Location: target, "Cache-Control": "private, no-store" } });
}
