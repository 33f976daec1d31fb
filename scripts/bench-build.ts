/**
 * `npm run bench:build`: what `npm run build` costs as stories pile up. For 1, 10 and 100 copies of the real story
 * (BENCH_SIZES), each built BENCH_RUNS times (default 3) from a cold start as CI does, it prints the median build
 * time with its spread, where that time goes, the peak memory of the whole process tree and the marginal seconds per
 * added story. The phases come from Next's own build trace (its `trace` file: compiling, type-checking, collecting
 * page data, prerendering) and from the content engine's timings (BENCH_TIMINGS_DIR, lib/build-timing.ts).
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Timing } from "../lib/build-timing";
import { getStories } from "../lib/site";
import { treeRss } from "./process-tree";

const sizes = (process.env.BENCH_SIZES ?? "1,10,100").split(",").map(Number);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const dist = ".next-bench-build";
const outDir = path.resolve("bench-results");
const story = getStories()[0];
// The build's own steps, so the benchmark cannot drift from what `npm run build` runs.
const steps = (JSON.parse(fs.readFileSync("package.json", "utf8")).scripts.build as string).split("&&").map((step) => step.trim());

type Span = { name: string; start: number; ms: number };
type Run = {
  seconds: number;
  peakMb: number;
  pages: number;
  images: number;
  /** What the build left on disk: the dist folder, caches included. */
  outputMb: number;
  /** Wall seconds by the issue's categories. */
  phases: { content: number; rendering: number; images: number; staticStep: number; other: number };
  /** Wall seconds of each of Next's top-level build spans and each step, for the detail table. */
  detail: Record<string, number>;
};

/** A copy's mark in lower-case letters ("copy bd"): a title's numbers and names must rest on the report, and these are neither. */
const copyMark = (i: number): string => (i < 26 ? "" : copyMark(Math.floor(i / 26) - 1)) + String.fromCharCode(97 + (i % 26));

/** A content root with `count` copies of the real story, each with its own folder and title, as distinct stories are. */
function contentWithCopies(count: number): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `bench-build-${count}-`));
  for (let i = 1; i <= count; i++) {
    const dir = path.join(root, "stories", `${story.slug}-copy-${i}`);
    fs.cpSync(story.dir, dir, { recursive: true });
    const index = path.join(dir, "index.mdx");
    fs.writeFileSync(index, fs.readFileSync(index, "utf8").replace(/^title: "(.*)"$/m, `title: "$1 (copy ${copyMark(i)})"`));
  }
  return root;
}

function readTimings(dir: string): (Timing & { pid: string })[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).flatMap((file) =>
    fs.readFileSync(path.join(dir, file), "utf8").trim().split("\n").filter(Boolean).map((line) => ({ ...(JSON.parse(line) as Timing), pid: file })),
  );
}

/** Next's top-level build spans (children of `next-build`), with epoch start times. */
function readTrace(): Span[] {
  const events = fs.readFileSync(path.join(dist, "trace"), "utf8").trim().split("\n").flatMap((line) => JSON.parse(line) as { name: string; id: number; parentId?: number; startTime: number; duration: number }[]);
  const root = events.find((event) => event.name === "next-build");
  return events.filter((event) => root && event.parentId === root.id).map((event) => ({ name: event.name, start: event.startTime, ms: event.duration / 1000 }));
}

/** Wall seconds that timed work of `phase` took inside `span`: its time summed over processes, divided by how many ran at once. */
function wallInSpan(timings: (Timing & { pid: string })[], phase: Timing["phase"], span: Span): number {
  const inside = timings.filter((t) => t.start >= span.start - 5 && t.start <= span.start + span.ms);
  const workers = new Set(inside.map((t) => t.pid)).size || 1;
  return inside.filter((t) => t.phase === phase).reduce((sum, t) => sum + t.ms, 0) / workers / 1000;
}

async function runStep(command: string, env: NodeJS.ProcessEnv, onPid: (pid: number) => void): Promise<number> {
  const started = performance.now();
  const child = spawn("sh", ["-c", command], { env, stdio: ["ignore", "ignore", "inherit"] });
  onPid(child.pid!);
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  if (code !== 0) throw new Error(`"${command}" failed (exit ${code})`);
  return (performance.now() - started) / 1000;
}

function bytes(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  return fs.readdirSync(dir, { withFileTypes: true }).reduce((n, entry) => n + (entry.isDirectory() ? bytes(path.join(dir, entry.name)) : entry.isFile() ? fs.statSync(path.join(dir, entry.name)).size : 0), 0);
}

function count(dir: string, test: (name: string) => boolean): number {
  if (!fs.existsSync(dir)) return 0;
  return fs.readdirSync(dir, { withFileTypes: true }).reduce((n, entry) => n + (entry.isDirectory() ? count(path.join(dir, entry.name), test) : test(entry.name) ? 1 : 0), 0);
}

