import { ANNOTATION_CONTENT_TYPE, annotationPage } from "@/lib/annotations";
import { storyParams, storySource } from "@/lib/site";

export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = storyParams;

/** The story's published anchors as a W3C Web Annotation page, built at build time like the notes they place. */
export async function GET(_request: Request, { params }: { params: Promise<{ story: string }> }) {
  const found = await storySource((await params).story);
  if (!found) return new Response("Not found.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const page = annotationPage(found.story, found.bytes.toString("utf8"));
  return new Response(`${JSON.stringify(page, null, 2)}\n`, { headers: { "Content-Type": ANNOTATION_CONTENT_TYPE } });
}
