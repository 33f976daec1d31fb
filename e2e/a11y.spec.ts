import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { pages, readerText, sampleIssue, shown, story } from "./site";

/** axe's WCAG 2.1 A and AA violations on the page as it is now, one line each. */
async function violations(page: Page, rules?: string[]) {
  const builder = rules ? new AxeBuilder({ page }).withRules(rules) : new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);
  const { violations: found } = await builder.analyze();
  return found.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

// The schemes differ only in colour, so the dark pass runs axe's colour rules; the light pass runs them all.
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

for (const path of pages) {
  test(`axe finds no WCAG 2.1 A/AA violation on ${path}, in light and dark`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto(path);
    expect(await violations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: "dark" });
    expect(await violations(page, COLOUR_RULES)).toEqual([]);
  });
}

test("an open citation preview passes axe in light and dark", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(`/stories/${story.slug}`);
  await page.locator("button.citation").first().click();
  await expect(page.locator(".citation-preview:popover-open")).toBeVisible();
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await violations(page), colorScheme).toEqual([]);
  }
});

test("an issue note, open or emphasised, keeps its contrast in light and dark", async ({ page, isMobile }) => {
  test.setTimeout(90_000);
  await page.goto(`/stories/${story.slug}/article`);
  if (isMobile) await page.locator("details.issue-note-inline summary").first().click();
  else await page.locator(".anchor-link").first().hover();
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await violations(page, COLOUR_RULES), colorScheme).toEqual([]);
  }
});

test("dark mode follows the system setting, from the first paint", async ({ browser }) => {
  for (const [colorScheme, dark] of [["dark", true], ["light", false]] as const) {
    const page = await browser.newPage({ colorScheme, javaScriptEnabled: false });
    await page.goto(`/stories/${story.slug}/article`);
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const [r, g, b] = background.match(/\d+/g)!.map(Number);
    expect(r + g + b < 200, background).toBe(dark);
    await page.close();
  }
});

test("the skip link is the first stop and moves focus to the content", async ({ page, isMobile }) => {
  test.skip(isMobile, "a phone has no Tab key");
  await page.goto(`/stories/${story.slug}`);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.closest("main") !== null)).toBe(true);
});

test("focus is visible, and every filter is reachable by keyboard", async ({ page, isMobile }) => {
  test.skip(isMobile, "a phone has no Tab key");
  await page.goto(`/stories/${story.slug}/article`);
  const filters = page.getByRole("navigation", { name: "Show the article with" }).getByRole("link");
  const wanted = await filters.count();
  const reached = new Set<string>();
  for (let i = 0; i < 40 && reached.size < wanted; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { inFilter: Boolean(el.closest('nav[aria-label="Show the article with"]')), text: el.textContent ?? "", outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    if (focused.inFilter) {
      reached.add(focused.text);
      expect(focused.outline).not.toBe("none");
      expect(focused.width).toBeGreaterThanOrEqual(2);
    }
  }
  expect(reached.size).toBe(wanted);
});

test("motion is reduced when the reader asks for it", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("/");
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe("auto");
  await page.emulateMedia({ reducedMotion: "no-preference" });
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe("smooth");
});

for (const path of [`/stories/${story.slug}`, `/stories/${story.slug}/article`, `/stories/${story.slug}/issues/${sampleIssue.slug}`]) {
  test(`text resized to 200% loses nothing on ${path}`, async ({ page }) => {
    await page.goto(path);
    // The issue notes change form with the space (margin notes, or disclosures after the text), so the text is
    // compared without them, and without white space, which moves with the layout; what notes hold stays reachable.
    const textOutsideNotes = () =>
      page.evaluate(() => {
        const letters = (el: HTMLElement) => (el.checkVisibility({ visibilityProperty: true }) ? el.innerText.replace(/\s/g, "").length : 0);
        return letters(document.body) - [...document.querySelectorAll<HTMLElement>(".issue-note, .issue-note-inline")].reduce((sum, el) => sum + letters(el), 0);
      });
    const before = await textOutsideNotes();
    await page.evaluate(() => (document.documentElement.style.fontSize = "200%"));
    const after = await page.evaluate(() => ({
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      clipped: [...document.querySelectorAll("main p, main h1, main h2, main li")].filter((el) => el.scrollWidth > el.clientWidth + 1).length,
    }));
    expect(after.overflow).toBeLessThanOrEqual(0);
    expect(after.clipped).toBe(0);
    expect(await textOutsideNotes()).toBe(before);
  });
}

test("the article prints with its issue summaries and the URLs of its links", async ({ page }) => {
  await page.goto(`/stories/${story.slug}/article`);
  await page.emulateMedia({ media: "print" });
  const card = page.locator(`.issue-note[data-issue=${sampleIssue.slug}]`).first();
  await expect(card.getByText(readerText(sampleIssue.summary.children)).first()).toBeVisible();
  await expect(page.locator(`details[data-issue=${sampleIssue.slug}]`).first()).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Show the article with" })).toBeHidden();
  const printedUrl = await card.getByRole("link", { name: shown(sampleIssue.meta.title) }).first().evaluate((a) => getComputedStyle(a, "::after").content);
  expect(printedUrl).toContain(`/stories/${story.slug}/issues/${sampleIssue.slug}`);
  expect(printedUrl).toMatch(/https?:\/\//);
});
