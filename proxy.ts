import { NextResponse, type NextRequest } from "next/server";
import { articlePath, SLUG } from "@/lib/paths";
import { publicRoute } from "@/lib/site";

/** Longest path and query a real page of this site needs, with room to spare; longer is a bad request. */
const MAX_PATH = 256;
const MAX_QUERY = 512;

const plain = (body: string, status: number) =>
  new NextResponse(`${body}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/** Turns away malformed addresses before any page renders; never echoes them back. */
export function proxy(request: NextRequest) {
  const { pathname, search, searchParams } = request.nextUrl;
  if (pathname.length > MAX_PATH || search.length > MAX_QUERY) return plain("Bad request: the address is too long.", 400);
  const issue = searchParams.get("issue");
  if (issue !== null && !SLUG.test(issue)) return plain("Not found.", 404);
  const route = pathname.startsWith("/stories/") ? publicRoute(pathname, issue) : undefined;
  // A one-issue view is a state of the article's page (#only-<issue>): its earlier address, `?issue=`, leads there,
  // for a draft issue too in preview.
  const story = /^\/stories\/([^/]+)\/article$/.exec(pathname)?.[1];
  const previewView = issue !== null && story && SLUG.test(story) && request.cookies.has("__prerender_bypass") ? articlePath(story, issue) : undefined;
  const view = route?.redirect ?? previewView;
  if (view) {
    const response = NextResponse.redirect(new URL(view, request.url), 308);
    response.headers.set("Cache-Control", route ? "public, max-age=3600" : "private, no-store");
    return response;
  }
  if (!pathname.startsWith("/stories/") || route) return NextResponse.next();
  // Other story addresses are slugs; anything else (markup, encoded slashes, dots) names no page.
  if (!pathname.slice("/stories/".length).split("/").every((segment) => SLUG.test(segment))) return plain("Not found.", 404);
  // Outside preview, a story address the route manifest does not know gets the prerendered 404 page.
  if (!request.cookies.has("__prerender_bypass")) return NextResponse.rewrite(new URL("/-/not-found", request.url));
  return NextResponse.next();
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
