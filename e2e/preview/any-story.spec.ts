import { expect, test } from "@playwright/test";
import { readerText } from "../site";
import { ISSUE_TABLE_CAPTION } from "../../lib/wording";
import { previewContent, publishedStory } from "./fixtures";

// A story between three parties, from an agency other than the AP, told as it is: no U.S. or China in sight.
test.use({ javaScriptEnabled: false });

const story = previewContent.stories.find((candidate) => `/stories/${candidate.slug}` === publishedStory)!;

test("the fixture story declares three sides and another agency's credit line", () => {
  expect(story.sides.map((side) => side.label)).toEqual(["The harbour authority", "The ferry workers' union", "The city council"]);
  expect(story.meta.source.publisher).not.toBe("Associated Press");
  expect(story.source.credit).toMatch(/^Meridian News Agency writer .* contributed\.$/);
});

test("the table's columns are the story's sides", async ({ page }) => {
  await page.goto(publishedStory);
  const table = page.getByRole("table", { name: ISSUE_TABLE_CAPTION });
  await expect(table.getByRole("columnheader")).toHaveText(["Where it stands", "Issue", ...story.sides.map((side) => side.label)]);
  await expect(page.locator("main")).not.toContainText("U.S. side");
  await expect(page.locator("main")).not.toContainText("Chinese side");
});

test("an issue page names each side with what it said", async ({ page }) => {
  const issue = story.issues.find((candidate) => candidate.meta.status === "published" && candidate.standing)!;
  await page.goto(`${publishedStory}/issues/${issue.slug}`);
  const glance = page.getByRole("region", { name: "At a glance" });
  for (const { side, cell } of issue.standing!.cells) {
    const entry = glance.locator(`[data-side="${side.key}"]`);
    await expect(entry.locator("dt")).toHaveText(side.label);
    await expect(entry.locator("dd")).toContainText(cell === "not reported" ? "Not reported" : readerText(cell.children));
  }
});

test("the original shows the credit line, not numbered, after the last paragraph", async ({ page }) => {
  await page.goto(`${publishedStory}/article`);
  await expect(page.locator("#credit")).toHaveText(story.source.credit!);
  await expect(page.locator(".article-paragraph")).toHaveCount(story.source.paragraphs.length);
  await expect(page.locator(`#p-${story.source.paragraphs.length + 1}`)).toHaveCount(0);
  await expect(page.locator("#credit .paragraph-number")).toHaveCount(0);
});
