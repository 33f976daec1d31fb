/** `npm run serve:edge`: the production topology on this machine, nginx (the edge) in front of `next start`. */
import { startEdge, warmCache } from "../deploy/edge";

const port = Number(process.env.PORT ?? 8080);
const appPort = Number(process.env.APP_PORT ?? 3000);

// REAL_IP_FROM: the CDN's address ranges, comma-separated, when one is in front (README, "Preview drafts").
const realIpFrom = process.env.REAL_IP_FROM?.split(",").map((range) => range.trim()).filter(Boolean);
const edge = await startEdge({ port, appPort, workers: Number(process.env.NGINX_WORKERS ?? 2), realIpFrom });
const warmed = await warmCache(edge.url);
console.log(`Serving ${edge.url} (nginx cache in front of ${edge.appUrl}); ${warmed} pages warmed into the cache. Ctrl-C stops both.`);
const stop = async () => {
  await edge.stop();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
