import { draftMode } from "next/headers";
import { clientAddress, previewOff, previewTarget, secretMatches } from "@/lib/preview";
import { contentPaths, getStories } from "@/lib/site";
import { createThrottle } from "@/lib/throttle";

export const dynamic = "force-dynamic";

/** The entry form's body is a secret and a path; anything much larger is not the form. */
const MAX_FORM_BYTES = 4096;

// One per server process: five wrong secrets a minute per client, then 429 until the oldest leaves the window.
const guesses = createThrottle();

const text = (body: string, status: number, headers: Record<string, string> = {}) =>
  new Response(`${body}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store", ...headers } });

/** Every way in runs these checks, in this order; none of them echoes what was sent. */
async function enter(request: Request, sent: () => Promise<URLSearchParams | null>, redirect: 303 | 307) {
  const configured = process.env.PREVIEW_SECRET ?? "";
  const off = previewOff(configured);
  if (off !== null) return text(off, 503);
  const client = clientAddress(request.headers);
  // A throttled client is answered before its secret is compared, so waiting is the only way on.
  const wait = guesses.retryAfter(client);
  if (wait > 0) return text(`Too many wrong preview secrets from your address: try again in ${wait} seconds.`, 429, { "Retry-After": String(wait) });
  const fields = await sent();
  if (fields === null) return text("The form sent is too large, or of no stated length.", 413);
  const secret = fields.get("secret");
  if (!secretMatches(secret, configured)) {
    if (secret) guesses.fail(client);
    return text("Wrong or missing preview secret.", 401);
  }
  const target = previewTarget(fields.get("path"), [...contentPaths(getStories(true)), "/preview"]);
  if (target === null) return text("No such page to preview. Pass path=/stories/<story> or another page of this site.", 404);
  (await draftMode()).enable();
  // A relative Location: the target is the site's own path, so the browser cannot be sent elsewhere.
  return new Response(null, { status: redirect, headers: { Location: target, "Cache-Control": "private, no-store" } });
}

/** GET /api/preview?secret=…&path=/stories/… turns preview on and opens that page (for tools; the secret is in the URL). */
export async function GET(request: Request) {
  return enter(request, async () => new URL(request.url).searchParams, 307);
}

/** POST /api/preview, from the entry form (/preview/enter): the same, with the secret kept out of the address. */
export async function POST(request: Request) {
  return enter(
    request,
    async () => {
      const length = request.headers.get("content-length");
      if (length === null || !(Number(length) <= MAX_FORM_BYTES)) return null;
      const form = await request.formData().catch(() => new FormData());
      return new URLSearchParams([...form].flatMap(([name, value]) => (typeof value === "string" ? [[name, value]] : [])));
    },
    303,
  );
}
