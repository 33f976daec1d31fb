/** After `next build`: the static step (lib/static-html.ts). Exits 1 with a one-line reason when it refuses the build. */
import { PAGES_WITH_RUNTIME, prerenderedPages } from "../lib/paths";
import { timed } from "../lib/build-timing";
import { ContentError } from "../lib/content";
import { getStories } from "../lib/site";
import { StaticStepError, stripBuild } from "../lib/static-html";

const dist = process.env.NEXT_DIST_DIR || ".next";
try {
  const expected = prerenderedPages(getStories());
  const record = timed("static-step", () => stripBuild(dist, { keepRuntime: PAGES_WITH_RUNTIME, expected }));
  const kept = record.keptRuntime.length > 0 ? `; kept it on ${record.keptRuntime.join(", ")}, as listed` : "";
  console.log(`Static pages: removed the client runtime from ${record.stripped.length} prerendered pages${kept}.`);
} catch (error) {
  if (error instanceof ContentError) {
    // Content changed since the check passed: say so in lines an editor can act on, a few at most.
    const lines = error.message.split("\n");
    console.error(`Static pages: the content no longer passes the check (${lines.length} ${lines.length === 1 ? "error" : "errors"}); run npm run check. First:\n${lines.slice(0, 5).join("\n")}`);
  } else if (error instanceof StaticStepError) console.error(error.message);
  else throw error;
  process.exitCode = 1;
}
