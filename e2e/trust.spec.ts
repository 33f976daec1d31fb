import { expect, test } from "@playwright/test";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { lastModified } from "../lib/content";
import { formatDate } from "../lib/format";
import { readerText, story } from "./site";

const origin = process.env.SITE_URL ?? "http://localhost:3000";
const jsonLd = async (page: import("@playwright/test").Page) =>
  (await page.locator('script[type="application/ld+json"]').allTextContents()).flatMap((text): Record<string, any>[] => [JSON.parse(text)].flat());

test.use({ javaScriptEnabled: false });

test("the original shows the SHA-256 of the text as received at its foot, under Verify this text, matching the file and the story's pin", async ({ page }) => {
  await page.goto(`/stories/${story.slug}/article`);
  const onDisk = createHash("sha256").update(fs.readFileSync(path.join(story.dir, "source.txt"))).digest("hex");
  expect(onDisk).toBe(story.meta.source.sha256);
  const verify = page.locator("details.verify-text");
  const fingerprint = verify.locator(".source-fingerprint");
  // After the report, not in its header, where a 64-character string would break across a phone's lines.
  expect((await verify.boundingBox())!.y).toBeGreaterThan((await page.locator("p.article-paragraph").last().boundingBox())!.y);
  await expect(fingerprint).toBeHidden();
  await verify.getByText("Verify this text").click();
  await expect(fingerprint).toBeVisible();
  await expect(fingerprint).toContainText("Text as received");
  await expect(fingerprint.locator("code")).toHaveText(onDisk);
  await expect(verify.getByRole("link", { name: "the text as received" })).toHaveAttribute("href", `/stories/${story.slug}/source.txt`);
});

test("a corrected explainer says so near its top and lists each correction at its foot", async ({ page }) => {
  const corrections = story.corrections;
  expect(corrections.length).toBeGreaterThan(0);
  const latest = [...corrections].sort((a, b) => b.date.localeCompare(a.date))[0];
  await page.goto(`/stories/${story.slug}`);
  const notice = page.locator(".corrections-notice");
  await expect(notice).toContainText(`Corrected ${formatDate(latest.date)}`);
  await expect(notice).toBeInViewport();
  await notice.getByRole("link").click();
  await expect(page).toHaveURL(/#corrections$/);
  const section = page.getByRole("region", { name: "Corrections" });
  await expect(section).toBeInViewport();
  await expect(section.getByRole("listitem")).toHaveCount(corrections.length);
  await expect(section).toContainText(readerText(latest.text));
  const entry = section.getByRole("listitem").filter({ hasText: readerText(latest.text) });
  for (const n of latest.paragraphs) await expect(entry.getByRole("link", { name: `¶${n}`, exact: true })).toHaveAttribute("href", `/stories/${story.slug}/article#p-${n}`);
  await expect(section.getByRole("link", { name: "our corrections policy" })).toHaveAttribute("href", "/about#corrections");
});

test("the explainer's JSON-LD dates its last change to the latest correction and names a news publisher with its policies", async ({ page, request }) => {
  await page.goto(`/stories/${story.slug}`);
  const article = (await jsonLd(page)).find((item) => item["@type"] === "NewsArticle")!;
  expect(article.dateModified).toBe(lastModified(story));
  expect(article.dateModified >= article.datePublished).toBe(true);
  expect(article.publisher).toMatchObject({ "@type": "NewsMediaOrganization", name: "Explainer" });
  expect(article.correction.map((c: { datePublished: string }) => c.datePublished)).toEqual((story.meta.corrections ?? []).map((c) => c.date));
  for (const [key, id] of [["publishingPrinciples", "how-we-write"], ["correctionsPolicy", "corrections"]]) {
    const url = new URL(article.publisher[key]);
    expect(url.href).toBe(`${origin}/about#${id}`);
    await page.goto(url.pathname);
    await expect(page.locator(`#${id}`)).toBeVisible();
  }
  expect((await request.get("/about")).status()).toBe(200);
});

test("the feed's updated date follows the latest correction, and the entry keeps its first publication", async ({ request }) => {
  const xml = await (await request.get("/feed.xml")).text();
  expect(xml).toContain(`<updated>${lastModified(story)}T00:00:00.000Z</updated>`);
  const entry = xml.slice(xml.indexOf(`<id>${origin}/stories/${story.slug}</id>`));
  expect(entry).toContain(`<published>${story.meta.published}T00:00:00.000Z</published>`);
});

test("the sitemap dates the explainer by its latest correction", async ({ request }) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  const entry = xml.slice(xml.indexOf(`<loc>${origin}/stories/${story.slug}</loc>`));
  expect(entry.slice(0, entry.indexOf("</url>"))).toContain(`<lastmod>${lastModified(story)}</lastmod>`);
});
