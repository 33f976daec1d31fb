import { expect, test } from "@playwright/test";
import { pages, story } from "./site";

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

test("the home page leads with the story and lists every story", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(story.meta.title);
  await expect(page.getByRole("link", { name: "Read the explainer" })).toHaveAttribute("href", `/stories/${story.slug}`);
  await expect(page.getByRole("region", { name: "All stories" }).getByRole("listitem")).toHaveCount(1);
});

test("the explainer links to every issue and cites the article", async ({ page }) => {
  await page.goto(`/stories/${story.slug}`);
  const issues = page.getByRole("region", { name: "The issues at stake" });
  for (const issue of story.issues) {
    await expect(issues.getByRole("link", { name: issue.meta.title, exact: true })).toHaveAttribute("href", `/stories/${story.slug}/issues/${issue.slug}`);
  }
  expect(await page.locator(`a.citation[href^="/stories/${story.slug}/article#p-"]`).count()).toBeGreaterThan(40);
});

test("a citation takes the reader to its paragraph in one click", async ({ page }) => {
  await page.goto(`/stories/${story.slug}`);
  await page.locator('a.citation[href$="#p-17"]').first().click();
  await expect(page).toHaveURL(new RegExp(`/stories/${story.slug}/article#p-17$`));
  await expect(page.locator("#p-17")).toBeInViewport();
  await expect(page.locator("#p-17")).toContainText("Great Hall of the People");
});

test("the article shows the whole text, numbered and permalinked, and the credit apart", async ({ page }) => {
  await page.goto(`/stories/${story.slug}/article`);
  const paragraphs = page.locator("p.article-paragraph");
  await expect(paragraphs).toHaveCount(story.source.paragraphs.length);
  for (const [index, text] of story.source.paragraphs.entries()) {
    const paragraph = page.locator(`#p-${index + 1}`);
    await expect(paragraph.locator("a.paragraph-number")).toHaveAttribute("href", `#p-${index + 1}`);
    const shown = await paragraph.evaluate((p) =>
      [...p.childNodes].filter((node) => !(node instanceof HTMLElement && node.matches("a.paragraph-number"))).map((node) => node.textContent).join(""),
    );
    expect(shown.trim()).toBe(text);
  }
  await expect(page.locator("#credit")).toHaveText(story.source.credit ?? "");
});

test("an issue page quotes each anchored passage and links back to it", async ({ page }) => {
  const issue = story.issues.find((i) => i.slug === "fentanyl")!;
  await page.goto(`/stories/${story.slug}/issues/fentanyl`);
  await expect(page.locator(".lede")).toHaveText(issue.meta.summary);
  const passages = page.locator("blockquote.passage");
  await expect(passages).toHaveCount(2);
  await expect(passages.nth(0).getByRole("link")).toHaveAttribute("href", `/stories/${story.slug}/article#p-14`);
  await expect(passages.nth(1).locator("mark")).toHaveText(/fentanyl precursors/);
  const nav = page.getByRole("navigation", { name: "Other issues" });
  const index = story.issues.indexOf(issue);
  await expect(nav.getByRole("link", { name: `← ${story.issues[index - 1].meta.title}` })).toBeVisible();
  await expect(nav.getByRole("link", { name: `${story.issues[index + 1].meta.title} →` })).toBeVisible();
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
