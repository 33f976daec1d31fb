import { expect, test } from "@playwright/test";
import { anchoredWords, cardParagraphs, pages, readerText, sampleIssue, shown, stories, story } from "./site";

test.describe("every route", () => {
  for (const path of pages) {
    test(`${path} renders`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator("h1")).toHaveCount(1);
      await expect(page.locator("h1")).toBeVisible();
    });
  }
});

test("the home page leads with the story, and lists every story once there are others", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(shown(story.meta.title));
  await expect(page.getByRole("link", { name: "Read the explainer" })).toHaveAttribute("href", `/stories/${story.slug}`);
  // The list of all stories appears once there is more than the lead to list.
  if (stories.length > 1) await expect(page.getByRole("region", { name: "All stories" }).getByRole("listitem")).toHaveCount(stories.length);
  else await expect(page.getByRole("region", { name: "All stories" })).toHaveCount(0);
});

test("the explainer links to every issue and cites the article", async ({ page }) => {
  await page.goto(`/stories/${story.slug}`);
  const issues = page.getByRole("region", { name: "The issues at stake" });
  for (const issue of story.issues) {
    await expect(issues.getByRole("link", { name: shown(issue.meta.title), exact: true })).toHaveAttribute("href", `/stories/${story.slug}/issues/${issue.slug}`);
  }
  expect(await page.locator("button.citation").count()).toBeGreaterThan(40);
});

test("the article shows the whole text, numbered and permalinked, and the credit apart", async ({ page }) => {
  await page.goto(`/stories/${story.slug}/article`);
  const paragraphs = page.locator("p.article-paragraph");
  await expect(paragraphs).toHaveCount(story.source.paragraphs.length);
  for (const [index, text] of story.source.paragraphs.entries()) {
    const paragraph = page.locator(`#p-${index + 1}`);
    await expect(paragraph.locator("a.paragraph-number")).toHaveAttribute("href", `#p-${index + 1}`);
    // The text as received: the number, the issues' numbers and the back-links are drawn beside it, not in it.
    const shown = await paragraph.evaluate((p) => p.textContent ?? "");
    expect(shown).toBe(text);
  }
  await expect(page.locator("#credit")).toHaveText(story.source.credit ?? "");
});

test("an issue page quotes each anchored passage and links back to it", async ({ page }) => {
  const issue = sampleIssue;
  await page.goto(`/stories/${story.slug}/issues/${issue.slug}`);
  await expect(page.locator(".lede")).toContainText(readerText(issue.summary.children));
  const passages = page.locator("blockquote.passage");
  const numbers = cardParagraphs(issue.slug);
  await expect(passages).toHaveCount(numbers.length);
  for (const [i, n] of numbers.entries()) {
    // The link lands on the paragraph, and on the words themselves where the browser supports text fragments.
    await expect(passages.nth(i).getByRole("link")).toHaveAttribute("href", new RegExp(`^/stories/${story.slug}/article#p-${n}(:~:text=[^#]+)?$`));
    expect(await passages.nth(i).locator("mark").allTextContents()).toContain(anchoredWords(issue, n));
  }
  const nav = page.getByRole("navigation", { name: "Other issues" });
  const index = story.issues.indexOf(issue);
  const [previous, next] = [story.issues[index - 1], story.issues[index + 1]];
  if (previous) await expect(nav.getByRole("link", { name: `← ${shown(previous.meta.title)}` })).toBeVisible();
  if (next) await expect(nav.getByRole("link", { name: `${shown(next.meta.title)} →` })).toBeVisible();
  expect(Boolean(previous) || Boolean(next)).toBe(true);
});

test.describe("unknown addresses", () => {
  // The 404 page must be whole in the HTML itself, not drawn by scripts.
  test.use({ javaScriptEnabled: false });
  for (const path of [`/stories/no-such-story`, `/stories/no-such-story/article`, `/stories/${story.slug}/issues/no-such-issue`, `/stories/${story.slug}/article?issue=no-such-issue`, "/no/such/page"]) {
    test(`${path} is a 404 page`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    });
  }
});
