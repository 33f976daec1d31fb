import { expect, test, type Page } from "@playwright/test";
import { sections } from "../lib/document";
import { articlePath, issuePath, storyPath } from "../lib/paths";
import { sampleIssue, shown, story } from "./site";

// The site's own faces, at a readable measure, with its contents in the margin; asked of the browser, not the CSS.
test.use({ javaScriptEnabled: false });

const readingPages = [
  { name: "explainer", path: storyPath(story.slug), text: ".prose > p" },
  { name: "issue page", path: issuePath(story.slug, sampleIssue.slug), text: ".prose > p" },
  { name: "article", path: articlePath(story.slug), text: "p.article-paragraph" },
];

/** The faces the browser actually drew a node's text with (Chrome DevTools Protocol). */
async function facesOf(page: Page, selector: string) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
  const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
  expect(nodeId, selector).toBeGreaterThan(0);
  const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
  await cdp.detach();
  return fonts;
}

test.describe("text and headings render in the site's faces", () => {
  const cases = [
    { path: "/", selector: "h1", face: /Source Serif 4/ },
    { path: "/", selector: ".site-header nav a", face: /Public Sans/ },
    { path: storyPath(story.slug), selector: ".prose > p", face: /Source Serif 4/ },
    { path: storyPath(story.slug), selector: ".prose h2", face: /Source Serif 4/ },
    { path: storyPath(story.slug), selector: ".meta-line span", face: /Public Sans/ },
    { path: issuePath(story.slug, sampleIssue.slug), selector: ".prose > p", face: /Source Serif 4/ },
    { path: articlePath(story.slug), selector: "p.article-paragraph", face: /Source Serif 4/ },
    { path: articlePath(story.slug), selector: ".issue-note-title a", face: /Public Sans/ },
  ];
  for (const { path, selector, face } of cases) {
    test(`${path} ${selector}`, async ({ page }) => {
      await page.goto(path);
      await page.evaluate(() => document.fonts.ready);
      const fonts = await facesOf(page, selector);
      const main = [...fonts].sort((a, b) => b.glyphCount - a.glyphCount)[0];
      expect(main.familyName).toMatch(face);
      expect(main.isCustomFont).toBe(true);
    });
  }
});

test("no font request leaves the site, and no page loads more than 150 kB of fonts", async ({ page, baseURL }) => {
  for (const path of ["/", storyPath(story.slug), articlePath(story.slug), issuePath(story.slug, sampleIssue.slug), "/about"]) {
    const fonts = new Set<string>();
    const listener = (request: import("@playwright/test").Request) => {
      if (request.resourceType() === "font") fonts.add(request.url());
    };
    page.on("request", listener);
    await page.goto(path, { waitUntil: "networkidle" });
    await page.evaluate(() => document.fonts.ready);
    page.off("request", listener);
    expect(fonts.size, path).toBeGreaterThan(0);
    let bytes = 0;
    for (const url of fonts) {
      expect(new URL(url).origin, url).toBe(new URL(baseURL!).origin);
      bytes += (await (await page.request.get(url)).body()).length;
    }
    expect(bytes, path).toBeLessThanOrEqual(150 * 1024);
  }
});

/** Characters on each full line of a paragraph, read from its line boxes (the last line, usually short, left out). */
async function charactersPerLine(page: Page, selector: string): Promise<number[]> {
  return page.locator(selector).evaluateAll((paragraphs) =>
    paragraphs.slice(0, 8).flatMap((paragraph) => {
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      const lines = new Map<number, number>();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest(".citations, .citation-preview, .sr-only")) continue;
        const range = document.createRange();
        for (let i = 0; i < (node.textContent ?? "").length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getBoundingClientRect();
          if (rect.width === 0 && rect.height === 0) continue;
          const top = Math.round(rect.top);
          const line = [...lines.keys()].find((key) => Math.abs(key - top) < rect.height / 2) ?? top;
          lines.set(line, (lines.get(line) ?? 0) + 1);
        }
      }
      const counts = [...lines.entries()].sort(([a], [b]) => a - b).map(([, count]) => count);
      return counts.slice(0, -1);
    }),
  );
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

test.describe("body text reads at a comfortable measure", () => {
  for (const { name, path, text } of readingPages) {
    test(name, async ({ page, isMobile }) => {
      await page.goto(path);
      await page.evaluate(() => document.fonts.ready);
      const lines = await charactersPerLine(page, text);
      expect(lines.length).toBeGreaterThan(5);
      const [low, high] = isMobile ? [30, 55] : [55, 80];
      const typical = median(lines);
      expect(typical, `median characters per line: ${typical}`).toBeGreaterThanOrEqual(low);
      expect(typical).toBeLessThanOrEqual(high);
      // No full line of the text runs past the measure.
      expect(Math.max(...lines)).toBeLessThanOrEqual(high + 8);
    });
  }
});

