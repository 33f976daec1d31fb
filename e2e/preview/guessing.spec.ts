import { expect, test, type APIRequestContext } from "@playwright/test";
import { spawn } from "node:child_process";
import os from "node:os";
import { waitFor } from "../../deploy/edge";
import { previewContentRoots, previewDistDir } from "../../playwright.config";
import { draftStory, fromClient, MARKER, previewSecret, previewURL, publishedStory } from "./fixtures";

// Against a deployment, X-Forwarded-For is not ours to set: every guess would come from this machine and lock it out.
test.skip(Boolean(process.env.PREVIEW_BASE_URL), "guessing is tested on this machine's servers only");

const postSecret = (request: APIRequestContext, secret: string, client: string, path = publishedStory) =>
  request.post("/api/preview", { form: { secret, path }, maxRedirects: 0, headers: fromClient(client) });

test("after five wrong secrets a client gets 429 with Retry-After, whatever it sends, and another client with the secret gets in", async ({ request }) => {
  const guesser = "203.0.113.10";
  for (let guess = 1; guess <= 5; guess++) {
    const response = await request.get(previewURL(publishedStory, `wrong-guess-${guess}`), { maxRedirects: 0, headers: fromClient(guesser) });
    expect(response.status(), `guess ${guess}`).toBe(401);
  }
  // From now on the secret is not even compared: the right one is refused too, by GET and by the form's POST.
  for (const response of [
    await request.get(previewURL(publishedStory, "wrong-guess-6"), { maxRedirects: 0, headers: fromClient(guesser) }),
    await request.get(previewURL(publishedStory), { maxRedirects: 0, headers: fromClient(guesser) }),
    await postSecret(request, previewSecret, guesser),
  ]) {
    expect(response.status()).toBe(429);
    const wait = Number(response.headers()["retry-after"]);
    expect(Number.isInteger(wait) && wait >= 1 && wait <= 60, `Retry-After: ${response.headers()["retry-after"]}`).toBe(true);
    expect(await response.text()).toContain(`try again in ${wait} seconds`);
    expect(response.headers()["set-cookie"]).toBeUndefined();
  }
  const editor = await request.get(previewURL(publishedStory), { maxRedirects: 0, headers: fromClient("203.0.113.11") });
  expect(editor.status()).toBe(307);
  expect(editor.headers()["set-cookie"]).toMatch(/^__prerender_bypass=/);
});

test("a missing secret, or the right one with an unknown path, is not counted as a guess", async ({ request }) => {
  const client = "203.0.113.20";
  for (let i = 0; i < 6; i++) {
    expect((await request.get(`/api/preview?path=${encodeURIComponent(publishedStory)}`, { maxRedirects: 0, headers: fromClient(client) })).status()).toBe(401);
    expect((await request.get(previewURL("/stories/no-such-story"), { maxRedirects: 0, headers: fromClient(client) })).status()).toBe(404);
  }
  expect((await request.get(previewURL(publishedStory), { maxRedirects: 0, headers: fromClient(client) })).status()).toBe(307);
});

test("a posted body much larger than the entry form is refused unread, and sets no cookie", async ({ request }) => {
  const response = await request.post("/api/preview", { form: { secret: previewSecret, path: publishedStory, padding: "x".repeat(8000) }, maxRedirects: 0, headers: fromClient("203.0.113.25") });
  expect(response.status()).toBe(413);
  expect(response.headers()["set-cookie"]).toBeUndefined();
});

test.describe("the entry form, with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("posts the secret, opens the page in preview, and leaves the secret out of every address", async ({ page, context, request }) => {
    const entry = await page.goto("/preview/enter");
    expect(entry?.status()).toBe(200);
    expect(entry?.headers()["cache-control"]).toBe("private, no-store");
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    expect(await (await request.get("/sitemap.xml")).text()).not.toContain("/preview/enter");
    const form = page.locator("form").filter({ has: page.getByLabel("Preview secret") });
    await expect(form).toHaveAttribute("method", "post");
    await expect(form).toHaveAttribute("action", "/api/preview");
    await expect(page.getByLabel("Preview secret")).toHaveAttribute("type", "password");

    await page.getByLabel("Preview secret").fill(previewSecret);
    await page.getByLabel("Page to open").fill(draftStory);
    const [posted] = await Promise.all([page.waitForResponse((r) => new URL(r.url()).pathname === "/api/preview"), page.getByRole("button", { name: "Enter preview" }).click()]);
    expect(posted.request().method()).toBe("POST");
    expect(posted.status()).toBe(303);
    expect(posted.headers()["location"]).toBe(draftStory);
    await page.waitForURL((url) => url.pathname === draftStory);
    await expect(page.getByRole("status").filter({ hasText: "Preview." })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(MARKER);
    expect(page.url()).not.toContain(encodeURIComponent(previewSecret));
    expect(page.url()).not.toContain("secret");
    expect((await context.cookies()).map((cookie) => cookie.name)).toContain("__prerender_bypass");
  });

  test.describe("a wrong secret", () => {
    test.use({ extraHTTPHeaders: fromClient("203.0.113.30") });

    test("is refused in one plain line that does not repeat it, and sets no cookie", async ({ page, context }) => {
      await page.goto("/preview/enter");
      await page.getByLabel("Preview secret").fill("my-wrong-guess-at-the-secret");
      const [posted] = await Promise.all([page.waitForResponse((r) => new URL(r.url()).pathname === "/api/preview"), page.getByRole("button", { name: "Enter preview" }).click()]);
      expect(posted.status()).toBe(401);
      await expect(page.locator("body")).toHaveText("Wrong or missing preview secret.");
      expect(await page.content()).not.toContain("my-wrong-guess-at-the-secret");
      expect((await context.cookies()).map((cookie) => cookie.name)).not.toContain("__prerender_bypass");
    });
  });
});

