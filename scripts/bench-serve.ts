/**
 * `npm run bench:serve`: serving under load, measured in one run and printed as tables.
 *  1. Load: requests/s, p50/p99 latency, errors and non-2xx for the annotated article at 100 connections:
 *     (a) `next start` directly, (b) through the nginx cache, (c) nginx serving a static copy of the same HTML.
 *     Budget: (b) at least 0.8 of (c), and no errors or non-2xx.
 *  2. Faults: a load through the edge while the app server is killed and restarted; every response counted,
 *     and every page checked to be the full page.
 * What a build costs as stories grow is `npm run bench:build` (scripts/bench-build.ts).
 * BENCH_DURATION (s, default 30), BENCH_CONNECTIONS (default 100).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { startEdge, warmCache } from "../deploy/edge";
import { getStories } from "../lib/site";

const duration = Number(process.env.BENCH_DURATION ?? 30);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 100);
const distDir = ".next-bench-serve";
const outDir = path.resolve("bench-results");
const story = getStories()[0];
const page = `/stories/${story.slug}/article`;

type Load = { name: string; rps: number; p50: number; p99: number; requests: number; errors: number; non2xx: number };

async function load(name: string, url: string, headers: Record<string, string> = {}): Promise<Load> {
  const result = await autocannon({ url, connections, duration, headers, timeout: 10 });
  return {
    name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

function build(env: Record<string, string>, dist: string) {
  execFileSync("npx", ["next", "build"], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: dist, ...env }, stdio: ["ignore", "ignore", "inherit"] });
  execFileSync("npx", ["tsx", "scripts/static-pages.ts"], { env: { ...process.env, NEXT_DIST_DIR: dist }, stdio: ["ignore", "ignore", "inherit"] });
}

async function faultRun(edgeUrl: string, stopApp: () => Promise<void>, startApp: () => Promise<void>) {
  const expected = await (await fetch(edgeUrl + page)).text();
  const counts = { checks: 0, full: 0, wrong: 0, failed: 0 };
  let checking = true;
  const checker = (async () => {
    while (checking) {
      counts.checks++;
      try {
        const response = await fetch(edgeUrl + page);
        const html = await response.text();
        if (response.status === 200 && html === expected) counts.full++;
        else counts.wrong++;
      } catch {
        counts.failed++;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  const faultDuration = Math.max(15, Math.min(duration, 30));
  const loading = autocannon({ url: edgeUrl + page, connections: 20, duration: faultDuration, timeout: 10 });
  const timeline: string[] = [];
  const t0 = Date.now();
  await new Promise((resolve) => setTimeout(resolve, faultDuration * 200));
  await stopApp();
  timeline.push(`app killed at ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const appDown = (await fetch(edgeUrl + page).then((r) => r.headers.get("x-cache"))) ?? "?";
  await new Promise((resolve) => setTimeout(resolve, faultDuration * 400));
  const restartAt = Date.now();
  await startApp();
  timeline.push(`restarted at ${((restartAt - t0) / 1000).toFixed(1)} s (up again at ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  const result = await loading;
  checking = false;
  await checker;
  return { result, counts, timeline, appDown, faultDuration };
}

async function main() {
  fs.mkdirSync(outDir, { recursive: true });
  console.log("Building the production site...");
  build({}, distDir);

  // (c): the same prerendered HTML, as a plain file nginx serves.
  const staticRoot = fs.mkdtempSync(path.join(os.tmpdir(), "bench-static-"));
  fs.chmodSync(staticRoot, 0o755);
  fs.mkdirSync(path.join(staticRoot, path.dirname(page)), { recursive: true });
  fs.copyFileSync(path.join(distDir, "server", "app", `${page}.html`), path.join(staticRoot, `${page}.html`));
  for (let dir = path.join(staticRoot, path.dirname(page)); dir !== staticRoot; dir = path.dirname(dir)) fs.chmodSync(dir, 0o755);
  fs.chmodSync(path.join(staticRoot, `${page}.html`), 0o644);

  const lines: string[] = [];
  const edge = await startEdge({ port: 3402, appPort: 3401, staticRoot, staticPort: 3403, workers: 1, appEnv: { NEXT_DIST_DIR: distDir } });
  try {
    await warmCache(edge.url);
    const loads: Record<string, Load[]> = {};
    for (const [label, headers] of [["identity", {}], ["gzip", { "accept-encoding": "gzip" }]] as const) {
      console.log(`Load, ${label}: ${connections} connections, ${duration} s each...`);
      loads[label] = [
        await load("(a) next start", `${edge.appUrl}${page}`, headers),
        await load("(b) nginx cache → next start", `${edge.url}${page}`, headers),
        await load("(c) nginx, static HTML file", `http://127.0.0.1:3403${page}`, headers),
      ];
    }
    lines.push(
      `Load: the annotated article (${page}), ${connections} connections, ${duration} s per run, autocannon 9 on the same 2 cores; nginx with 1 worker.`,
      "",
      "| encoding | server | requests/s | p50 ms | p99 ms | requests | errors | non-2xx |",
      "|---|---|---|---|---|---|---|---|",
      ...Object.entries(loads).flatMap(([label, rows]) => rows.map((r) => `| ${label} | ${r.name} | ${Math.round(r.rps)} | ${r.p50} | ${r.p99} | ${r.requests} | ${r.errors} | ${r.non2xx} |`)),
      "",
    );
    for (const [label, [, cached, plain]] of Object.entries(loads)) {
      const ratio = cached.rps / plain.rps;
      lines.push(`${label}: (b)/(c) = ${ratio.toFixed(2)} (budget ≥ 0.80: ${ratio >= 0.8 ? "met" : "MISSED"}); errors + non-2xx through the cache: ${cached.errors + cached.non2xx} (budget 0: ${cached.errors + cached.non2xx === 0 ? "met" : "MISSED"})`);
    }

    console.log("Fault run: killing and restarting the app server under load...");
    const fault = await faultRun(edge.url, edge.stopApp, edge.startApp);
    const r = fault.result;
    lines.push(
      "",
      `Faults: ${fault.faultDuration} s of load through the edge (20 connections); ${fault.timeline.join("; ")}; X-Cache while down: ${fault.appDown}.`,
      "",
      "| requests | 2xx | non-2xx | errors + timeouts | full-page checks | full page | wrong page | failed |",
      "|---|---|---|---|---|---|---|---|",
      `| ${r.requests.total} | ${r["2xx"]} | ${r.non2xx} | ${r.errors + r.timeouts} | ${fault.counts.checks} | ${fault.counts.full} | ${fault.counts.wrong} | ${fault.counts.failed} |`,
    );
  } finally {
    await edge.stop();
    fs.rmSync(staticRoot, { recursive: true, force: true });
  }

  const report = lines.join("\n");
  console.log(`\n${report}`);
  fs.writeFileSync(path.join(outDir, "serving.md"), `${report}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
