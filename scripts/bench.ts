/**
 * `npm run bench`: builds the production site (plus the bare page that measures the framework's floor),
 * serves it, and prints for each page type Lighthouse's mobile scores and the bytes of HTML, CSS and JS it
 * loads, raw and gzip, beside the same figures for the bare page. Budgets are checked and reported, not
 * asserted in tests: the machines are shared and noisy.
 */
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { chromium } from "@playwright/test";
import { getStories } from "../lib/site";

const port = Number(process.env.BENCH_PORT ?? 3200);
const origin = `http://127.0.0.1:${port}`;
const distDir = ".next-bench";
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const outDir = path.resolve("bench-results");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: distDir, BENCH_BARE: "1" };

const story = getStories()[0];
const pages: Record<string, string> = {
  home: "/",
  explainer: `/stories/${story.slug}`,
  "annotated article": `/stories/${story.slug}/article`,
  "issue page": `/stories/${story.slug}/issues/${story.issues[0].slug}`,
  "bare Next page": "/bench/bare",
};

type Weight = { raw: number; gzip: number; files: number };
type Row = { page: string; scores: Record<string, number>; lcp: number; tbt: number; cls: number; spread: string; html: Weight; css: Weight; js: Weight; fonts: Weight };

async function waitForServer(url: string) {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server did not start at ${url}`);
}

function lighthouse(url: string, name: string) {
  const output = path.join(outDir, `lighthouse-${name.replace(/\W+/g, "-")}.json`);
  execFileSync(
    "npx",
    ["lighthouse", url, "--quiet", "--output=json", `--output-path=${output}`, "--form-factor=mobile", '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run'],
    { env: { ...process.env, CHROME_PATH: chromiumPath }, stdio: ["ignore", "ignore", "inherit"] },
  );
  const report = JSON.parse(fs.readFileSync(output, "utf8"));
  const score = (id: string) => Math.round(report.categories[id].score * 100);
  return {
    scores: { performance: score("performance"), accessibility: score("accessibility"), "best practices": score("best-practices"), seo: score("seo") },
    lcp: report.audits["largest-contentful-paint"].numericValue as number,
    tbt: report.audits["total-blocking-time"].numericValue as number,
    cls: report.audits["cumulative-layout-shift"].numericValue as number,
  };
}

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Lighthouse run RUNS times (three by default): each score and timing is the median, as the budgets are judged. */
function medianOfRuns(url: string, name: string) {
  const runs = Array.from({ length: RUNS }, () => lighthouse(url, name));
  const scores = Object.fromEntries(Object.keys(runs[0].scores).map((category) => [category, median(runs.map((run) => (run.scores as Record<string, number>)[category]))]));
  return { scores, lcp: median(runs.map((run) => run.lcp)), tbt: median(runs.map((run) => run.tbt)), cls: median(runs.map((run) => run.cls)), spread: runs.map((run) => run.scores.performance).join("/") };
}

/** What a browser loads for the page, by kind; gzip as the server would send it (zlib's default level). */
async function weigh(url: string): Promise<Pick<Row, "html" | "css" | "js" | "fonts">> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
  const page = await browser.newPage();
  const bodies: { kind: string; body: Buffer }[] = [];
  page.on("response", async (response) => {
    const kind = response.request().resourceType();
    if (["document", "stylesheet", "script", "font"].includes(kind) && response.status() === 200) bodies.push({ kind, body: await response.body().catch(() => Buffer.alloc(0)) });
  });
  await page.goto(url, { waitUntil: "networkidle" });
  await page.evaluate(() => document.fonts.ready);
  await browser.close();
  const sum = (kind: string): Weight => {
    const mine = bodies.filter((b) => b.kind === kind);
    return { raw: mine.reduce((n, b) => n + b.body.length, 0), gzip: mine.reduce((n, b) => n + zlib.gzipSync(b.body).length, 0), files: mine.length };
  };
  return { html: sum("document"), css: sum("stylesheet"), js: sum("script"), fonts: sum("font") };
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

async function main() {
  fs.mkdirSync(outDir, { recursive: true });
  console.log("Building the production site with the bare page...");
  const started = Date.now();
  execFileSync("npx", ["next", "build"], { env, stdio: ["ignore", "ignore", "inherit"] });
  execFileSync("npx", ["tsx", "scripts/static-pages.ts"], { env, stdio: ["ignore", "inherit", "inherit"] });
  console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  const server = spawn(process.execPath, ["scripts/serve.mjs", "-p", String(port), "-H", "127.0.0.1"], { env, stdio: "ignore" });
  try {
    await waitForServer(`${origin}/`);
    const rows: Row[] = [];
    for (const [name, url] of Object.entries(pages)) {
      console.log(`Measuring ${name} (${url})...`);
      rows.push({ page: name, ...medianOfRuns(origin + url, name), ...(await weigh(origin + url)) });
    }
    const bare = rows.find((row) => row.page === "bare Next page")!;
    const lines = [
      "| page | perf | a11y | best pr. | SEO | LCP ms | TBT ms | CLS | HTML kB raw / gzip | CSS kB raw / gzip | fonts: files, kB | JS files, kB raw / gzip | JS beyond bare, kB gzip |",
      "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
      ...rows.map((r) =>
        [
          r.page,
          ...Object.values(r.scores),
          Math.round(r.lcp),
          Math.round(r.tbt),
          r.cls.toFixed(3),
          `${kb(r.html.raw)} / ${kb(r.html.gzip)}`,
          `${kb(r.css.raw)} / ${kb(r.css.gzip)}`,
          `${r.fonts.files}, ${kb(r.fonts.raw)}`,
          `${r.js.files}, ${kb(r.js.raw)} / ${kb(r.js.gzip)}`,
          r === bare ? "–" : kb(r.js.gzip - bare.js.gzip),
        ].join(" | ").replace(/^/, "| ").replace(/$/, " |"),
      ),
    ];
    const budget = rows
      .filter((r) => r !== bare)
      .flatMap((r) => [
        ...Object.entries(r.scores).filter(([, score]) => score < 100).map(([category, score]) => `${r.page}: ${category} ${score} < 100`),
        ...(r.cls > 0 ? [`${r.page}: CLS ${r.cls} > 0`] : []),
        ...(r.fonts.raw > 150 * 1024 ? [`${r.page}: fonts ${kb(r.fonts.raw)} kB > 150`] : []),
        ...(r.js.gzip - bare.js.gzip > 5 * 1024 ? [`${r.page}: JS beyond bare ${kb(r.js.gzip - bare.js.gzip)} kB gzip > 5`] : []),
      ]);
    const text = [
      `Lighthouse 12.2.3, mobile (simulated throttling), ${new Date().toISOString().slice(0, 10)}; the median of ${RUNS} runs a page (performance in each run: ${rows.map((r) => `${r.page} ${r.spread}`).join("; ")}); bytes as loaded by Chromium, gzip at zlib's default level.`,
      "",
      ...lines,
      "",
      budget.length === 0 ? "Budgets met: all four scores 100, CLS 0, fonts at most 150 kB, JS beyond the bare page at most 5 kB gzip." : `Budgets missed:\n${budget.map((b) => `- ${b}`).join("\n")}`,
    ].join("\n");
    console.log(`\n${text}`);
    fs.writeFileSync(path.join(outDir, "pages.md"), `${text}\n`);
  } finally {
    server.kill();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
