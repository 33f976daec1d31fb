/**
 * Where a build's time goes, for `npm run bench:build`: with BENCH_TIMINGS_DIR set, each process of the build (the
 * checker, Next's workers, the static step) appends the time of each timed piece of work to a file of its own there,
 * as it happens, since Next's workers may be stopped without an exit event. Without it, this measures nothing.
 */
import fs from "node:fs";
import path from "node:path";

export type Phase = "content" | "images" | "static-step";

const dir = process.env.BENCH_TIMINGS_DIR;

/** One timed piece of work as the benchmark reads it: its phase, when it started (epoch ms, as in Next's trace), how long. */
export type Timing = { phase: Phase; start: number; ms: number };

function record(phase: Phase, started: number) {
  const ms = performance.now() - started;
  const timing: Timing = { phase, start: Date.now() - ms, ms };
  fs.mkdirSync(dir!, { recursive: true });
  fs.appendFileSync(path.join(dir!, `${process.pid}.jsonl`), `${JSON.stringify(timing)}\n`);
}

/** Runs `work`, recording its time under `phase` when timings are asked for. */
export function timed<T>(phase: Phase, work: () => T): T {
  if (!dir) return work();
  const started = performance.now();
  try {
    return work();
  } finally {
    record(phase, started);
  }
}

/** The same, for work that returns a promise. */
export async function timedAsync<T>(phase: Phase, work: () => Promise<T>): Promise<T> {
  if (!dir) return work();
  const started = performance.now();
  try {
    return await work();
  } finally {
    record(phase, started);
  }
}