test("the explainer's contents link every section: in the margin, in view while reading, at 1280 px; a closed disclosure under the dek on a phone", async ({ page, isMobile }) => {
  await page.goto(storyPath(story.slug));
  const contents = page.getByRole("navigation", { name: "In this explainer" });
  if (isMobile) {
    // Closed, so the first screen shows the story; its summary says how many sections it opens to.
    const summary = contents.locator("summary");
    await expect(contents.getByRole("link")).toHaveCount(0);
    await expect(summary).toHaveText(/^In this explainer \(\d+\)$/);
    await expect(page.locator(".prose > p").first()).toBeInViewport();
    await summary.click();
  }
  const expected = [...sections(story.body), { id: "issues", title: "The issues at stake" }, ...(story.corrections.length ? [{ id: "corrections", title: "Corrections" }] : [])];
  await expect(contents.getByRole("link")).toHaveText(expected.map(({ title }) => title));
  for (const [i, { id }] of expected.entries()) {
    await expect(contents.getByRole("link").nth(i)).toHaveAttribute("href", `#${id}`);
    await expect(page.locator(`#${id}`)).toHaveCount(1);
  }
  const nav = (await contents.boundingBox())!;
  const text = (await page.locator(".prose").boundingBox())!;
  if (isMobile) {
    // Under the dek, before the text.
    expect(nav.y + nav.height).toBeLessThanOrEqual(text.y);
    return;
  }
  expect(nav.x).toBeGreaterThanOrEqual(text.x + text.width + 16);
  await page.locator("#whos-who").scrollIntoViewIfNeeded();
  await expect(contents).toBeInViewport();
  // The section the reader goes to is the one the contents mark, and only it.
  const weight = async (name: RegExp) => Number(await contents.getByRole("link", { name }).evaluate((link) => getComputedStyle(link).fontWeight));
  const [who, happened] = [/^Who.s who$/, /^What happened$/];
  const unmarked = await weight(who);
  expect(await weight(happened)).toBe(unmarked);
  await contents.getByRole("link", { name: who }).click();
  await expect(page).toHaveURL(/#whos-who$/);
  expect(await weight(who)).toBeGreaterThan(unmarked);
  expect(await weight(happened)).toBe(unmarked);
});

test("copying a paragraph of the original gives the report's words exactly", async ({ page }) => {
  await page.goto(articlePath(story.slug));
  const copied = await page.locator("p.article-paragraph").evaluateAll((paragraphs) =>
    paragraphs.map((paragraph) => {
      const selection = getSelection()!;
      selection.removeAllRanges();
      const range = document.createRange();
      range.selectNodeContents(paragraph);
      selection.addRange(range);
      return selection.toString();
    }),
  );
  expect(copied).toEqual(story.source.paragraphs);
});

test("the explainer opens with its kicker, headline, dek and dateline: published, updated, reading time, source", async ({ page }) => {
  await page.goto(storyPath(story.slug));
  const head = page.locator(".reading-head");
  await expect(head.locator(".kicker")).toHaveText("Explainer");
  await expect(head.getByRole("heading", { level: 1 })).toHaveText(shown(story.meta.title));
  const meta = head.locator(".meta-line");
  await expect(meta).toContainText("Published");
  await expect(meta).toContainText(/\d+ min read/);
  await expect(head.locator(".source-line")).toHaveText(new RegExp(`^Source: ${story.meta.source.publisher.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}, `));
  await expect(meta).toBeInViewport();
  // Each item of the meta line stays on one line.
  for (const item of await meta.locator(":scope > span").all()) expect((await item.boundingBox())!.height).toBeLessThan(24);
});

test("every reading page's text column starts at one x, and the masthead with it, at 1280 px", async ({ page, isMobile }) => {
  test.skip(isMobile, "the grid of a wide screen");
  const starts: Record<string, number> = {};
  for (const [name, path, selector] of [
    ["home", "/", "main h1"],
    ["explainer", storyPath(story.slug), ".prose > p"],
    ["issue page", issuePath(story.slug, sampleIssue.slug), ".prose > p"],
    ["article", articlePath(story.slug), "p.article-paragraph"],
    ["about", "/about", "main h1"],
  ]) {
    await page.goto(path);
    starts[name] = Math.round((await page.locator(selector).first().boundingBox())!.x);
    starts[`${name} masthead`] = Math.round((await page.locator(".site-name").boundingBox())!.x);
  }
  expect(new Set(Object.values(starts)).size, JSON.stringify(starts)).toBe(1);
});

test("on a phone the masthead is one line, the site's name and its link", async ({ page, isMobile }) => {
  test.skip(!isMobile, "the phone layout");
  await page.goto(storyPath(story.slug));
  await expect(page.locator(".site-tagline")).toBeHidden();
  const [name, link] = [await page.locator(".site-name").boundingBox(), await page.locator(".site-header nav a").boundingBox()];
  expect(Math.abs(name!.y + name!.height - (link!.y + link!.height))).toBeLessThan(8);
});

test("the original has a heading of its own, not the explainer's headline, under its agency and date", async ({ page }) => {
  await page.goto(articlePath(story.slug));
  const head = page.locator(".article-head");
  await expect(head.getByRole("heading", { level: 1 })).toHaveText("The report in full");
  await expect(head).not.toContainText(shown(story.meta.title));
  await expect(head.locator(".kicker")).toHaveText(new RegExp(`^${story.meta.source.publisher.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} · \\d{1,2} \\w+ \\d{4}$`));
  const [title, meta] = [await head.locator("h1").boundingBox(), await head.locator(".meta-line").boundingBox()];
  expect(meta!.y - (title!.y + title!.height)).toBeGreaterThanOrEqual(15);
});

test("red is kept for the status: kickers and the timeline's dates are set in the muted ink", async ({ page }) => {
  await page.goto(storyPath(story.slug));
  const colour = (selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).color);
  const muted = await colour(".meta-line");
  expect(await colour(".kicker")).toBe(muted);
  expect(await colour(".timeline time")).toBe(muted);
  expect(await colour('.standing-status[data-status="no-agreement"]')).not.toBe(muted);
});
