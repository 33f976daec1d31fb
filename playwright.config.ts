import { defineConfig, devices } from "@playwright/test";

/**
 * Two servers: this checkout's production build (the public site), and a build with the preview fixtures
 * added (e2e/fixtures/content: drafts to preview), with a preview secret set.
 * BASE_URL points the public tests at a running deployment instead, and starts no server; the preview
 * tests then need PREVIEW_BASE_URL and PREVIEW_SECRET of a deployment built with the fixtures.
 */
const port = Number(process.env.PORT ?? 3100);
const previewPort = port + 1;
const external = Boolean(process.env.BASE_URL);
const baseURL = process.env.BASE_URL ?? `http://127.0.0.1:${port}`;
export const previewURL = process.env.PREVIEW_BASE_URL ?? `http://127.0.0.1:${previewPort}`;
export const previewSecret = process.env.PREVIEW_SECRET ?? "e2e-preview-secret-Kq7vR2xWm9tLp4sZn8bHd3yF";
export const previewDistDir = ".next-preview";
export const previewContentRoots = "content:e2e/fixtures/content";

// scripts/serve.mjs is `next start` that refuses a build the static step did not finish.
const start = (listen: number) => `node scripts/serve.mjs -p ${listen} -H 127.0.0.1`;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: true,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: [["list"]],
  use: {
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    { name: "desktop", testIgnore: ["preview/**", "edge/**"], use: { baseURL, viewport: { width: 1280, height: 900 } } },
    { name: "mobile", testIgnore: ["preview/**", "edge/**"], use: { baseURL, ...devices["Pixel 7"] } },
    // Against an outside deployment the preview tests run only where one built with the fixtures is named.
    // The edge tests start nginx and the fixture build themselves, on this machine only.
    ...(!external ? [{ name: "edge", testMatch: "edge/**/*.spec.ts" }] : []),
    ...(!external || process.env.PREVIEW_BASE_URL ? [{ name: "preview", testMatch: "preview/**/*.spec.ts", use: { baseURL: previewURL, viewport: { width: 1280, height: 900 } } }] : []),
  ],
  webServer: external
    ? undefined
    : [
        { command: start(port), url: baseURL, reuseExistingServer: false, timeout: 60_000, env: { NEXT_TELEMETRY_DISABLED: "1" } },
        {
          command: start(previewPort),
          url: previewURL,
          reuseExistingServer: false,
          timeout: 60_000,
          env: { NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: previewDistDir, CONTENT_ROOTS: previewContentRoots, PREVIEW_SECRET: previewSecret, FIXTURE_PAGES: "1" },
        },
      ],
});
