import { expect, test } from "@playwright/test";
import { inStatusOrder, ISSUE_TABLE_CAPTION, STATUS_ORDER, statusWords } from "../lib/wording";
import { plainText } from "../lib/document";
import { readerText, shown, story } from "./site";

// Both are server-rendered HTML: they must work, and read, with JavaScript off.
test.use({ javaScriptEnabled: false });

const explainer = `/stories/${story.slug}`;
// The table's rows in the front page's order of statuses (agreed first), each status's issues in the story's order.
const rows = inStatusOrder(
  story.issues.filter((issue) => issue.standing),
  (issue) => issue.standing!.status,
);

test("the explainer shows where each issue stands: a captioned table, the status first, a column per side, a row per issue in status order, every fact cited", async ({ page }) => {
  expect(rows.length).toBeGreaterThan(0);
  await page.goto(explainer);
  const table = page.getByRole("table", { name: ISSUE_TABLE_CAPTION });
  await expect(table).toBeVisible();
  await expect(table.getByRole("columnheader")).toHaveText(["Where it stands", "Issue", ...story.sides.map((side) => side.label)]);
  await expect(table.getByRole("rowheader")).toHaveText(rows.map((issue) => shown(issue.meta.title)));
  // Agreed first, not reported last: each row's status comes no earlier in the order than the one above it.
  const ranks = (await table.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-status") ?? ""))).map((status) => STATUS_ORDER.indexOf(status as (typeof STATUS_ORDER)[number]));
  expect(ranks.every((rank, i) => rank >= 0 && (i === 0 || rank >= ranks[i - 1]))).toBe(true);
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
    await expect(stands.locator(".standing-status")).toHaveText(new RegExp(`^\\S+\\s+${statusWords(standing.status).replace(/[()]/g, "\\$&")}$`));
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

test("the timeline draws no list numbers, and each dot is centred on its rule", async ({ page }) => {
  await page.goto(explainer);
  const list = page.getByRole("list", { name: "Timeline of events" });
  expect(await list.evaluate((el) => getComputedStyle(el).listStyleType)).toBe("none");
  const offsets = await list.evaluate((ol) => {
    const rule = ol.getBoundingClientRect().left + parseFloat(getComputedStyle(ol).borderLeftWidth) / 2;
    return [...ol.children].map((li) => {
      const dot = getComputedStyle(li, "::before");
      return li.getBoundingClientRect().left + parseFloat(dot.left) + parseFloat(dot.width) / 2 - rule;
    });
  });
  for (const offset of offsets) expect(Math.abs(offset)).toBeLessThan(0.75);
});

test("on a phone the table is a card per issue, using the full width: the status first, then the issue, each side named, nothing scrolls sideways", async ({ page, isMobile }) => {
  test.skip(!isMobile, "the phone layout");
  await page.goto(explainer);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  const region = page.getByRole("region", { name: ISSUE_TABLE_CAPTION });
  expect(await region.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  for (const issue of rows.slice(0, 3)) {
    const row = region.locator(`tr[data-issue="${issue.slug}"]`);
    const [title, stands] = [await row.getByRole("rowheader").boundingBox(), await row.locator("td[data-stands]").boundingBox()];
    const first = await row.locator("td[data-side]").first().boundingBox();
    // Stacked: where it stands, then the issue, then each side, each labelled with the side's name.
    expect(title!.y).toBeGreaterThan(stands!.y);
    expect(first!.y).toBeGreaterThan(title!.y);
    // Each part takes the card's width, so no word has to break.
    const card = (await row.boundingBox())!;
    for (const part of [title!, stands!, first!]) expect(part.width).toBeGreaterThan(card.width * 0.9);
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

test("the home page shows where the lead story's issues stand, grouped by status in words in the table's order, each linking to its page, and links to the full table", async ({ page }) => {
  await page.goto("/");
  const brief = page.getByRole("region", { name: "Where each issue stands" });
  await expect(brief.getByRole("listitem")).toHaveCount(rows.length);
  for (const issue of rows) {
    const link = page.getByRole("link", { name: shown(issue.meta.title), exact: true });
    const group = brief.locator(".status-group").filter({ has: link });
    await expect(group.getByRole("heading")).toContainText(statusWords(issue.standing!.status));
    await expect(group.getByRole("link", { name: shown(issue.meta.title), exact: true })).toHaveAttribute("href", `/stories/${story.slug}/issues/${issue.slug}`);
  }
  // The groups in the order the table's rows follow.
  await expect(brief.locator(".status-group h3 .standing-status")).toHaveText(STATUS_ORDER.filter((status) => rows.some((issue) => issue.standing!.status === status)).map((status) => new RegExp(`${statusWords(status).replace(/[()]/g, "\\$&")}$`)));
  await brief.getByRole("link", { name: /The full table/ }).click();
  await expect(page).toHaveURL(`${explainer}#where-each-issue-stands`);
  await expect(page.getByRole("table")).toBeVisible();
});
