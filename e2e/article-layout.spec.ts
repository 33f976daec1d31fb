import { expect, test, type Page } from "@playwright/test";
import { annotate } from "../lib/annotate";
import { citingPassages } from "../lib/document";
import { articlePath } from "../lib/paths";
import { anchoredWords, cardParagraphs, readerText, sampleIssues, shown, story } from "./site";

const article = `/stories/${story.slug}/article`;
const paragraphs = annotate(story);
const withNotes = paragraphs.filter((paragraph) => paragraph.notes.length > 0);
const numberOf = (slug: string) => story.issues.findIndex((issue) => issue.slug === slug) + 1;

type Box = { top: number; bottom: number; left: number; right: number };
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Page-relative boxes of every paragraph and of each note beside it (the margin notes and repeat lines). */
async function layout(page: Page) {
  return page.evaluate(() => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, right: r.right };
    };
    return [...document.querySelectorAll("p.article-paragraph")].map((p) => ({
      id: p.id,
      box: box(p),
      notes: [...(p.parentElement?.querySelectorAll(":scope > .issue-note") ?? [])].map(box),
    }));
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

test.describe("wide screens: one text column, notes beside it", () => {
  test.skip(({ isMobile }) => isMobile, "the margin exists from 1024 px up");
  test.use({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });

  test("the text is one column: no gap between paragraphs exceeds max(48 px, 2.5 × the median gap)", async ({ page }) => {
    await page.goto(article);
    const blocks = await layout(page);
    expect(blocks).toHaveLength(story.source.paragraphs.length);
    const gaps = blocks.slice(1).map((block, i) => block.box.top - blocks[i].box.bottom);
    const limit = Math.max(48, 2.5 * median(gaps));
    expect(gaps.filter((gap) => gap > limit), `gaps over ${limit} px`).toEqual([]);
  });

  test("each note starts at or below its paragraph, within a screen of it, with a median offset of at most 32 px", async ({ page }) => {
    await page.goto(article);
    const offsets = (await layout(page)).flatMap(({ id, box, notes }) => notes.map((note) => ({ id, offset: note.top - box.top })));
    expect(offsets.length).toBeGreaterThan(withNotes.length - 1);
    for (const { id, offset } of offsets) {
      expect(offset, id).toBeGreaterThanOrEqual(-1);
      expect(offset, id).toBeLessThanOrEqual(900);
    }
    expect(median(offsets.map(({ offset }) => offset))).toBeLessThanOrEqual(32);
  });

  test("every paragraph with highlights has a note level with it, in the margin, and notes overlap nothing", async ({ page }) => {
    await page.goto(article);
    const blocks = await layout(page);
    const notes = blocks.flatMap((block) => block.notes);
    for (const { id, box, notes: own } of blocks) {
      if (!withNotes.some((paragraph) => `p-${paragraph.number}` === id)) continue;
      expect(own.some((note) => note.top >= box.top - 1 && note.top <= box.bottom), `a note beside ${id}`).toBe(true);
    }
    for (const [i, note] of notes.entries()) {
      expect(note.left).toBeGreaterThanOrEqual(Math.max(...blocks.map((block) => block.box.right)));
      for (const other of notes.slice(i + 1)) expect(overlaps(note, other)).toBe(false);
      for (const { box } of blocks) expect(overlaps(note, box)).toBe(false);
    }
  });

  test("an issue's first note shows its summary; later ones only its number, named for screen readers, nothing cut short", async ({ page }) => {
    await page.goto(article);
    for (const issue of story.issues) {
      const [first, ...later] = cardParagraphs(issue.slug);
      const number = String(numberOf(issue.slug));
      const firstNote = page.locator(`#card-${issue.slug}-p${first}`);
      await expect(firstNote).toBeVisible();
      await expect(firstNote).toContainText(readerText(issue.summary.children));
      await expect(firstNote.locator(".issue-number")).toHaveText(number);
      for (const n of later) {
        const note = page.locator(`#card-${issue.slug}-p${n}`);
        await expect(note).toBeVisible();
        // What the eye sees is the number alone; its name says which issue it is.
        await expect(note.getByRole("link")).toHaveText(number);
        await expect(note.getByRole("link")).toHaveAccessibleName(`Issue ${number}: ${issue.meta.title}`);
        await expect(note).not.toContainText(readerText(issue.summary.children));
      }
    }
    expect(await page.locator(".issue-note-summary").count()).toBe(story.issues.length);
    for (const line of await page.locator(".issue-note.compact").all()) {
      expect(await line.evaluate((el) => getComputedStyle(el).textOverflow)).not.toBe("ellipsis");
      expect(await line.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    }
  });

  test("each highlight ends with its issue's number and links to its note beside the paragraph", async ({ page }) => {
    await page.goto(article);
    for (const { number, segments } of paragraphs) {
      for (const segment of segments.filter((s) => s.issues.length > 0)) {
        const target = `#card-${segment.issues[0]}-p${number}`;
        await expect(page.locator(`#p-${number} a.anchor-link[href="${target}"]`).first()).toBeAttached();
        await expect(page.locator(target)).toBeVisible();
      }
    }
    const [issue] = sampleIssues;
    const [n] = cardParagraphs(issue.slug);
    const words = anchoredWords(issue, n);
    const link = page.locator(`#p-${n} a.anchor-link[href="#card-${issue.slug}-p${n}"]`).first();
    await expect(link).toContainText(words.split(" ")[0]);
    // The number after the words is drawn by CSS; screen readers hear the issue the words belong to.
    const ending = page.locator(`#p-${n} a.anchor-link[data-ends~="${numberOf(issue.slug)}"]`).first();
    expect(await ending.evaluate((el) => getComputedStyle(el, "::after").content)).toContain(String(numberOf(issue.slug)));
    await expect(link).toHaveAccessibleDescription(new RegExp(`Issue ${numberOf(issue.slug)}: ${issue.meta.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
    await link.click();
    await expect(page).toHaveURL(new RegExp(`#card-${issue.slug}-p${n}$`));
    await expect(page.locator(`#card-${issue.slug}-p${n}`)).toBeInViewport();
  });

  test("hovering or focusing a highlight emphasises its note, and hovering the note emphasises the highlight", async ({ page }) => {
    await page.goto(article);
    const [issue] = sampleIssues;
    const [n] = cardParagraphs(issue.slug);
    const note = page.locator(`#card-${issue.slug}-p${n}`);
    const link = page.locator(`#p-${n} a.anchor-link[data-issues~="${issue.slug}"]`).first();
    const outline = () => note.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(await outline()).toBe("none");
    await link.hover();
    expect(await outline()).toBe("solid");
    await page.mouse.move(0, 0);
    expect(await outline()).toBe("none");
    await link.focus();
    expect(await outline()).toBe("solid");
    await link.blur();
    const mark = link.locator("mark");
    const before = await mark.evaluate((el) => getComputedStyle(el).backgroundColor);
    await note.hover();
    expect(await mark.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(before);
  });

  test("a highlight's underline, at full strength when focused, and its note's number share the issue's colour; at rest it is quieter", async ({ page }) => {
    await page.goto(article);
    const underlineOf = (n: number, slug: string) => page.locator(`#p-${n} a.anchor-link[data-issues="${slug}"]`).first();
    for (const issue of sampleIssues) {
      const [n] = cardParagraphs(issue.slug);
      const number = await page.locator(`#card-${issue.slug}-p${n} .issue-number`).evaluate((el) => getComputedStyle(el).textDecorationColor);
      const link = underlineOf(n, issue.slug);
      const atRest = await link.locator("mark").evaluate((el) => getComputedStyle(el).textDecorationColor);
      await link.focus();
      const focused = await link.locator("mark").evaluate((el) => getComputedStyle(el).textDecorationColor);
      await link.blur();
      expect(focused).toBe(number);
      expect(atRest).not.toBe(focused);
    }
    const colours = new Set<string>();
    for (const issue of story.issues.slice(0, 12)) {
      const [n] = cardParagraphs(issue.slug);
      if (n) colours.add(await page.locator(`#card-${issue.slug}-p${n} .issue-number`).evaluate((el) => getComputedStyle(el).textDecorationColor));
    }
    expect(colours.size).toBe(Math.min(12, story.issues.filter((issue) => cardParagraphs(issue.slug).length > 0).length));
  });

  test("in a one-issue view its marks show at full strength", async ({ page }) => {
    const [issue] = sampleIssues;
    const [n] = cardParagraphs(issue.slug);
    await page.goto(articlePath(story.slug, issue.slug));
    const number = await page.locator(`#card-${issue.slug}-p${n} .issue-number`).evaluate((el) => getComputedStyle(el).textDecorationColor);
    expect(await page.locator(`#p-${n} a.anchor-link[data-issues~="${issue.slug}"] mark`).first().evaluate((el) => getComputedStyle(el).textDecorationColor)).toBe(number);
  });
});

test.describe("narrow screens: notes after their paragraphs", () => {
  test.skip(({ isMobile }) => !isMobile, "below 1024 px the notes follow the text");
  test.use({ javaScriptEnabled: false });

  test("an issue's first note is a closed disclosure after its paragraph; later ones are compact lines", async ({ page }) => {
    await page.goto(article);
    for (const issue of sampleIssues) {
      const [first, ...later] = cardParagraphs(issue.slug);
      const paragraph = await page.locator(`#p-${first}`).boundingBox();
      const details = page.locator(`#p-${first} ~ details[data-issue="${issue.slug}"]`);
      await expect(details).toBeVisible();
      await expect(details).not.toHaveAttribute("open");
      const box = await details.boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(paragraph!.y + paragraph!.height);
      if (first < story.source.paragraphs.length) expect(box!.y + box!.height).toBeLessThanOrEqual((await page.locator(`#p-${first + 1}`).boundingBox())!.y);
      for (const n of later) {
        await expect(page.locator(`#p-${n} ~ details[data-issue="${issue.slug}"]`)).toHaveCount(0);
        await expect(page.locator(`#p-${n} ~ .issue-note-inline.compact [data-issue="${issue.slug}"] a`)).toHaveAccessibleName(new RegExp(`^Issue ${numberOf(issue.slug)}: ${issue.meta.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}, its summary at paragraph ${first}$`));
      }
    }
    // The margin notes are not shown, and take no room.
    for (const note of (await page.locator(".issue-note").all()).slice(0, 5)) expect((await note.boundingBox())?.height ?? 0).toBe(0);
  });

  test("a disclosure opens from the keyboard and reads its summary", async ({ page }) => {
    await page.goto(article);
    const [issue] = sampleIssues;
    const [n] = cardParagraphs(issue.slug);
    const details = page.locator(`#p-${n} ~ details[data-issue="${issue.slug}"]`);
    await details.locator("summary").focus();
    await page.keyboard.press("Enter");
    await expect(details).toHaveAttribute("open", "");
    await expect(details.getByText(readerText(issue.summary.children))).toBeVisible();
    await expect(details.getByRole("link", { name: `More on ${shown(issue.meta.title)}` })).toBeVisible();
  });

  test("a highlight takes the reader to the notes after its paragraph", async ({ page }) => {
    await page.goto(article);
    const [issue] = sampleIssues;
    const [n] = cardParagraphs(issue.slug);
    await page.locator(`#p-${n} a.anchor-link[href="#card-${issue.slug}-p${n}"]`).first().click();
    await expect(page).toHaveURL(new RegExp(`#card-${issue.slug}-p${n}$`));
    await expect(page.locator(`#p-${n} ~ details[data-issue="${issue.slug}"]`)).toBeInViewport();
  });
});

test("the original links back to the explainer's first passage that cites a paragraph, saying how many do", async ({ page }) => {
  await page.goto(article);
  const citing = citingPassages(story.body).get(1)!;
  const count = citing.reduce((n, { ids }) => n + ids.length, 0);
  const citedIn = page.locator("#p-1 + .cited-in");
  // One quiet link, its name saying what it is.
  const links = citedIn.getByRole("link");
  await expect(links).toHaveCount(1);
  await expect(links).toHaveText(count > 1 ? `In the explainer (${count})` : "In the explainer");
  await expect(links).toHaveAccessibleName(new RegExp(`^In the explainer: ${count > 1 ? `${count} passages cite` : "one passage cites"} paragraph 1; `));
  const href = (await links.first().getAttribute("href"))!;
  expect(href).toBe(`/stories/${story.slug}#${citing[0].ids[0]}`);
  await links.first().click();
  await expect(page).toHaveURL(href);
  const passage = page.locator(`#${href.split("#")[1]}`);
  await expect(passage).toBeInViewport();
  await expect(passage.getByRole("button", { name: "paragraph 1 of the original" })).toBeVisible();
  // The targeted passage is highlighted.
  expect(await passage.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe("rgba(0, 0, 0, 0)");
});
