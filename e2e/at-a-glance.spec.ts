import { expect, test } from "@playwright/test";
import { ISSUE_TABLE_CAPTION } from "../lib/wording";
import { plainText } from "../lib/document";
import { STANDING } from "../lib/schema";
import { readerText, story } from "./site";

// Both are server-rendered HTML: they must work, and read, with JavaScript off.
test.use({ javaScriptEnabled: false });

const explainer = `/stories/${story.slug}`;
const rows = story.issues.filter((issue) => issue.standing);

test("the explainer shows where each issue stands: a captioned table, a column per side, a row per issue, every fact cited", async ({ page }) => {
  expect(rows.length).toBeGreaterThan(0);
  await page.goto(explainer);
  const table = page.getByRole("table", { name: ISSUE_TABLE_CAPTION });
  await expect(table).toBeVisible();
  await expect(table.getByRole("columnheader")).toHaveText(["Issue", "Where it stands", ...story.sides.map((side) => side.label)]);
  await expect(table.getByRole("rowheader")).toHaveText(rows.map((issue) => issue.meta.title));
  for (const issue of rows) {
    const standing = issue.standing!;
    const row = table.locator(`tr[data-issue="${issue.slug}"]`);
    await expect(row.getByRole("rowheader").getByRole("link")).toHaveAttribute("href", `/stories/${story.slug}/issues/${issue.slug}`);
    const [stands, ...cells] = await row.getByRole("cell").all();
    expect(cells.length).toBe(story.sides.length);
    for (const [index, { side, cell: value }] of standing.cells.entries()) {
      const cell = cells[index];
      await expect(cell).toHaveAttribute("data-side", side.key);
      if (value === "not reported") {
        await expect(cell).toHaveText("Not reported");
        await expect(cell.locator("button.citation")).toHaveCount(0);
      } else {
        await expect(cell).toContainText(readerText(value.children));
        const buttons = cell.locator("button.citation");
        await expect(buttons).toHaveCount(value.cites.length);
        for (const [i, n] of value.cites.entries()) await expect(buttons.nth(i)).toHaveAccessibleName(`paragraph ${n} of the original`);
      }
    }
    // The status in words, after a mark that does not rely on colour.
    await expect(stands.locator(".standing-status")).toHaveText(new RegExp(`^\\S+\\s+${STANDING[standing.status].replace(/[()]/g, "\\$&")}$`));
    await expect(stands.locator("button.citation")).toHaveCount(standing.where.cites.length);
  }
});

test("a cell's citation opens its paragraph in place", async ({ page }) => {
  await page.goto(explainer);
  const button = page.getByRole("table").locator("button.citation").first();
  const n = Number((await button.textContent())?.match(/\d+/)?.[0]);
  await button.click();
  const preview = page.locator(`#${await button.getAttribute("popovertarget")}`);
  await expect(preview).toBeVisible();
  await expect(preview).toContainText(story.source.paragraphs[n - 1]);
});

test("the timeline lists the events in order, each dated and cited", async ({ page }) => {
  const events = story.timeline;
  expect(events.length).toBeGreaterThan(2);
  await page.goto(explainer);
  const items = page.getByRole("list", { name: "Timeline of events" }).getByRole("listitem");
  await expect(items).toHaveCount(events.length);
  const datetimes = await items.locator("time").evaluateAll((times) => times.map((time) => time.getAttribute("datetime") ?? ""));
  expect(datetimes).toEqual(events.map((event) => event.when));
  expect([...datetimes].sort()).toEqual(datetimes);
  for (const [index, event] of events.entries()) {
    await expect(items.nth(index).locator("time")).toHaveText(plainText(event.label.children));
    await expect(items.nth(index)).toContainText(readerText(event.text.children));
    await expect(items.nth(index).locator("button.citation")).toHaveCount(event.text.cites.length);
  }
});

test("on a phone the table is a card per issue: the status first, each side named, nothing scrolls sideways", async ({ page, isMobile }) => {
  test.skip(!isMobile, "the phone layout");
  await page.goto(explainer);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  const region = page.getByRole("region", { name: ISSUE_TABLE_CAPTION });
  expect(await region.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  for (const issue of rows.slice(0, 3)) {
    const row = region.locator(`tr[data-issue="${issue.slug}"]`);
    const [title, stands] = [await row.getByRole("rowheader").boundingBox(), await row.locator("td[data-stands]").boundingBox()];
    const first = await row.locator("td[data-side]").first().boundingBox();
    // Stacked: the issue, then where it stands, then each side, each labelled with the side's name.
    expect(stands!.y).toBeGreaterThan(title!.y);
    expect(first!.y).toBeGreaterThan(stands!.y);
    const label = await row.locator("td[data-side]").first().evaluate((el) => getComputedStyle(el, "::before").content);
    expect(label).toBe(JSON.stringify(story.sides[0].label));
  }
});

test("the table and the timeline print legibly", async ({ page, isMobile }) => {
  test.skip(isMobile, "paper is as wide whatever the device; the phone's 412 px viewport is not a page");
  await page.goto(explainer);
  await page.emulateMedia({ media: "print" });
  const region = page.locator(".issue-table");
  expect(await region.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  expect(await page.locator(".issue-table table").evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(11);
  await expect(page.getByRole("list", { name: "Timeline of events" })).toBeVisible();
});

test("the home page shows where the lead story's issues stand, grouped by status in words, and links to the full table", async ({ page }) => {
  await page.goto("/");
  const brief = page.getByRole("region", { name: "Where each issue stands" });
  await expect(brief.getByRole("listitem")).toHaveCount(rows.length);
  for (const issue of rows) {
    const group = brief.locator(".status-group").filter({ has: page.getByRole("link", { name: issue.meta.title, exact: true }) });
    await expect(group.getByRole("heading")).toContainText(STANDING[issue.standing!.status]);
  }
  await brief.getByRole("link", { name: /The full table/ }).click();
  await expect(page).toHaveURL(`${explainer}#where-each-issue-stands`);
  await expect(page.getByRole("table")).toBeVisible();
});
