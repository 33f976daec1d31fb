import { expect, test } from "@playwright/test";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadContent, publicStories } from "../lib/content";
import { PAGES_WITH_RUNTIME, prerenderedPages } from "../lib/paths";
import { parse, serialize } from "parse5";
import { recordFile, runtimeRanges, runtimeScripts, stripBuild, withoutClientRuntime, withoutClientRuntimeParsed, type StaticStepRecord } from "../lib/static-html";
import { previewContentRoots, previewDistDir, previewURL } from "../playwright.config";
import { stories } from "./site";

// These read the build folders that `npm test` made; against an outside deployment there are none.
test.skip(({ isMobile }) => isMobile || Boolean(process.env.BASE_URL), "the build output is on this machine once");

const htmlFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? htmlFiles(full) : entry.name.endsWith(".html") ? [full] : [];
  });

test("the real build: every prerendered page the route manifest expects was stripped, and no script but JSON-LD is left", () => {
  const record = JSON.parse(fs.readFileSync(recordFile(".next"), "utf8")) as StaticStepRecord;
  expect(record.buildId).toBe(fs.readFileSync(".next/BUILD_ID", "utf8").trim());
  for (const page of prerenderedPages(stories)) expect(record.stripped).toContain(page);
  expect(record.keptRuntime).toEqual([]);
  const files = htmlFiles(".next/server/app");
  expect(files.length).toBe(record.stripped.length);
  for (const file of files) expect(runtimeScripts(fs.readFileSync(file, "utf8")), file).toEqual([]);
});

test("a page that uses a client component keeps the runtime only because it is listed, and works", async ({ page }) => {
  const record = JSON.parse(fs.readFileSync(recordFile(previewDistDir), "utf8")) as StaticStepRecord;
  expect(record.keptRuntime).toEqual(["/fixtures/client-component"]);
  expect(PAGES_WITH_RUNTIME).toContain("/fixtures/client-component");
  const html = fs.readFileSync(path.join(previewDistDir, "server/app/fixtures/client-component.html"), "utf8");
  expect(runtimeScripts(html).length).toBeGreaterThan(0);
  // Served by the preview-fixture server, under a policy that lets the runtime run: the button counts.
  const response = await page.goto(`${previewURL}/fixtures/client-component`);
  expect(response?.headers()["content-security-policy"]).toContain("script-src 'self' 'unsafe-inline'");
  const button = page.getByRole("button", { name: "Clicked 0 times" });
  await button.click();
  await expect(page.getByRole("button", { name: "Clicked 1 times" })).toBeVisible();
});

test("on a page as Next wrote it, the step's scanner strips what a full parse strips, and keeps the page's own bytes", () => {
  // The one page left with its runtime on purpose is Next's output untouched: the real input of the step.
  const html = fs.readFileSync(path.join(previewDistDir, "server/app/fixtures/client-component.html"), "utf8");
  expect(runtimeRanges(html)).not.toBeNull();
  const stripped = withoutClientRuntime(html);
  expect(runtimeScripts(stripped)).toEqual([]);
  expect(serialize(parse(stripped))).toBe(serialize(parse(withoutClientRuntimeParsed(html))));
  const body = /<body[^>]*>[\s\S]*?(?=<script)/.exec(html)?.[0];
  expect(body && stripped.includes(body)).toBe(true);
});

test("the step refuses, in one line naming the page, a page with a client component that is not listed", () => {
  const expected = prerenderedPages(publicStories(loadContent(previewContentRoots.split(":").map((root) => path.resolve(root)))));
  expect(() => stripBuild(previewDistDir, { keepRuntime: [], expected, dryRun: true })).toThrow(
    /^static step: \/fixtures\/client-component uses client components \(e2e\/fixtures\/app\/ClientCounter\.tsx\) and would stop working without its scripts: .*PAGES_WITH_RUNTIME \(lib\/routes\.mjs\)/,
  );
});

test("the step refuses a build that lacks a page the manifest expects, and a folder with no pages", () => {
  expect(() => stripBuild(".next", { keepRuntime: [], expected: ["/stories/no-such-story"], dryRun: true })).toThrow(
    "static step: expected /stories/no-such-story to be prerendered, but .next/server/app/stories/no-such-story.html is missing",
  );
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), "dist-"));
  fs.writeFileSync(path.join(empty, "BUILD_ID"), "x");
  fs.writeFileSync(path.join(empty, "prerender-manifest.json"), JSON.stringify({ routes: {} }));
  expect(() => stripBuild(empty, { keepRuntime: [], expected: [], dryRun: true })).toThrow(/^static step: found no prerendered page in /);
});

test("the step, given content that no longer passes the check, says so in a few lines, not a stack trace", () => {
  // The step names the first few faults of the broken fixture and points to the check.
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/static-pages.ts"], { env: { ...process.env, CONTENT_ROOTS: "e2e/fixtures/broken-content", NEXT_DIST_DIR: ".next" }, encoding: "utf8", timeout: 60_000 });
  expect(run.status).toBe(1);
  const lines = run.stderr.trim().split("\n");
  expect(lines[0]).toMatch(/^Static pages: the content no longer passes the check \(\d+ errors?\); run npm run check\. First:$/);
  expect(lines.length).toBeLessThanOrEqual(6);
  expect(lines.slice(1).every((line) => line.startsWith("e2e/fixtures/broken-content/stories/broken/"))).toBe(true);
  expect(run.stderr).not.toMatch(/\n\s+at /);
});

test("npm start refuses a build the static step did not finish", () => {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), "dist-"));
  const serve = () => spawnSync(process.execPath, ["scripts/serve.mjs", "-p", "3199"], { env: { ...process.env, NEXT_DIST_DIR: dist }, encoding: "utf8", timeout: 20_000 });
  let run = serve();
  expect(run.status).toBe(1);
  expect(run.stderr).toContain(`Refusing to serve: ${dist} holds no build`);
  fs.writeFileSync(path.join(dist, "BUILD_ID"), "build-2");
  run = serve();
  expect(run.status).toBe(1);
  expect(run.stderr).toContain("was built without the static step");
  fs.writeFileSync(recordFile(dist), JSON.stringify({ buildId: "build-1", stripped: ["/"], keptRuntime: [] }));
  run = serve();
  expect(run.status).toBe(1);
  expect(run.stderr).toContain("static-pages.json is from another build");
});
