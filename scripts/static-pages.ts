/** After `next build`: the static step (lib/static-html.ts). Exits 1 with a one-line reason when it refuses the build. */
import { PAGES_WITH_RUNTIME, prerenderedPages } from "../lib/paths";
import { timed } from "../lib/build-timing";
import { getStories } from "../lib/site";
import { StaticStepError, stripBuild } from "../lib/static-html";

const dist = process.env.NEXT_DIST_DIR || ".next";
try {
  const expected = prerenderedPages(getStories());
  const record = timed("static-step", () => stripBuild(dist, { keepRuntime: PAGES_WITH_RUNTIME, expected }));
  const kept = record.keptRuntime.length > 0 ? `; kept it on ${record.keptRuntime.join(", ")}, as listed` : "";
  console.log(`Static pages: removed the client runtime from ${record.stripped.length} prerendered pages${kept}.`);
} catch (error) {
  if (!(error instanceof StaticStepError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
