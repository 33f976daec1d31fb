import { expect, test } from "@playwright/test";
import { cardParagraphs, sampleIssues, story } from "./site";

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
  await expect(page.getByRole("status")).toContainText(`Showing only ${one.meta.title}`);
  await expect(page.getByRole("navigation", { name: "Show the article with" }).getByRole("link", { name: one.meta.title, exact: true })).toHaveAttribute("aria-current", "page");
});

test("the filter links switch views without JavaScript", async ({ page }) => {
  await page.goto(article);
  const all = await page.locator('[id^="card-"]').count();
  await page.getByRole("navigation", { name: "Show the article with" }).getByRole("link", { name: other.meta.title, exact: true }).click();
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
