import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { pages, story } from "./site";

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });
    for (const path of pages) {
      test(`axe finds no WCAG 2.1 A/AA violation on ${path}`, async ({ page }) => {
        await page.goto(path);
        const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
      });
    }
  });
}

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

for (const path of [`/stories/${story.slug}`, `/stories/${story.slug}/article`, `/stories/${story.slug}/issues/military-to-military`]) {
  test(`text resized to 200% loses nothing on ${path}`, async ({ page }) => {
    await page.goto(path);
    const before = await page.evaluate(() => document.body.innerText.length);
    await page.evaluate(() => (document.documentElement.style.fontSize = "200%"));
    const after = await page.evaluate(() => ({
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      text: document.body.innerText.length,
      clipped: [...document.querySelectorAll("main p, main h1, main h2, main li")].filter((el) => el.scrollWidth > el.clientWidth + 1).length,
    }));
    expect(after.overflow).toBeLessThanOrEqual(0);
    expect(after.clipped).toBe(0);
    expect(after.text).toBe(before);
  });
}

test("the article prints with its issue summaries and the URLs of its links", async ({ page }) => {
  await page.goto(`/stories/${story.slug}/article`);
  await page.emulateMedia({ media: "print" });
  const taiwan = story.issues.find((issue) => issue.slug === "taiwan")!;
  const card = page.locator("aside.issue-card[data-issue=taiwan]").first();
  await expect(card.getByText(taiwan.meta.summary).first()).toBeVisible();
  await expect(card.locator("details")).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Show the article with" })).toBeHidden();
  const printedUrl = await card.getByRole("link", { name: "Taiwan" }).first().evaluate((a) => getComputedStyle(a, "::after").content);
  expect(printedUrl).toContain(`/stories/${story.slug}/issues/taiwan`);
  expect(printedUrl).toMatch(/https?:\/\//);
});
