import { expect, test } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";
import { lastModified } from "../../lib/content";
import { formatDate } from "../../lib/format";
import { previewContent, publishedStory } from "./fixtures";

// The fixture story's report was updated once: a paragraph cut, one edited. Readers see which version they read, and what changed.
test.use({ javaScriptEnabled: false });

const story = previewContent.stories.find((candidate) => `/stories/${candidate.slug}` === publishedStory)!;
const [update] = story.updates;

test("the fixture's report has an update, an edited and a removed paragraph", () => {
  expect(story.updates).toHaveLength(1);
  expect(update.match.fates.map((fate) => fate.status)).toEqual(["unchanged", "removed", "edited", "unchanged"]);
});

test("the article says which version it shows, with its fingerprint, and links to what changed", async ({ page }) => {
  await page.goto(`${publishedStory}/article`);
  await expect(page.locator(".article-head .meta-line")).toContainText(`Version 2, received ${formatDate(story.meta.source.received)}`);
  await page.locator("details.verify-text").getByText("Verify this text").click();
  const line = page.locator(".source-fingerprint");
  await expect(line).toContainText(`Version 2 of the report, received on ${formatDate(story.meta.source.received)}`);
  await expect(line.locator("code")).toHaveText(story.sourceHash);
  await line.getByRole("link", { name: "What changed since the first version" }).click();
  await expect(page).toHaveURL(`${publishedStory}/changes`);
});

test("the changes page lists each edited, added and removed paragraph, differences marked, with no script", async ({ page, request }) => {
  const response = await request.get(`${publishedStory}/changes`);
  expect(response.status()).toBe(200);
  expect(await response.text()).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
  await page.goto(`${publishedStory}/changes`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("What changed in the report");
  await expect(page.getByRole("heading", { name: `Updated ${formatDate(update.date)}` })).toBeVisible();
  const edited = page.locator(".change-item").filter({ hasText: "¶3, now ¶2" });
  await expect(edited.locator("ins")).toHaveText(/and the ferry timetable\.$/);
  await expect(edited.locator("del")).toHaveText(/crossing\./);
  const removed = page.locator(".change-item").filter({ hasText: "¶2 of the earlier version" });
  await expect(removed.locator("del")).toContainText("An early paragraph that the agency later cut.");
  await expect(page.locator("main")).toContainText(update.before.sha256);
  await expect(page.locator("main")).toContainText(story.sourceHash);
});

test("the earlier version is served byte for byte at a stable address, and source.txt serves the current one", async ({ request }) => {
  const kept = fs.readFileSync(path.join(story.dir, update.before.file));
  const earlier = await request.get(`${publishedStory}/${update.before.file}`);
  expect(earlier.status()).toBe(200);
  expect(earlier.headers()["content-type"]).toBe("text/plain; charset=utf-8");
  expect(Buffer.from(await earlier.body()).equals(kept)).toBe(true);
  const current = await request.get(`${publishedStory}/source.txt`);
  expect(Buffer.from(await current.body()).equals(fs.readFileSync(path.join(story.dir, "source.txt")))).toBe(true);
  expect((await request.get(`${publishedStory}/versions/2000-01-01-00000000.txt`)).status()).toBe(404);
});

test("the explainer says it was updated, and its JSON-LD and the sitemap follow", async ({ page, request }) => {
  await page.goto(publishedStory);
  await expect(page.locator(".corrections-notice")).toContainText(`Updated ${formatDate(update.date)}`);
  await expect(page.getByRole("region", { name: "Updates" })).toContainText("it cut a paragraph");
  const data = (await page.locator('script[type="application/ld+json"]').allTextContents()).flatMap((text) => [JSON.parse(text)].flat());
  expect(data.find((item) => item["@type"] === "NewsArticle").dateModified).toBe(lastModified(story));
  expect(lastModified(story)).toBe(update.date);
  expect(await (await request.get("/sitemap.xml")).text()).toContain(`${publishedStory}/changes</loc>`);
});
