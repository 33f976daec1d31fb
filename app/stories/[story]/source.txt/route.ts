import { storyParams, storySource } from "@/lib/site";

export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = storyParams;

/** The report exactly as received, byte for byte: what the annotations' selectors count in. */
export async function GET(_request: Request, { params }: { params: Promise<{ story: string }> }) {
  const found = await storySource((await params).story);
  if (!found) return new Response("Not found.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(new Uint8Array(found.bytes), { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
