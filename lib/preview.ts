/** Preview mode's checks, kept free of Next so they can be unit-tested. */
import { createHash, timingSafeEqual } from "node:crypto";

/** Compares a presented secret with the configured one in constant time (digests have equal length). */
export function secretMatches(presented: string | null, configured: string): boolean {
  if (presented === null) return false;
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(presented), digest(configured));
}

/**
 * The redirect target for a requested path: the site's own copy of it, found by exact lookup, or null.
 * The raw parameter is never returned, so `//host`, `https:`, `/\host` and their encodings cannot leave the site.
 */
export function previewTarget(requested: string | null, knownPaths: readonly string[]): string | null {
  if (requested === null) return null;
  return knownPaths.find((known) => known === requested) ?? null;
}
