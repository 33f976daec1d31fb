/** Preview mode's checks, kept free of Next so they can be unit-tested. */
import { createHash, timingSafeEqual } from "node:crypto";

/** 32 random base64 characters (`openssl rand -base64 32` gives 44) carry about 190 bits: past any guessing. */
export const MIN_SECRET_LENGTH = 32;

/** Why preview is off on a server configured with this secret, in one line, or null when the secret may open it. */
export function previewOff(configured: string | undefined): string | null {
  if (!configured) return "Preview is off on this server: it has no PREVIEW_SECRET.";
  if ([...configured].length < MIN_SECRET_LENGTH || new Set(configured).size === 1) {
    return `Preview is off on this server: its PREVIEW_SECRET is too weak (it needs ${MIN_SECRET_LENGTH} characters or more, not one repeated; make one with openssl rand -base64 32).`;
  }
  return null;
}

/** Compares a presented secret with the configured one in constant time (digests have equal length). */
export function secretMatches(presented: string | null, configured: string): boolean {
  if (presented === null) return false;
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(presented), digest(configured));
}

/**
 * Who is asking, for throttling: the rightmost X-Forwarded-For entry, the address the trusted edge saw.
 * scripts/serve.mjs drops the header from any peer but loopback, and Next then sets it to the socket's address.
 */
export function clientAddress(headers: Headers): string {
  const address = headers.get("x-forwarded-for")?.split(",").at(-1)?.trim() || "unknown";
  // A dual-stack socket names an IPv4 peer ::ffff:192.0.2.1; the edge names it 192.0.2.1: one client, one key.
  return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
}

/**
 * The redirect target for a requested path: the site's own copy of it, found by exact lookup, or null.
 * The raw parameter is never returned, so `//host`, `https:`, `/\host` and their encodings cannot leave the site.
 */
export function previewTarget(requested: string | null, knownPaths: readonly string[]): string | null {
  if (requested === null) return null;
  return knownPaths.find((known) => known === requested) ?? null;
}
