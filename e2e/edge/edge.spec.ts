import { expect, test } from "@playwright/test";
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
  });
});

test.afterAll(async () => {
  await edge?.stop();
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${edge.url}${path}`, { headers, redirect: "manual" });

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
  const first = await get(`/api/preview?secret=wrong&path=/`);
  expect(first.status).toBe(401);
  expect(first.headers.get("x-cache")).toBe("BYPASS");
});

test("with the app server down, public pages still answer 200 in full and preview says it is unavailable", async () => {
  await warmCache(edge.url);
  const before = await (await get(`${story}/article`)).text();
  await edge.stopApp();
  try {
    for (const path of ["/", story, `${story}/article`, `${story}/article?issue=harbour-tolls`, `${story}/issues/harbour-tolls`]) {
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
  } finally {
    await edge.startApp();
  }
  expect((await get(story, { cookie: previewCookie })).status).toBe(200);
});
