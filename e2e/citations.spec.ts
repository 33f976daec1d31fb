import { expect, test, type Locator, type Page } from "@playwright/test";
import { sampleIssue, story } from "./site";

// Citations open their paragraph in place with HTML alone: every test here runs with JavaScript off.
test.use({ javaScriptEnabled: false });

const pagesWithCitations = [
  { name: "the explainer", path: `/stories/${story.slug}` },
  { name: "an issue page", path: `/stories/${story.slug}/issues/${sampleIssue.slug}` },
];

/** A citation button, the paragraph it names, and its preview. */
async function citation(page: Page, index: number): Promise<{ button: Locator; n: number; preview: Locator }> {
  const button = page.locator("button.citation").nth(index);
  const n = Number((await button.textContent())?.match(/\d+/)?.[0]);
  const preview = page.locator(`#${await button.getAttribute("popovertarget")}`);
  return { button, n, preview };
}

const boxOf = async (locator: Locator) => (await locator.boundingBox())!;
const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

for (const { name, path } of pagesWithCitations) {
  test.describe(name, () => {
    test("a citation opens the paragraph as received, by mouse, without leaving the page", async ({ page }) => {
      await page.goto(path);
      const { button, n, preview } = await citation(page, 2);
      await expect(button).toHaveAccessibleName(`paragraph ${n} of the original`);
      await expect(preview).toBeHidden();
      await button.click();
      await expect(preview).toBeVisible();
      await expect(preview).toContainText(story.source.paragraphs[n - 1]);
      await expect(preview.getByRole("link", { name: `Read ¶${n} in the original` })).toHaveAttribute("href", `/stories/${story.slug}/article#p-${n}`);
      expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe(path);
      // The preview stands clear of the passage it is checked against.
      expect(overlap(await boxOf(preview), await boxOf(button.locator("xpath=ancestor::span[contains(@class,'cited-passage')]")))).toBe(false);
      await page.mouse.click(1, 1);
      await expect(preview).toBeHidden();
    });

    test("by keyboard: Enter or Space opens it, Escape closes it, and focus returns to the citation", async ({ page, isMobile }) => {
      test.skip(isMobile, "a phone has no keyboard");
      await page.goto(path);
      const { button, preview } = await citation(page, 1);
      await button.focus();
      await page.keyboard.press("Enter");
      await expect(preview).toBeVisible();
      await page.keyboard.press("Tab");
      await expect(preview.getByRole("link")).toBeFocused();
      await page.keyboard.press("Escape");
      await expect(preview).toBeHidden();
      await expect(button).toBeFocused();
      await page.keyboard.press("Space");
      await expect(preview).toBeVisible();
      await page.keyboard.press("Escape");
      await expect(preview).toBeHidden();
      await expect(button).toBeFocused();
    });
  });
}

test("the preview's Close button closes it, without JavaScript", async ({ page }) => {
  await page.goto(`/stories/${story.slug}`);
  const { button, preview } = await citation(page, 3);
  await button.click();
  await expect(preview).toBeVisible();
  await preview.getByRole("button", { name: "Close" }).click();
  await expect(preview).toBeHidden();
});

test("each citation mark is a target of 24 px or more, and hangs on the word before it", async ({ page }) => {
  await page.goto(`/stories/${story.slug}`);
  const found = await page.locator(".cited-passage > .citations").evaluateAll((marks) =>
    marks.map((mark) => {
      const buttons = [...mark.querySelectorAll("button.citation")].map((button) => button.getBoundingClientRect());
      // The last line box of the words before the mark, and the mark's first.
      const before = document.createRange();
      before.setStart(mark.parentElement!, 0);
      before.setEndBefore(mark);
      const words = [...before.getClientRects()].filter((rect) => rect.width > 0).at(-1);
      const first = mark.getClientRects()[0];
      return { small: buttons.filter((rect) => rect.width < 24 || rect.height < 24).length, alone: words ? Math.abs(words.bottom - first.bottom) > 4 : false };
    }),
  );
  expect(found.length).toBeGreaterThan(100);
  expect(found.filter((mark) => mark.small > 0)).toEqual([]);
  expect(found.filter((mark) => mark.alone)).toEqual([]);
});

test("at 1280 px the preview takes the margin column, from the top of its contents, which do not show past it", async ({ page, isMobile }) => {
  test.skip(isMobile, "the margin is a wide screen's");
  await page.goto(`/stories/${story.slug}`);
  await page.locator("#what-comes-next").scrollIntoViewIfNeeded();
  const contents = page.getByRole("navigation", { name: "In this explainer" });
  const { button, preview } = await citation(page, 60);
  await button.scrollIntoViewIfNeeded();
  await button.click();
  await expect(preview).toBeVisible();
  const [sheet, toc, text] = [await boxOf(preview), await boxOf(contents), await boxOf(page.locator(".prose"))];
  expect(sheet.x).toBeGreaterThanOrEqual(text.x + text.width);
  expect(Math.abs(sheet.x - toc.x)).toBeLessThanOrEqual(2);
  expect(sheet.y).toBeLessThanOrEqual(toc.y + 1);
  expect(sheet.y + sheet.height).toBeGreaterThanOrEqual(Math.min(toc.y + toc.height, page.viewportSize()!.height));
  expect(await preview.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe("rgba(0, 0, 0, 0)");
});

test("on a phone, a preview never covers the passage it belongs to, wherever the passage is on the screen", async ({ page, isMobile }) => {
  test.skip(!isMobile, "the phone layout");
  await page.goto(`/stories/${story.slug}`);
  const count = await page.locator("button.citation").count();
  for (const index of [0, Math.floor(count / 2), count - 1]) {
    const { button, preview } = await citation(page, index);
    const passage = button.locator("xpath=ancestor::span[contains(@class,'cited-passage')]");
    for (const where of ["top", "bottom"] as const) {
      // Put the passage near the top, then near the bottom, of the screen.
      await passage.evaluate((el, at) => el.scrollIntoView({ block: at === "top" ? "start" : "end", behavior: "instant" }), where);
      await button.click();
      await expect(preview).toBeVisible();
      const [shown, words] = [await boxOf(preview), await boxOf(passage)];
      expect(overlap(shown, words), `citation ${index}, passage at the ${where}`).toBe(false);
      expect(shown.height).toBeGreaterThan(60);
      await page.keyboard.press("Escape");
      await expect(preview).toBeHidden();
    }
  }
});

test("print shows each citation as ¶N, without its preview", async ({ page }) => {
  await page.goto(`/stories/${story.slug}`);
  await page.emulateMedia({ media: "print" });
  const { button, n, preview } = await citation(page, 0);
  await expect(button).toBeVisible();
  // What the page shows (the words for screen readers aside).
  const shown = await button.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll(".sr-only").forEach((hidden) => hidden.remove());
    return copy.textContent?.trim();
  });
  expect(shown).toBe(`¶${n}`);
  await expect(preview).toBeHidden();
});
