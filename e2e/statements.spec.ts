import { expect, test, type Page } from "@playwright/test";
import { passages } from "../lib/document";
import { issuePath, storyPath } from "../lib/paths";
import { checkedLine } from "../lib/wording";
import { story } from "./site";

// What a reader checks: every statement is cited or marked as ours, no quotation goes unchecked, and each citation says what was checked.
test.use({ javaScriptEnabled: false });

const readingPages = [storyPath(story.slug), ...story.issues.map((issue) => issuePath(story.slug, issue.slug))];

/** Every leaf paragraph and list item of the page's article, with whether it carries a citation or stands in a note of ours. */
const proseOf = (page: Page) =>
  page.locator("main article").evaluate((root) =>
    [...root.querySelectorAll("p, li")]
      .filter((el) => !el.querySelector("p, li") && el.textContent!.trim() !== "" && !el.closest("nav, blockquote.passage, .citation-preview, .page-line"))
      .map((el) => ({ text: el.textContent!.trim().slice(0, 80), cited: Boolean(el.querySelector(".citations")), ours: Boolean(el.closest(".site-note")) })),
  );

test.describe("every prose paragraph cites the report, or is marked as the site's own", () => {
  for (const path of readingPages) {
    test(path, async ({ page, isMobile }) => {
      test.skip(isMobile, "the same HTML at every width");
      await page.goto(path);
      const prose = await proseOf(page);
      expect(prose.filter((p) => p.cited).length).toBeGreaterThan(0);
      expect(prose.filter((p) => !p.cited && !p.ours)).toEqual([]);
      // A note of ours is labelled so where readers see it.
      for (const note of await page.locator(".site-note").all()) await expect(note.locator(".site-note-label")).toHaveText(/Our note|In our own words/);
    });
  }
});

test("no words stand in quotation marks without the check", async ({ page, isMobile }) => {
  test.skip(isMobile, "the same HTML at every width");
  for (const path of ["/", "/about", ...readingPages]) {
    await page.goto(path);
    // Text outside checked quotations (<q>), words quoted as words (.mention), the report's own text and code.
    const marks = await page.locator("main").evaluate((root) => {
      const found: string[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest("q, .mention, blockquote.passage, .citation-preview, code, script")) continue;
        const match = /["\u201C\u201D\u2018]|(?<![\p{L}\p{N}])'(?=\p{L})/u.exec(node.textContent ?? "");
        if (match) found.push((node.textContent ?? "").slice(Math.max(0, match.index - 30), match.index + 30));
      }
      return found;
    });
    expect(marks, path).toEqual([]);
  }
});

test("each citation's preview says what the build checked against its paragraph", async ({ page, isMobile }) => {
  test.skip(isMobile, "the same HTML at every width");
  await page.goto(storyPath(story.slug));
  const shown = new Map(await page.locator(".citation-preview").evaluateAll((previews) => previews.map((el) => [el.id, el.querySelector(".citation-checked")?.textContent ?? ""] as const)));
  // Every statement on the explainer: its body, its lead, the issues' summaries, the table's cells, the timeline (date and words together).
  const statements = [
    ...passages(story.body).map(({ passage }) => [passage]),
    [story.lead],
    ...story.issues.map((issue) => [issue.summary]),
    ...story.issues.flatMap((issue) => (issue.standing ? [[issue.standing.where], ...issue.standing.cells.flatMap(({ cell }) => (cell === "not reported" ? [] : [[cell]]))] : [])),
    ...story.timeline.map(({ text, label }) => [text, label]),
  ];
  let compared = 0;
  for (const group of statements) {
    for (const n of new Set(group.flatMap((passage) => passage.cites))) {
      const expected = checkedLine(group.flatMap((passage) => passage.checked.filter((check) => check.paragraph === n)), group.flatMap((passage) => passage.fromDateLine));
      expect(shown.get(`${group[0].id}-${n}`), `${group[0].id}, ¶${n}`).toBe(expected);
      compared++;
    }
  }
  expect(compared).toBeGreaterThan(100);
  // One a reader opens: a quotation checked word for word, with its names.
  const withQuote = passages(story.body).find(({ passage }) => passage.checked.some((check) => check.quotes > 0 && check.words.length > 0))!.passage;
  const n = withQuote.checked.find((check) => check.quotes > 0)!.paragraph;
  const button = page.locator(`#${withQuote.id} button.citation`, { hasText: `¶${n}` });
  await button.click();
  const preview = page.locator(`#${withQuote.id}-${n}`);
  await expect(preview).toBeVisible();
  await expect(preview.locator(".citation-checked")).toContainText("The build checked that this paragraph holds the quotation, word for word");
});
