import { expect, test } from "@playwright/test";
import { articleIssueAddress, articlePath } from "../lib/paths";
import { cardParagraphs, sampleIssues, shown, story } from "./site";

const [one, other] = sampleIssues;

test.use({ javaScriptEnabled: false });

const article = articlePath(story.slug);
const filter = (page: import("@playwright/test").Page) => page.getByRole("navigation", { name: "Show the article with" });
/** The notes a reader can see: the margin's on wide screens, the ones after each paragraph on narrow ones. */
const visibleNotes = (page: import("@playwright/test").Page) =>
  page.locator(".issue-note:not(.compact), details.issue-note-inline, .issue-note-item").filter({ visible: true });

test("#only-<issue> shows one issue's notes and marks alone, without JavaScript", async ({ page, isMobile }) => {
  await page.goto(articlePath(story.slug, one.slug));
  const notes = visibleNotes(page);
  await expect(notes.first()).toBeVisible();
  for (const note of await notes.all()) await expect(note).toHaveAttribute("data-issue", one.slug);
  // Every paragraph the issue concerns has its note; a narrow screen shows it after the paragraph, a wide one beside it.
  const shownAt = isMobile ? "details.issue-note-inline, .issue-note-inline .issue-note-item" : ".issue-note[data-issue], .issue-note.compact .issue-note-item";
  await expect(page.locator(`:is(${shownAt})[data-issue="${one.slug}"]`).filter({ visible: true })).toHaveCount(cardParagraphs(one.slug).length);
  // Its marks carry the issue's colour; another issue's marks are plain text.
  const [n] = cardParagraphs(one.slug);
  const mark = page.locator(`#p-${n} a.anchor-link[data-issues~="${one.slug}"] mark`).first();
  expect(await mark.evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe("underline");
  const others = page.locator(`a.anchor-link:not([data-issues~="${one.slug}"]) mark`);
  if ((await others.count()) > 0) expect(await others.first().evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe("none");
  await expect(page.getByRole("status").filter({ visible: true })).toHaveText(`Showing only ${shown(one.meta.title)}. Show all issues.`);
});

test("the filter links switch views without JavaScript or a page load, and back returns to the view before", async ({ page }) => {
  await page.goto(article);
  const all = await visibleNotes(page).count();
  await expect(page.getByRole("status").filter({ visible: true })).toHaveCount(0);
  await filter(page).getByRole("link", { name: shown(other.meta.title), exact: true }).click();
  await expect(page).toHaveURL(articlePath(story.slug, other.slug));
  for (const note of await visibleNotes(page).all()) await expect(note).toHaveAttribute("data-issue", other.slug);
  expect(await visibleNotes(page).count()).toBeLessThan(all);
  await page.getByRole("link", { name: "Show all issues" }).filter({ visible: true }).click();
  await expect(visibleNotes(page)).toHaveCount(all);
  await page.goBack();
  await expect(page).toHaveURL(articlePath(story.slug, other.slug));
  for (const note of await visibleNotes(page).all()) await expect(note).toHaveAttribute("data-issue", other.slug);
});

test("the current view's link is marked, and all issues while none is chosen", async ({ page }) => {
  const current = (name: string) => filter(page).getByRole("link", { name, exact: true }).evaluate((el) => getComputedStyle(el).fontWeight + getComputedStyle(el).backgroundColor);
  await page.goto(article);
  const resting = await current(shown(one.meta.title));
  expect(await current("All issues")).not.toBe(resting);
  await page.goto(articlePath(story.slug, one.slug));
  expect(await current(shown(one.meta.title))).not.toBe(resting);
  expect(await current("All issues")).toBe(resting);
});

test("the one-issue view's earlier address, ?issue=, redirects to it, and an unknown issue is not found", async ({ request, page }) => {
  const response = await request.get(articleIssueAddress(story.slug, one.slug), { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(new URL(response.headers()["location"], "http://x").pathname + new URL(response.headers()["location"], "http://x").hash).toBe(articlePath(story.slug, one.slug));
  expect(response.headers()["cache-control"]).toMatch(/^public/);
  await page.goto(articleIssueAddress(story.slug, one.slug));
  await expect(page).toHaveURL(articlePath(story.slug, one.slug));
  await expect(page.getByRole("status").filter({ visible: true })).toContainText(`Showing only ${shown(one.meta.title)}`);
  expect((await request.get(articleIssueAddress(story.slug, "no-such-issue"), { maxRedirects: 0 })).status()).toBe(404);
});

test("on a phone the view chips wrap onto lines, so the current one is on screen", async ({ page, isMobile }) => {
  test.skip(!isMobile, "the phone layout");
  const last = story.issues.at(-1)!;
  await page.goto(articlePath(story.slug, last.slug));
  const box = (await filter(page).locator("a:target").boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize()!.width);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});
