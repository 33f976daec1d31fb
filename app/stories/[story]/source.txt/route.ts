import fs from "node:fs/promises";
import path from "node:path";
import { getStory, storyParams } from "@/lib/site";

export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = storyParams;

/** The report exactly as received, byte for byte: what the annotations' selectors count in. */
export async function GET(_request: Request, { params }: { params: Promise<{ story: string }> }) {
  const story = getStory((await params).story);
  if (!story) return new Response("Not found.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const bytes = await fs.readFile(path.join(story.dir, "source.txt"));
  return new Response(bytes, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
