import fs from "node:fs/promises";
import path from "node:path";
import { ANNOTATION_CONTENT_TYPE, annotationPage } from "@/lib/annotations";
import { getStory, storyParams } from "@/lib/site";

export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = storyParams;

/** The story's published anchors as a W3C Web Annotation page, built at build time like the notes they place. */
export async function GET(_request: Request, { params }: { params: Promise<{ story: string }> }) {
  const story = getStory((await params).story);
  if (!story) return new Response("Not found.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const file = await fs.readFile(path.join(story.dir, "source.txt"), "utf8");
  return new Response(`${JSON.stringify(annotationPage(story, file), null, 2)}\n`, { headers: { "Content-Type": ANNOTATION_CONTENT_TYPE } });
}
