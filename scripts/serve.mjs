/**
 * `next start`, but only for a build the static step finished (scripts/static-pages.ts): a build without it would
 * serve pages whose scripts the Content-Security-Policy blocks. Arguments go to `next start` unchanged.
 */
import fs from "node:fs";
import path from "node:path";

const dist = process.env.NEXT_DIST_DIR || ".next";
const read = (file) => {
  try {
    return fs.readFileSync(path.join(dist, file), "utf8");
  } catch {
    return null;
  }
};
const buildId = read("BUILD_ID")?.trim();
const record = read("static-pages.json");
const problem = !buildId
  ? `${dist} holds no build: run npm run build`
  : !record
    ? `${dist} was built without the static step: run npm run build (next build alone is not enough)`
    : JSON.parse(record).buildId !== buildId
      ? `${dist}/static-pages.json is from another build than ${dist}/BUILD_ID: run npm run build`
      : null;
if (problem) {
  console.error(`Refusing to serve: ${problem}`);
  process.exit(1);
}
// Next's own command line, in this process, so that stopping this process stops the server.
process.argv = [process.argv[0], "next", "start", ...process.argv.slice(2)];
await import("next/dist/bin/next");
