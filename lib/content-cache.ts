/**
 * Each story's checked and resolved content, kept on disk between the processes of a build (the check, Next's workers,
 * the static step) and between builds, so a story is parsed and grounded once until it changes. An entry is keyed by
 * everything its result depends on: the bytes of the story's files, its folder, and the engine that read them (the
 * content engine's sources, the lockfile and Node's version). Any change to one of them is a different key, so a
 * changed story is always read afresh; nothing is ever invalidated by hand.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import type { StoryCache, StoryResult } from "./content";
import { LIMITS } from "./guard";

/** Bumped when the entry's shape changes in a way the engine's sources would not show. */
const FORMAT = "1";
/** Files in a story folder beyond which it is not cached (and is left to the checker to refuse). */
const MAX_FILES = 2000;
/** Entries unused this long are removed by `pruneStoryCache`. */
const UNUSED_DAYS = 14;

export const defaultCacheDir = (cwd: string = process.cwd()) => path.join(cwd, "node_modules", ".cache", "explainer", "stories");

function hashFiles(hash: crypto.Hash, files: string[], base: string): boolean {
  for (const file of files) {
    const stat = fs.lstatSync(file);
    hash.update(`\0${path.relative(base, file)}\0${stat.size}\0`);
    // The checker refuses files over its limits without reading them; such a file is keyed by size and time alone.
    if (stat.isFile() && stat.size <= Math.max(LIMITS.mdxBytes, LIMITS.sourceBytes)) hash.update(fs.readFileSync(file));
    else hash.update(`${stat.mode}\0${stat.mtimeMs}`);
  }
  return true;
}

/** The files of a folder, two levels deep (all the checker reads), sorted; null when there are too many to key. */
function storyFiles(dir: string): string[] | null {
  const files: string[] = [];
  const walk = (folder: string, depth: number) => {
    for (const entry of fs.readdirSync(/*turbopackIgnore: true*/ folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory() && depth < 2) walk(full, depth + 1);
      else files.push(full);
      if (files.length > MAX_FILES) throw new RangeError("too many files");
    }
  };
  try {
    walk(dir, 1);
  } catch {
    return null;
  }
  return files.sort();
}

/** What the engine is: its own sources and the exact dependencies. Null when they cannot be read (no caching then). */
export function engineFingerprint(root: string = process.cwd()): string | null {
  try {
    const lib = path.join(root, "lib");
    const sources = fs.readdirSync(lib).filter((name) => /\.(ts|tsx|mts|mjs)$/.test(name) && !name.includes(".test.")).map((name) => path.join(lib, name));
    const hash = crypto.createHash("sha256").update(`${FORMAT}\0${process.version}\0`);
    hashFiles(hash, [...sources.sort(), path.join(root, "package-lock.json")], root);
    return hash.digest("hex");
  } catch {
    return null;
  }
}

/**
 * A cache of story results in `dir`. `engine` is the engine's fingerprint, read once per process in production; pass a
 * function to read it on each use (under `next dev`, where the engine's sources change while it runs).
 */
export function diskStoryCache({ dir = defaultCacheDir(), engine }: { dir?: string; engine: string | null | (() => string | null) }): StoryCache | undefined {
  const engineNow = typeof engine === "function" ? engine : () => engine;
  if (engineNow() === null) return undefined;
  const keyOf = (storyDir: string, slug: string, cwd: string) => {
    const files = storyFiles(storyDir);
    const engineKey = engineNow();
    if (!files || !engineKey) return null;
    const hash = crypto.createHash("sha256").update(`${engineKey}\0${cwd}\0${storyDir}\0${slug}`);
    try {
      hashFiles(hash, files, storyDir);
    } catch {
      return null;
    }
    return hash.digest("hex");
  };
  return {
    key: keyOf,
    get(key) {
      const file = path.join(dir, `${key}.bin`);
      try {
        const result = v8.deserialize(fs.readFileSync(file)) as StoryResult;
        const now = new Date();
        fs.utimesSync(file, now, now);
        return result;
      } catch {
        return undefined; // missing, unreadable or from another Node: read the story afresh
      }
    },
    set(key, result) {
      try {
        fs.mkdirSync(dir, { recursive: true });
        // Written whole, then renamed: two workers writing the same entry never leave half of one.
        const temporary = path.join(dir, `${key}.${process.pid}.tmp`);
        fs.writeFileSync(temporary, v8.serialize(result));
        fs.renameSync(temporary, path.join(dir, `${key}.bin`));
      } catch {
        // A cache that cannot be written only costs time.
      }
    },
  };
}

/** Removes entries no build has used for two weeks. Returns how many it removed. */
export function pruneStoryCache(dir: string = defaultCacheDir(), now: number = Date.now()): number {
  let removed = 0;
  try {
    for (const name of fs.readdirSync(/*turbopackIgnore: true*/ dir)) {
      const file = path.join(dir, name);
      const stale = now - fs.statSync(file).mtimeMs > UNUSED_DAYS * 24 * 3600 * 1000;
      const orphan = name.endsWith(".tmp") && now - fs.statSync(file).mtimeMs > 3600 * 1000;
      if (stale || orphan) {
        fs.rmSync(file, { force: true });
        removed++;
      }
    }
  } catch {}
  return removed;
}
