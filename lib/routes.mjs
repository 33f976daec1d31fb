/**
 * The parts of the route manifest (lib/paths.ts) that next.config.mjs needs too, in plain JavaScript so
 * both can import them: the slug rule, and the pages that keep Next's client runtime on purpose.
 */

/** What a story folder, an issue file and a URL segment may be called: lower-case words and hyphens. */
export const SLUG_PATTERN = "[a-z0-9]+(?:-[a-z0-9]+)*";

/**
 * Pages that use a client component and so keep Next's runtime (scripts/static-pages.ts leaves them alone, and
 * next.config.mjs gives them a policy that lets the runtime run). Each exists only in a build that asks for it:
 * the benchmark's bare page (BENCH_BARE=1) and the static step's test page (FIXTURE_PAGES=1).
 */
export const PAGES_WITH_RUNTIME = ["/bench/bare", "/fixtures/client-component"];

/** Where editors enter preview by a form that posts the secret (app/preview/enter): public, never indexed or stored. */
export const PREVIEW_ENTRY_PATH = "/preview/enter";
