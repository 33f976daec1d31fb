/**
 * The public pages have no client component and work without JavaScript, so the ~135 kB (gzip) of React
 * and router that Next adds to every page buys a reader nothing. After the build, this removes it from the
 * prerendered HTML: every <script> except JSON-LD data, and the preloads for those scripts.
 * A page that ever needs the browser to act must be left out (see scripts/static-pages.ts).
 */
const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script>/g;
const SCRIPT_PRELOAD = /<link\b[^>]*\bas="script"[^>]*>/g;

export function withoutClientRuntime(html: string): string {
  return html.replace(SCRIPT, (tag, attributes: string) => (/\btype="application\/ld\+json"/.test(attributes) ? tag : "")).replace(SCRIPT_PRELOAD, "");
}
