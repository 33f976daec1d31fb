import { expect, test } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";
import { startEdge, warmCache, type Edge } from "../../deploy/edge";
import { previewContentRoots, previewDistDir, previewSecret } from "../../playwright.config";

const MARKER = "ZQXDRAFTMARKER";
const story = "/stories/preview-fixture";
const draftStory = "/stories/draft-fixture";

test.describe.configure({ mode: "serial" });

let edge: Edge;
let previewCookie = "";

test.beforeAll(async () => {
  edge = await startEdge({
    port: Number(process.env.EDGE_PORT ?? 3111),
    appPort: Number(process.env.EDGE_APP_PORT ?? 3110),
    appEnv: { NEXT_DIST_DIR: previewDistDir, CONTENT_ROOTS: previewContentRoots, PREVIEW_SECRET: previewSecret },
    // As behind a CDN: nginx takes the client from X-Forwarded-For, so each test that guesses is a client of its own.
    realIpFrom: ["127.0.0.1"],
  });
});

test.afterAll(async () => {
  await edge?.stop();
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${edge.url}${path}`, { headers, redirect: "manual" });
const fromClient = (address: string) => ({ "x-forwarded-for": address });

test("a public page is a cache MISS, then a HIT, with CDN-ready headers and no cookie", async () => {
  const first = await get(story);
  expect(first.status).toBe(200);
  expect(first.headers.get("x-cache")).toMatch(/MISS|HIT/);
  await first.arrayBuffer();
  const second = await get(story, { "accept-encoding": "gzip" });
  expect(second.headers.get("x-cache")).toBe("HIT");
  expect(second.headers.get("cache-control")).toMatch(/\bs-maxage=\d+/);
  expect(second.headers.get("cache-control")).toMatch(/\bstale-while-revalidate=\d+/);
  expect(second.headers.get("set-cookie")).toBeNull();
  expect(second.headers.get("content-encoding")).toBe("gzip");
  expect(await second.text()).toContain("Published fixture story");
});

test("a preview is never cached, and the public request right after it never sees the draft", async () => {
  const enable = await get(`/api/preview?secret=${previewSecret}&path=${encodeURIComponent(story)}`);
  expect(enable.status).toBe(307);
  expect(enable.headers.get("x-cache")).toBe("BYPASS");
  previewCookie = (enable.headers.get("set-cookie") ?? "").split(";")[0];
  expect(previewCookie).toMatch(/^__prerender_bypass=/);

  for (const path of [story, `${story}/article`, draftStory]) {
    const preview = await get(path, { cookie: previewCookie });
    expect(preview.status, path).toBe(200);
    expect(preview.headers.get("x-cache"), path).toBe("BYPASS");
    expect(preview.headers.get("cache-control"), path).toMatch(/private|no-store/);
    expect(await preview.text(), path).toContain(MARKER);

    const reader = await get(path);
    const html = await reader.text();
    expect(html, path).not.toContain(MARKER);
    expect(reader.headers.get("x-cache"), path).not.toBe("BYPASS");
    if (path === draftStory) expect(reader.status).toBe(404);
  }
});

test("the API is never cached", async () => {
  const first = await get(`/api/preview?secret=wrong&path=/`, fromClient("198.51.100.40"));
  expect(first.status).toBe(401);
  expect(first.headers.get("x-cache")).toBe("BYPASS");
});

test("the preview entry page is never cached, and stays private, no-store", async () => {
  for (let i = 0; i < 2; i++) {
    const entry = await get("/preview/enter");
    expect(entry.status).toBe(200);
    expect(entry.headers.get("x-cache")).toBe("BYPASS");
    expect(entry.headers.get("cache-control")).toBe("private, no-store");
    await entry.arrayBuffer();
  }
});

test("the edge throttles guesses at /api/preview per client before they reach the app, and never limits pages", async () => {
  const guesser = fromClient("198.51.100.50");
  const answers: { status: number; cache: string | null; retryAfter: string | null; body: string }[] = [];
  for (let guess = 1; guess <= 20; guess++) {
    const response = await get(`/api/preview?secret=wrong-guess-${guess}&path=/`, guesser);
    answers.push({ status: response.status, cache: response.headers.get("x-cache"), retryAfter: response.headers.get("retry-after"), body: await response.text() });
  }
  // A burst of five reaches the app, which finds each secret wrong; then the edge answers without asking the app.
  expect(answers.slice(0, 5).map((answer) => answer.status)).toEqual([401, 401, 401, 401, 401]);
  const atEdge = answers.filter((answer) => answer.cache === "LIMITED");
  expect(atEdge.length).toBeGreaterThanOrEqual(10);
  for (const answer of atEdge) {
    expect(answer.status).toBe(429);
    expect(answer.retryAfter).toBe("10");
    expect(answer.body).toContain("Too many attempts");
  }
  // Whatever got past the edge after the burst met the app's own throttle.
  expect(answers.slice(5).every((answer) => answer.status === 429 && Number(answer.retryAfter) > 0)).toBe(true);

  // The form's POST is the same address: throttled too.
  const posted = await fetch(`${edge.url}/api/preview`, { method: "POST", body: new URLSearchParams({ secret: previewSecret, path: story }), headers: guesser, redirect: "manual" });
  expect(posted.status).toBe(429);
  expect(posted.headers.get("x-cache")).toBe("LIMITED");
  await posted.arrayBuffer();

  // Readers' pages are never limited, for this client or any other.
  for (let i = 0; i < 30; i++) {
    const page = await get(i % 2 ? story : `${story}/article`, guesser);
    expect(page.status).toBe(200);
    await page.arrayBuffer();
  }
  const editor = await get(`/api/preview?secret=${previewSecret}&path=${encodeURIComponent(story)}`, fromClient("198.51.100.51"));
  expect(editor.status).toBe(307);
  expect(editor.headers.get("set-cookie")).toMatch(/^__prerender_bypass=/);
});

test("with the app server down, public pages still answer 200 in full and preview says it is unavailable", async () => {
  await warmCache(edge.url);
  const before = await (await get(`${story}/article`)).text();
  await edge.stopApp();
  try {
    for (const path of ["/", story, `${story}/article`, `${story}/issues/harbour-tolls`]) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("x-cache"), path).toMatch(/HIT|STALE|UPDATING/);
      const html = await response.text();
      expect(html, path).toContain("</html>");
      if (path === `${story}/article`) expect(html).toBe(before);
    }
    const preview = await get(story, { cookie: previewCookie });
    expect([502, 503]).toContain(preview.status);
    expect(await preview.text()).toContain("Temporarily unavailable");
    // Entering preview while the app is down: the failure nginx would log carries the request line, secret and all.
    const enter = await get(`/api/preview?secret=${previewSecret}&path=${encodeURIComponent(story)}`, fromClient("198.51.100.60"));
    expect([502, 503]).toContain(enter.status);
    expect(await enter.text()).toContain("Temporarily unavailable");
  } finally {
    await edge.startApp();
  }
  expect((await get(story, { cookie: previewCookie })).status).toBe(200);
});

test("nothing the edge logged holds the secret, though it logged the app's outage", async () => {
  const log = fs.readFileSync(path.join(edge.runDir, "error.log"), "utf8");
  expect(log).toContain("connect() failed");
  expect(log).not.toContain(previewSecret);
  expect(log).not.toContain("secret=");
});
