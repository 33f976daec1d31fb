import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createThrottle } from "./throttle";

/** A throttle on a clock the test moves by hand. */
function throttleAt(options: Parameters<typeof createThrottle>[0] = {}) {
  const clock = { ms: 1_000_000 };
  return { clock, throttle: createThrottle({ limit: 5, windowMs: 60_000, ...options, now: () => clock.ms }) };
}

describe("createThrottle", () => {
  it("lets a client fail up to the limit, then makes it wait until the window frees up, in whole seconds", () => {
    const { clock, throttle } = throttleAt();
    for (let i = 0; i < 5; i++) {
      assert.equal(throttle.retryAfter("a"), 0, `before failure ${i + 1}`);
      throttle.fail("a");
      clock.ms += 1000;
    }
    // The first failure was 5 s ago: it leaves the one-minute window in 55 s.
    assert.equal(throttle.retryAfter("a"), 55);
    clock.ms += 54_500;
    assert.equal(throttle.retryAfter("a"), 1);
    clock.ms += 500;
    assert.equal(throttle.retryAfter("a"), 0);
    // Only the oldest failure has left the window: one more failure and the client waits again, for the next one.
    throttle.fail("a");
    assert.equal(throttle.retryAfter("a"), 1);
  });

  it("rounds a wait up, never down to zero", () => {
    const { clock, throttle } = throttleAt({ limit: 1 });
    throttle.fail("a");
    clock.ms += 59_999;
    assert.equal(throttle.retryAfter("a"), 1);
  });

  it("forgets failures older than the window", () => {
    const { clock, throttle } = throttleAt();
    for (let i = 0; i < 4; i++) throttle.fail("a");
    clock.ms += 60_000;
    throttle.fail("a");
    assert.equal(throttle.retryAfter("a"), 0);
  });

  it("keys clients apart: one client's failures never slow another", () => {
    const { throttle } = throttleAt();
    for (let i = 0; i < 5; i++) throttle.fail("203.0.113.1");
    assert.ok(throttle.retryAfter("203.0.113.1") > 0);
    assert.equal(throttle.retryAfter("203.0.113.2"), 0);
    assert.equal(throttle.retryAfter("::1"), 0);
  });

  it("tracks at most maxClients, forgetting the one that failed longest ago first", () => {
    const { clock, throttle } = throttleAt({ maxClients: 3 });
    for (let i = 0; i < 5; i++) throttle.fail("old");
    clock.ms += 1000;
    for (const client of ["b", "c"]) throttle.fail(client);
    for (let i = 0; i < 5; i++) throttle.fail("recent");
    assert.equal(throttle.size, 3);
    // "old" failed longest ago and was forgotten; "recent" is still throttled.
    assert.equal(throttle.retryAfter("old"), 0);
    assert.ok(throttle.retryAfter("recent") > 0);
    for (let i = 0; i < 10_000; i++) throttle.fail(`198.51.100.${i}`);
    assert.equal(throttle.size, 3);
  });

  it("a new failure moves a client to the back of the eviction order", () => {
    const { clock, throttle } = throttleAt({ maxClients: 2 });
    throttle.fail("a");
    clock.ms += 1;
    throttle.fail("b");
    clock.ms += 1;
    for (let i = 0; i < 4; i++) throttle.fail("a");
    throttle.fail("c");
    // "b" is now the client whose latest failure is oldest, so it went; "a" keeps its five failures.
    assert.ok(throttle.retryAfter("a") > 0);
    assert.equal(throttle.size, 2);
  });

  it("drops clients whose failures have all left the window", () => {
    const { clock, throttle } = throttleAt();
    for (let i = 0; i < 100; i++) throttle.fail(`192.0.2.${i}`);
    assert.equal(throttle.size, 100);
    clock.ms += 60_000;
    throttle.fail("203.0.113.9");
    assert.equal(throttle.size, 1);
  });

  it("a client that is never seen failing is never tracked", () => {
    const { throttle } = throttleAt();
    for (let i = 0; i < 1000; i++) assert.equal(throttle.retryAfter(`192.0.2.${i}`), 0);
    assert.equal(throttle.size, 0);
  });
});
