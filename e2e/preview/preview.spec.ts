import { ISSUE_TABLE_CAPTION } from "../../lib/wording";
import { expect, test } from "@playwright/test";
import { draftIssue, draftStory, fromClient, MARKER, previewContent, previewSecret, previewURL, publishedStory, startPreview } from "./fixtures";

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
  await expect(page.locator('.issue-note[data-issue="ferry-timetable"] .draft-badge').first()).toHaveText("Draft");
  await expect(page.getByRole("navigation", { name: "Show the article with" }).getByRole("link", { name: /Ferry timetable/ })).toContainText("Draft");
});

test("a draft whose anchor is broken still renders in preview, with the problem shown", async ({ page }) => {
  await startPreview(page, draftIssue);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Ferry timetable");
  await expect(page.locator(".content-problem").first()).toContainText('anchors[1]: orphan: "a sentence that is not in the source"');
  await expect(page.locator(".prose .content-problem", { hasText: 'orphan: "a timetable nobody wrote" occurs in no paragraph of source.txt' })).toBeVisible();
  // Words after the last citation are shown as a problem where they stand, too.
  await expect(page.locator(".prose .content-problem", { hasText: "uncited: the words after its last <Cite>" })).toBeVisible();
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
    const response = await request.get(url, { maxRedirects: 0, headers: fromClient("198.51.100.1") });
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
  // Where each issue stands, as the explainer's table will show it (or that the issue says nothing yet).
  await expect(page.locator('tr[data-item="preview-fixture/harbour-tolls"] td[data-standing]')).toHaveText(/Not reported$/);
  await expect(page.locator('tr[data-item="preview-fixture/ferry-timetable"] td[data-standing]')).toHaveText(/Agreed$/);
  await expect(page.locator('tr[data-item="draft-fixture/leak"] td[data-standing]')).toHaveText("not given");
  // Coverage: the report's paragraphs that no published content cites (the draft issue's citation does not count).
  await expect(page.locator('section[data-item="preview-fixture"] [data-coverage]')).toHaveText("Coverage: cited nowhere: ¶3 (of 3 paragraphs).");
  await expect(page.locator('section[data-item="preview-fixture"]')).toContainText("source.txt:1: coverage: ¶3 is cited nowhere");
  await expect(page.locator('section[data-item="draft-fixture"] [data-coverage]')).toHaveText("Coverage: every paragraph of the report (2) is cited.");
  // After the report's update: a citation left to decide, with the paragraph's change marked.
  const places = page.getByRole("region", { name: "Places to decide" });
  await expect(places).toContainText("1 place to decide after the report’s update");
  await expect(places).toContainText('ferry-timetable.mdx:23: Cite: review: ¶3 was edited in the report\'s update of 3 January 2024 and is now ¶2: "The second paragraph mentions the river [-crossing.-] {+crossing and the ferry timetable.+}"');
  // Quotes' health: a quote in the body that is not in the source is listed with its line.
  await expect(page.locator('tr[data-item="preview-fixture/ferry-timetable"]')).toContainText('ferry-timetable.mdx:21: Quote: orphan: "a timetable nobody wrote"');
});

test("a draft's anchors are in no annotation file, and a draft story serves no source text or annotations", async ({ request }) => {
  const response = await request.get(`${publishedStory}/annotations.jsonld`);
  expect(response.status()).toBe(200);
  const json = await response.text();
  expect(JSON.parse(json).items.length).toBeGreaterThan(0);
  expect(json).not.toContain(MARKER);
  expect(json).not.toContain("ferry-timetable");
  expect(json).not.toContain("the ferry timetable");
  for (const file of ["source.txt", "annotations.jsonld"]) expect((await request.get(`${draftStory}/${file}`)).status(), file).toBe(404);
});

test("a draft that tries to run code shows each attempt as a problem in preview, and never its result", async ({ page }) => {
  await startPreview(page, "/stories/draft-fixture/issues/leak");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("A draft that tries to run code");
  const problems = page.locator(".prose .content-problem");
  await expect(problems.filter({ hasText: "import and export are not allowed: content holds no code" })).toHaveCount(1);
  await expect(problems.filter({ hasText: "{…} expressions are not allowed" })).toHaveCount(1);
  await expect(problems.filter({ hasText: "spread attribute {...process.env} is not allowed" })).toHaveCount(1);
  const html = await page.content();
  expect(html).not.toContain(previewSecret);
  expect(html).not.toContain("PATH=");
});

test("the table of where each issue stands shows a draft issue's row in preview only", async ({ page, request }) => {
  const rowsOf = async (html: string) => html.match(/<tr data-issue="[^"]+"/g) ?? [];
  const publicHtml = await (await request.get(publishedStory)).text();
  expect(await rowsOf(publicHtml)).toEqual(['<tr data-issue="harbour-tolls"']);
  expect(publicHtml).not.toContain(MARKER);
  await startPreview(page, publishedStory);
  const table = page.getByRole("table", { name: ISSUE_TABLE_CAPTION });
  // In the status order: the draft's row (agreed) before the published one (not reported).
  await expect(table.getByRole("rowheader")).toHaveText([/Ferry timetable/, /Harbour tolls/]);
  await expect(table.getByRole("row", { name: /Ferry timetable/ })).toContainText(`A draft row ${MARKER} about the ferry`);
});
