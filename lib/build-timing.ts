/**
 * Where a build's time goes, for `npm run bench:build`: with BENCH_TIMINGS_DIR set, each process of the build (the
 * checker, Next's workers, the static step) adds up the time it spends in each phase and writes it there on exit.
 * Without it, this measures nothing and costs nothing.
 */
import fs from "node:fs";
import path from "node:path";

export type Phase = "content" | "images" | "static-step";

const dir = process.env.BENCH_TIMINGS_DIR;
const spent = new Map<Phase, number>();

if (dir) {
  process.on("exit", () => {
    if (spent.size === 0) return;
    fs.mkdirSync(dir, { recursive: true });
    fs.appendFileSync(path.join(dir, `${process.pid}.jsonl`), `${JSON.stringify(Object.fromEntries(spent))}\n`);
  });
}

/** Runs `work`, adding its time to `phase` when timings are asked for. */
export function timed<T>(phase: Phase, work: () => T): T {
  if (!dir) return work();
  const started = performance.now();
  try {
    return work();
  } finally {
    spent.set(phase, (spent.get(phase) ?? 0) + performance.now() - started);
  }
}

/** The same, for work that returns a promise. */
export async function timedAsync<T>(phase: Phase, work: () => Promise<T>): Promise<T> {
  if (!dir) return work();
  const started = performance.now();
  try {
    return await work();
  } finally {
    spent.set(phase, (spent.get(phase) ?? 0) + performance.now() - started);
  }
}