async function measure(root: string): Promise<Run> {
  // `next build` with its own dist folder adds that folder to tsconfig.json and next-env.d.ts; put them back after.
  const kept = ["tsconfig.json", "next-env.d.ts"].filter((file) => fs.existsSync(file)).map((file) => [file, fs.readFileSync(file)] as const);
  const timingsBase = fs.mkdtempSync(path.join(os.tmpdir(), "bench-timings-"));
  fs.rmSync(dist, { recursive: true, force: true });
  fs.rmSync(path.join("node_modules", ".cache", "explainer"), { recursive: true, force: true });
  let peak = 0;
  let pid = 0;
  const sampler = setInterval(() => pid && (peak = Math.max(peak, treeRss(pid))), 100);
  const walls: number[] = [];
  try {
    for (const [index, command] of steps.entries()) {
      const env = { ...process.env, PATH: `${path.resolve("node_modules/.bin")}${path.delimiter}${process.env.PATH}`, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: dist, CONTENT_ROOTS: root, BENCH_TIMINGS_DIR: path.join(timingsBase, String(index)) };
      walls.push(await runStep(command, env, (child) => (pid = child)));
    }
  } finally {
    clearInterval(sampler);
    for (const [file, bytes] of kept) fs.writeFileSync(file, bytes);
  }
  const [nextStep, staticStep] = [1, 2].map((index) => readTimings(path.join(timingsBase, String(index))));
  const spans = readTrace();
  const span = (name: string) => spans.find((s) => s.name === name) ?? { name, start: 0, ms: 0 };
  const prerender = span("static-generation");
  const collect = span("static-check");
  const imagesWall = wallInSpan(nextStep, "images", prerender) + wallInSpan(nextStep, "images", collect);
  const contentInBuild = wallInSpan(nextStep, "content", prerender) + wallInSpan(nextStep, "content", collect);
  const staticContent = staticStep.filter((t) => t.phase === "content").reduce((sum, t) => sum + t.ms, 0) / 1000;
  const seconds = walls.reduce((a, b) => a + b, 0);
  const phases = {
    content: walls[0] + contentInBuild + staticContent,
    rendering: Math.max(0, (prerender.ms + collect.ms) / 1000 - imagesWall - contentInBuild),
    images: imagesWall,
    staticStep: walls[2] - staticContent,
    other: 0,
  };
  phases.other = seconds - phases.content - phases.rendering - phases.images - phases.staticStep;
  const detail: Record<string, number> = { "npm run check": walls[0], "next build": walls[1], "static step": walls[2] };
  for (const s of spans.filter((s) => s.ms >= 200)) detail[`next build: ${s.name}`] = s.ms / 1000;
  const app = path.join(dist, "server", "app");
  const run: Run = { seconds, peakMb: peak / 1024 / 1024, pages: count(app, (name) => name.endsWith(".html")), images: count(app, (name) => name.endsWith(".body") && name.includes("opengraph-image")), outputMb: bytes(dist) / 1024 / 1024, phases, detail };
  fs.rmSync(dist, { recursive: true, force: true });
  if (process.env.BENCH_KEEP_TIMINGS) console.log(`Timings kept in ${timingsBase}`);
  else fs.rmSync(timingsBase, { recursive: true, force: true });
  return run;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (seconds: number) => seconds.toFixed(1);
const spread = (values: number[]) => `${fmt(Math.min(...values))}–${fmt(Math.max(...values))}`;
const share = (part: number, whole: number) => `${Math.round((part / whole) * 100)}%`;

async function main() {
  fs.mkdirSync(outDir, { recursive: true });
  const results: { count: number; runs: Run[] }[] = [];
  for (const size of sizes) {
    const root = contentWithCopies(size);
    const sizeRuns: Run[] = [];
    try {
      for (let r = 1; r <= runs; r++) {
        console.log(`Building ${size} ${size === 1 ? "story" : "stories"}, run ${r} of ${runs}...`);
        sizeRuns.push(await measure(root));
      }
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
    results.push({ count: size, runs: sizeRuns });
  }
  const lines = [
    `\`npm run build\` (${steps.join(" → ")}) of copies of the real story, each from a cold start; median of ${runs} runs, spread in brackets; ${os.cpus().length} cores.`,
    "",
    "| stories | HTML pages | share images | build s | content | rendering | share images | static step | everything else | peak memory MiB | output MiB |",
    "|---|---|---|---|---|---|---|---|---|---|---|",
  ];
  const medians: { count: number; seconds: number }[] = [];
  for (const { count, runs: rs } of results) {
    const seconds = median(rs.map((r) => r.seconds));
    medians.push({ count, seconds });
    const phase = (key: keyof Run["phases"]) => {
      const value = median(rs.map((r) => r.phases[key]));
      return `${fmt(value)} s (${share(value, seconds)})`;
    };
    lines.push(`| ${count} | ${rs[0].pages} | ${rs[0].images} | ${fmt(seconds)} (${spread(rs.map((r) => r.seconds))}) | ${phase("content")} | ${phase("rendering")} | ${phase("images")} | ${phase("staticStep")} | ${phase("other")} | ${Math.round(median(rs.map((r) => r.peakMb)))} | ${Math.round(median(rs.map((r) => r.outputMb)))} |`);
  }
  lines.push("");
  for (let i = 1; i < medians.length; i++) {
    const [a, b] = [medians[i - 1], medians[i]];
    lines.push(`Marginal cost from ${a.count} to ${b.count} stories: ${((b.seconds - a.seconds) / (b.count - a.count)).toFixed(2)} s per story.`);
  }
  // Over the whole range the machine's noise (a second either way on a shared machine) weighs least.
  if (medians.length > 2) {
    const [first, last] = [medians[0], medians.at(-1)!];
    lines.push(`Marginal cost from ${first.count} to ${last.count} stories: ${((last.seconds - first.seconds) / (last.count - first.count)).toFixed(2)} s per story.`);
  }
  lines.push("", "Where the time goes, by step and by Next's build spans (median seconds):", "", `| | ${results.map((r) => `${r.count}`).join(" | ")} |`, `|---|${results.map(() => "---|").join("")}`);
  const keys = [...new Set(results.flatMap((r) => r.runs.flatMap((run) => Object.keys(run.detail))))];
  for (const key of keys) lines.push(`| ${key} | ${results.map((r) => fmt(median(r.runs.map((run) => run.detail[key] ?? 0)))).join(" | ")} |`);
  const report = lines.join("\n");
  console.log(`\n${report}`);
  fs.writeFileSync(path.join(outDir, "build.md"), `${report}\n`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
