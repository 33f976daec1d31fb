import { expect, test } from "@playwright/test";
import { draftIssue, draftStory, MARKER, previewContent, previewURL, publishedStory, startPreview } from "./fixtures";

test("the right secret turns preview on and shows a draft story under a banner", async ({ page, context }) => {
  const response = await startPreview(page, draftStory);
  expect(response?.status()).toBe(200);
  expect(new URL(page.url()).pathname).toBe(draftStory);
  await expect(page.getByRole("status").filter({ hasText: "Preview." })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Draft fixture story ${MARKER}`);
  await expect(page.getByRole("heading", { level: 1 }).locator(".draft-badge")).toHaveText("Draft");
  expect((await context.cookies()).map((cookie) => cookie.name)).toContain("__prerender_bypass");
  expect(response?.headers()["cache-control"]).toMatch(/private|no-store/);
  // Preview pages are rendered by Next with its inline bootstrap scripts; their policy allows them, and no eval.
  expect(response?.headers()["content-security-policy"]).toContain("script-src 'self' 'unsafe-inline'");
  expect(response?.headers()["content-security-policy"]).not.toContain("unsafe-eval");
});

test("preview marks a draft issue as Draft wherever it appears", async ({ page }) => {
  await startPreview(page, publishedStory);
  await expect(page.getByRole("region", { name: "The issues at stake" }).locator(".draft-badge")).toHaveCount(1);
  await page.goto(`${publishedStory}/article`);
  await expect(page.locator('aside[data-issue="ferry-timetable"] .draft-badge').first()).toHaveText("Draft");
  await expect(page.getByRole("navigation", { name: "Show the article with" }).getByRole("link", { name: /Ferry timetable/ })).toContainText("Draft");
});

test("a draft whose anchor is broken still renders in preview, with the problem shown", async ({ page }) => {
  await startPreview(page, draftIssue);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Ferry timetable");
  await expect(page.locator(".content-problem").first()).toContainText('anchors[1]: orphan: "a sentence that is not in the source"');
  await expect(page.locator(".prose .content-problem")).toContainText('orphan: "a timetable nobody wrote" occurs in no paragraph of source.txt');
  await expect(page.locator("blockquote.passage")).toHaveCount(1);
});

test("exit works by POST, returns to the same page, and the draft is 404 again", async ({ page, context }) => {
  await startPreview(page, draftStory);
  const exit = page.getByRole("button", { name: "Exit preview" });
  await expect(exit.locator("xpath=ancestor::form")).toHaveAttribute("method", "post");
  const [response] = await Promise.all([page.waitForResponse((r) => r.url().endsWith("/api/preview/exit")), exit.click()]);
  expect(response.request().method()).toBe("POST");
  await page.waitForURL((url) => url.pathname === draftStory);
  expect((await page.request.get(draftStory)).status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  expect((await context.cookies()).map((cookie) => cookie.name)).not.toContain("__prerender_bypass");
});

test("a wrong or missing secret is 401 and sets no cookie", async ({ request }) => {
  for (const url of [previewURL(draftStory, "wrong-secret"), `/api/preview?path=${encodeURIComponent(draftStory)}`]) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBe(401);
    expect(response.headers()["set-cookie"], url).toBeUndefined();
  }
});

test("an unknown path is 404 and sets no cookie", async ({ request }) => {
  const response = await request.get(previewURL("/stories/no-such-story"), { maxRedirects: 0 });
  expect(response.status()).toBe(404);
  expect(response.headers()["set-cookie"]).toBeUndefined();
});

test.describe("open-redirect attempts stay on the site", () => {
  const attempts = [
    "//evil.example",
    "https://evil.example/",
    "/\\evil.example",
    "\\\\evil.example",
    "javascript:alert(1)",
    "%2F%2Fevil.example",
    "/%2F%2Fevil.example",
    "/%5Cevil.example",
    "%2f%2fevil.example",
    "https:evil.example",
    "/stories/preview-fixture/../../%2F%2Fevil.example",
    " //evil.example",
    "/\t/evil.example",
    `${publishedStory}@evil.example`,
  ];
  for (const attempt of attempts) {
    test(`path=${JSON.stringify(attempt)}`, async ({ request }) => {
      const response = await request.get(previewURL(attempt), { maxRedirects: 0 });
      expect(response.status()).toBe(404);
      expect(response.headers()["location"]).toBeUndefined();
    });
  }

  test("a known path redirects to the site's own relative path", async ({ request }) => {
    const response = await request.get(previewURL(publishedStory), { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(response.headers()["location"]).toBe(publishedStory);
  });
});

test.describe("with preview off, drafts do not exist", () => {
  test("their URLs are 404", async ({ request }) => {
    for (const url of [draftStory, `${draftStory}/article`, `${draftStory}/issues/bridge`, draftIssue, `${publishedStory}/article?issue=ferry-timetable`, "/preview"]) {
      expect((await request.get(url)).status(), url).toBe(404);
    }
  });

  test("no public page lists, links or mentions them", async ({ request }) => {
    for (const url of ["/", publishedStory, `${publishedStory}/article`, `${publishedStory}/issues/harbour-tolls`, "/sitemap.xml", "/feed.xml", "/robots.txt"]) {
      const html = await (await request.get(url)).text();
      expect(html, url).not.toContain(MARKER);
      expect(html, url).not.toContain("draft-fixture");
      expect(html, url).not.toContain("ferry-timetable");
    }
  });
});

test("the dashboard is 404 without preview and lists every item with its status in preview", async ({ page }) => {
  expect((await page.request.get("/preview")).status()).toBe(404);
  await startPreview(page, "/preview");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Content dashboard");
  for (const story of previewContent.stories) {
    await expect(page.locator(`section[data-item="${story.slug}"] [data-status]`).first()).toHaveText(story.meta.status);
    for (const issue of story.issues) {
      await expect(page.locator(`tr[data-item="${story.slug}/${issue.slug}"] td[data-status]`)).toHaveText(issue.meta.status);
    }
  }
  await expect(page.locator('tr[data-item="preview-fixture/ferry-timetable"]')).toContainText("ORPHAN");
  await expect(page.locator('tr[data-item="preview-fixture/ferry-timetable"]')).toContainText("¶2");
  // Quotes' health: a quote in the body that is not in the source is listed with its line.
  await expect(page.locator('tr[data-item="preview-fixture/ferry-timetable"]')).toContainText('ferry-timetable.mdx:11: Quote: orphan: "a timetable nobody wrote"');
});
