/**
 * Slows a client that keeps failing (wrong preview secrets): after `limit` failures within a sliding window it must
 * wait until the oldest of them leaves the window. Memory is bounded: at most `maxClients` are tracked, the one that
 * failed longest ago is forgotten first, and clients whose failures have all left the window are dropped.
 */
export type ThrottleOptions = {
  /** Failures allowed within the window. */
  limit?: number;
  windowMs?: number;
  maxClients?: number;
  /** Milliseconds, only ever compared: injectable for tests. */
  now?: () => number;
};

export type Throttle = {
  /** Whole seconds this client must wait before it may try again; 0 if it may try now. */
  retryAfter(client: string): number;
  /** Records one failure by this client. */
  fail(client: string): void;
  /** How many clients are tracked now. */
  readonly size: number;
};

export function createThrottle({ limit = 5, windowMs = 60_000, maxClients = 10_000, now = () => performance.now() }: ThrottleOptions = {}): Throttle {
  // Each client's latest `limit` failure times, oldest first; the map is ordered by each client's latest failure.
  const failures = new Map<string, number[]>();
  const inWindow = (client: string, at: number) => (failures.get(client) ?? []).filter((time) => time > at - windowMs);

  return {
    retryAfter(client) {
      const at = now();
      const times = inWindow(client, at);
      return times.length < limit ? 0 : Math.max(1, Math.ceil((times[0] + windowMs - at) / 1000));
    },
    fail(client) {
      const at = now();
      // Ordered by latest failure, so the expired clients are the ones at the front.
      for (const [tracked, times] of failures) {
        if (times[times.length - 1] > at - windowMs) break;
        failures.delete(tracked);
      }
      const times = [...inWindow(client, at), at].slice(-limit);
      failures.delete(client);
      failures.set(client, times);
      if (failures.size > maxClients) failures.delete(failures.keys().next().value as string);
    },
    get size() {
      return failures.size;
    },
  };
}
