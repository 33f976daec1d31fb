/**
 * `next start`, but only for a build the static step finished (scripts/static-pages.ts): a build without it would
 * serve pages whose scripts the Content-Security-Policy blocks. Takes `next start`'s -p/--port and -H/--hostname.
 *
 * It runs Next as a custom server (next({ dev: false }), getRequestHandler()) so that it sees the socket: an
 * X-Forwarded-For header is kept only from a loopback peer (the edge, deploy/edge.ts), and dropped from anyone else,
 * whereupon Next fills in the socket's address. Preview's throttle keys clients on it (lib/preview.ts).
 */
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";

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

const { values } = parseArgs({ options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } } });
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname;
process.env.NODE_ENV ||= "production";

const isLoopback = (address = "") => address === "::1" || /^(::ffff:)?127\./.test(address);

const { default: next } = await import("next");
const app = next({ dev: false, dir: process.cwd(), hostname, port });
await app.prepare();
const handle = app.getRequestHandler();

const server = http.createServer((request, response) => {
  // Only the edge on this machine may say who the client is; from anyone else the header is a claim, not a fact.
  if (!isLoopback(request.socket.remoteAddress)) delete request.headers["x-forwarded-for"];
  handle(request, response);
});
server.on("error", (error) => {
  console.error(`Failed to start the server: ${error.message}`);
  process.exit(1);
});
server.listen(port, hostname, () => console.log(`Serving ${dist} at http://${hostname ?? "localhost"}:${port}`));
