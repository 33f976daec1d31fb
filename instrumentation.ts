/** Next runs register() once, when the server starts (`next start`, scripts/serve.mjs, `next dev`), never at build. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || !process.env.PREVIEW_SECRET) return;
  const { previewOff } = await import("./lib/preview");
  // No secret is a server without preview, as meant; a weak one is a mistake, said once rather than per request.
  const off = previewOff(process.env.PREVIEW_SECRET);
  if (off !== null) console.warn(`Warning: ${off}`);
}
