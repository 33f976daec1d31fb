import { expect, test } from "@playwright/test";
import { cardParagraphs, story } from "./site";

test.use({ javaScriptEnabled: false });

const article = `/stories/${story.slug}/article`;

test("?issue= shows one issue's cards and highlights alone, without JavaScript", async ({ page }) => {
  const response = await page.goto(`${article}?issue=taiwan`);
  expect(response?.status()).toBe(200);
  const cards = page.locator("aside.issue-card");
  await expect(cards).toHaveCount(cardParagraphs("taiwan").length);
  for (const card of await cards.all()) await expect(card).toHaveAttribute("data-issue", "taiwan");
  for (const link of await page.locator("a.anchor-link").all()) await expect(link).toHaveAttribute("data-issues", /\btaiwan\b/);
  await expect(page.getByRole("status")).toContainText("Showing only Taiwan");
  await expect(page.getByRole("navigation", { name: "Show the article with" }).getByRole("link", { name: "Taiwan", exact: true })).toHaveAttribute("aria-current", "page");
});

test("the filter links switch views without JavaScript", async ({ page }) => {
  await page.goto(article);
  const all = await page.locator("aside.issue-card").count();
  await page.getByRole("navigation", { name: "Show the article with" }).getByRole("link", { name: "Fentanyl and the opioid crisis" }).click();
  await expect(page).toHaveURL(`${article}?issue=fentanyl`);
  await expect(page.locator("aside.issue-card")).toHaveCount(cardParagraphs("fentanyl").length);
  await page.getByRole("link", { name: "Show all issues" }).click();
  await expect(page.locator("aside.issue-card")).toHaveCount(all);
  expect(all).toBeGreaterThan(cardParagraphs("fentanyl").length);
});

test("the filtered view is served prerendered, not rendered per request", async ({ request }) => {
  const response = await request.get(`${article}?issue=taiwan`);
  expect(response.status()).toBe(200);
  expect(response.headers()["x-nextjs-prerender"]).toMatch(/^1\b/);
});
