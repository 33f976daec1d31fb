import { expect, test, type Locator } from "@playwright/test";
import { cardParagraphs, story } from "./site";

const article = `/stories/${story.slug}/article`;
const checked = ["taiwan", "fentanyl", "military-to-military"];

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error(`no box for ${locator}`);
  return found;
}

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test.describe("desktop: cards in the margin", () => {
  test.skip(({ isMobile }) => isMobile, "the margin column exists from 1024 px up");

  for (const issue of checked) {
    test(`${issue} cards stand level with their paragraphs, right of the text`, async ({ page }) => {
      await page.goto(article);
      const numbers = cardParagraphs(issue);
      expect(numbers.length).toBeGreaterThan(0);
      for (const n of numbers) {
        const paragraph = await box(page.locator(`#p-${n}`));
        const card = page.locator(`#card-${issue}-p${n}`);
        await expect(card.getByRole("heading", { name: story.issues.find((i) => i.slug === issue)!.meta.title })).toBeVisible();
        const cardBox = await box(card);
        expect(cardBox.x).toBeGreaterThanOrEqual(paragraph.x + paragraph.width);
        // Level: the card's row starts with the paragraph; a card below another in the same row starts lower.
        expect(cardBox.y).toBeGreaterThanOrEqual(paragraph.y - 1);
        expect(cardBox.y).toBeLessThan(paragraph.y + Math.max(paragraph.height, 1) + (await page.locator(`#p-${n} ~ .article-cards aside`).count()) * 400);
        const first = await box(page.locator(`#p-${n} ~ .article-cards aside`).first());
        expect(Math.abs(first.y - paragraph.y)).toBeLessThanOrEqual(2);
      }
    });
  }

  test("no card overlaps another card or the text", async ({ page }) => {
    await page.goto(article);
    const cards = await Promise.all((await page.locator("aside.issue-card").all()).map(box));
    const paragraphs = await Promise.all((await page.locator("p.article-paragraph").all()).map(box));
    expect(cards.length).toBeGreaterThan(10);
    for (const [i, card] of cards.entries()) {
      for (const other of cards.slice(i + 1)) expect(overlaps(card, other)).toBe(false);
      for (const paragraph of paragraphs) expect(overlaps(card, paragraph)).toBe(false);
    }
  });
});

test.describe("mobile: cards as disclosures after their paragraphs", () => {
  test.skip(({ isMobile }) => !isMobile, "below 1024 px the cards fold into the text");

  for (const issue of checked) {
    test(`${issue} cards follow their paragraphs, closed until opened`, async ({ page }) => {
      await page.goto(article);
      for (const n of cardParagraphs(issue)) {
        const paragraph = await box(page.locator(`#p-${n}`));
        const details = page.locator(`#card-${issue}-p${n} details`);
        await expect(details).toBeVisible();
        await expect(details).not.toHaveAttribute("open");
        const cardBox = await box(details);
        expect(cardBox.y).toBeGreaterThanOrEqual(paragraph.y + paragraph.height);
        if (n < story.source.paragraphs.length) expect(cardBox.y + cardBox.height).toBeLessThanOrEqual((await box(page.locator(`#p-${n + 1}`))).y);
        expect(cardBox.x).toBeLessThan(paragraph.x + paragraph.width);
      }
    });
  }

  test("a card opens from the keyboard and reads its summary", async ({ page }) => {
    await page.goto(article);
    const taiwan = story.issues.find((i) => i.slug === "taiwan")!;
    const [n] = cardParagraphs("taiwan");
    const summary = page.locator(`#card-taiwan-p${n} summary`);
    await summary.focus();
    await page.keyboard.press("Enter");
    await expect(page.locator(`#card-taiwan-p${n} details`)).toHaveAttribute("open", "");
    await expect(page.locator(`#card-taiwan-p${n} details`).getByText(taiwan.meta.summary)).toBeVisible();
    await expect(page.locator(`#card-taiwan-p${n} details`).getByRole("link", { name: `More on ${taiwan.meta.title}` })).toBeVisible();
  });
});

test("anchored words are highlighted and link to their card", async ({ page }) => {
  await page.goto(article);
  const [n] = cardParagraphs("fentanyl");
  const mark = page.locator(`#p-${n} a.anchor-link[href="#card-fentanyl-p${n}"] mark`);
  await expect(mark).toHaveText("production of opiates");
  await mark.click();
  await expect(page).toHaveURL(new RegExp(`#card-fentanyl-p${n}$`));
  await expect(page.locator(`#card-fentanyl-p${n}`)).toBeInViewport();
});
