import { storyVersion, versionParams } from "@/lib/site";

export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = versionParams;

/** An earlier version of the report, byte for byte, at a stable address: citations made against it stay explainable. */
export async function GET(_request: Request, { params }: { params: Promise<{ story: string; file: string }> }) {
  const { story, file } = await params;
  const bytes = await storyVersion(story, file);
  if (!bytes) return new Response("Not found.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(new Uint8Array(bytes), { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