/** scripts/serve.mjs on a port of its own, with the preview-fixture build and this secret; its output is kept. */
async function startServer(host: string, port: number, secret: string) {
  const server = spawn(process.execPath, ["scripts/serve.mjs", "-p", String(port), "-H", host], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: previewDistDir, CONTENT_ROOTS: previewContentRoots, PREVIEW_SECRET: secret },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  server.stdout.on("data", (chunk) => (output += chunk));
  server.stderr.on("data", (chunk) => (output += chunk));
  const stop = async () => {
    if (server.exitCode !== null || server.signalCode !== null) return;
    await new Promise((resolve) => {
      server.once("exit", resolve);
      server.kill("SIGTERM");
    });
  };
  const url = `http://${host}:${port}`;
  try {
    await waitFor(`${url}/robots.txt`);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, output: () => output, stop };
}

test("a server started with a weak secret keeps preview off: 503 with one line, no cookie, and one warning at start", async () => {
  test.setTimeout(90_000);
  // "preview" is the example of a secret that used to be accepted.
  const weak = "preview";
  const server = await startServer("127.0.0.1", 3120, weak);
  const warnings = () => server.output().split("\n").filter((line) => line.includes("PREVIEW_SECRET is too weak"));
  try {
    // Said once, at start, before anyone asked for preview.
    expect(warnings()).toHaveLength(1);
    const attempts = [
      () => fetch(`${server.url}/api/preview?secret=${weak}&path=${encodeURIComponent(publishedStory)}`, { redirect: "manual" }),
      () => fetch(`${server.url}/api/preview`, { method: "POST", body: new URLSearchParams({ secret: weak, path: publishedStory }), redirect: "manual" }),
      () => fetch(`${server.url}/api/preview?secret=wrong&path=/`, { redirect: "manual" }),
    ];
    for (const attempt of attempts) {
      const response = await attempt();
      expect(response.status).toBe(503);
      expect(response.headers.get("set-cookie")).toBeNull();
      const body = await response.text();
      expect(body.trim().split("\n")).toHaveLength(1);
      expect(body).toContain("Preview is off on this server: its PREVIEW_SECRET is too weak");
      expect(body).toContain("openssl rand -base64 32");
    }
    expect(warnings()).toHaveLength(1);
    expect(server.output()).not.toContain(`secret=${weak}`);
  } finally {
    await server.stop();
  }
});

test("a client that reaches the app directly cannot name itself another client by X-Forwarded-For", async () => {
  test.setTimeout(90_000);
  // The app trusts the header from loopback only (the edge); this needs an address of this machine that is not loopback.
  const address = Object.values(os.networkInterfaces())
    .flat()
    .find((entry) => entry?.family === "IPv4" && !entry.internal)?.address;
  test.skip(!address, "this machine has no network address other than loopback");
  const server = await startServer(address!, 3121, previewSecret);
  const attempt = (secret: string, client: string) => fetch(`${server.url}/api/preview?secret=${secret}&path=/`, { headers: fromClient(client), redirect: "manual" });
  try {
    for (let guess = 1; guess <= 5; guess++) expect((await attempt(`wrong-guess-${guess}`, `203.0.113.${100 + guess}`)).status).toBe(401);
    // Five different claimed addresses, one real one: the sixth guess is throttled, and so is the right secret.
    expect((await attempt("wrong-guess-6", "203.0.113.106")).status).toBe(429);
    expect((await attempt(previewSecret, "203.0.113.107")).status).toBe(429);
  } finally {
    await server.stop();
  }
});
