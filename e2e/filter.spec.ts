import { expect, test } from "@playwright/test";
import { cardParagraphs, sampleIssues, shown, story } from "./site";

const [one, other] = sampleIssues;

test.use({ javaScriptEnabled: false });

const article = `/stories/${story.slug}/article`;

test("?issue= shows one issue's cards and highlights alone, without JavaScript", async ({ page }) => {
  const response = await page.goto(`${article}?issue=${one.slug}`);
  expect(response?.status()).toBe(200);
  const cards = page.locator('[id^="card-"]');
  await expect(cards).toHaveCount(cardParagraphs(one.slug).length);
  for (const card of await cards.all()) await expect(card).toHaveAttribute("data-issue", one.slug);
  for (const link of await page.locator("a.anchor-link").all()) await expect(link).toHaveAttribute("data-issues", new RegExp(`\\b${one.slug}\\b`));
  await expect(page.getByRole("status")).toContainText(`Showing only ${shown(one.meta.title)}`);
  await expect(page.getByRole("navigation", { name: "Show the article with" }).getByRole("link", { name: shown(one.meta.title), exact: true })).toHaveAttribute("aria-current", "page");
});

test("the filter links switch views without JavaScript", async ({ page }) => {
  await page.goto(article);
  const all = await page.locator('[id^="card-"]').count();
  await page.getByRole("navigation", { name: "Show the article with" }).getByRole("link", { name: shown(other.meta.title), exact: true }).click();
  await expect(page).toHaveURL(`${article}?issue=${other.slug}`);
  await expect(page.locator('[id^="card-"]')).toHaveCount(cardParagraphs(other.slug).length);
  await page.getByRole("link", { name: "Show all issues" }).click();
  await expect(page.locator('[id^="card-"]')).toHaveCount(all);
  expect(all).toBeGreaterThan(cardParagraphs(other.slug).length);
});

test("the filtered view is served prerendered, not rendered per request", async ({ request }) => {
  const response = await request.get(`${article}?issue=${one.slug}`);
  expect(response.status()).toBe(200);
  expect(response.headers()["x-nextjs-prerender"]).toMatch(/^1\b/);
});

test("on a phone the view chips wrap onto lines, so the current one is on screen", async ({ page, isMobile }) => {
  test.skip(!isMobile, "the phone layout");
  const last = story.issues.at(-1)!;
  await page.goto(`${article}?issue=${last.slug}`);
  const current = page.getByRole("navigation", { name: "Show the article with" }).locator('[aria-current="page"]');
  const box = (await current.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize()!.width);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});
