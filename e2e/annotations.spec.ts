import { summaryText } from "../lib/content";
import { expect, test } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";
import { annotationsPath, issuePath, sourceTextPath } from "../lib/paths";
import { story } from "./site";

const origin = process.env.SITE_URL ?? "http://localhost:3000";
const onDisk = fs.readFileSync(path.join(story.dir, "source.txt"));

type Selector = { type: string; exact?: string; prefix?: string; suffix?: string; start?: number; end?: number };
type Annotation = { id: string; type: string; motivation: string; created: string; modified: string; body: Record<string, string>[]; target: { source: string; selector: Selector[] } };

test.describe("open annotations", () => {
  test.skip(({ isMobile }) => isMobile, "files, not layout: once is enough");

  test("the report as received is served as plain text, byte for byte", async ({ request }) => {
    const response = await request.get(sourceTextPath(story.slug));
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/plain; charset=utf-8");
    expect(Buffer.compare(await response.body(), onDisk)).toBe(0);
  });

  test("the article names its W3C Web Annotation file as an alternate", async ({ page, request }) => {
    await page.goto(`/stories/${story.slug}/article`);
    const href = await page.locator('link[rel="alternate"][type="application/ld+json"]').getAttribute("href");
    expect(new URL(href!, origin).pathname).toBe(annotationsPath(story.slug));
    const response = await request.get(annotationsPath(story.slug));
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe('application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"');
  });

  test("every annotation has the model's shape, and its selectors re-anchor on the served text", async ({ request }) => {
    const page = (await (await request.get(annotationsPath(story.slug))).json()) as { "@context": string; id: string; type: string; items: Annotation[] };
    expect(page["@context"]).toBe("http://www.w3.org/ns/anno.jsonld");
    expect(page.type).toBe("AnnotationPage");
    expect(page.id).toBe(`${origin}${annotationsPath(story.slug)}`);
    const anchors = story.issues.flatMap((issue) => issue.anchors.filter(({ anchor }) => anchor.status === "found"));
    expect(page.items).toHaveLength(anchors.length);
    const served = Array.from((await (await request.get(sourceTextPath(story.slug))).text()));
    const ids = new Set<string>();
    for (const item of page.items) {
      expect(item.type).toBe("Annotation");
      expect(new URL(item.id).pathname).toBe(annotationsPath(story.slug));
      ids.add(item.id);
      expect(["describing", "tagging"]).toContain(item.motivation);
      expect(Date.parse(item.created)).not.toBeNaN();
      expect(Date.parse(item.modified)).toBeGreaterThanOrEqual(Date.parse(item.created));
      const title = item.body.find((body) => body.purpose === "tagging")?.value;
      const issue = story.issues.find((candidate) => candidate.meta.title === title);
      expect(issue, title).toBeDefined();
      expect(item.body.find((body) => body.purpose === "describing")?.value).toBe(summaryText(issue!));
      expect(item.body.some((body) => body.id === `${origin}${issuePath(story.slug, issue!.slug)}`)).toBe(true);
      expect(item.target.source).toBe(`${origin}${sourceTextPath(story.slug)}`);
      const quote = item.target.selector.find((selector) => selector.type === "TextQuoteSelector")!;
      const position = item.target.selector.find((selector) => selector.type === "TextPositionSelector")!;
      expect(served.slice(position.start!, position.end!).join("")).toBe(quote.exact);
      expect(served.slice(Math.max(0, position.start! - 32), position.start!).join("")).toBe(quote.prefix);
      expect(served.slice(position.end!, position.end! + 32).join("")).toBe(quote.suffix);
    }
    expect(ids.size).toBe(page.items.length);
  });

  test("every passage link on the issue pages lands on words that are in the article", async ({ page }) => {
    const text = story.source.paragraphs.join("\n");
    let links = 0;
    for (const issue of story.issues) {
      await page.goto(issuePath(story.slug, issue.slug));
      for (const href of await page.locator("blockquote.passage footer a").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""))) {
        const [, paragraph, directive] = /#p-(\d+):~:text=(.+)$/.exec(href) ?? [];
        expect(directive, href).toBeTruthy();
        const paragraphText = story.source.paragraphs[Number(paragraph) - 1];
        for (const term of directive.split(",")) {
          const words = decodeURIComponent(term);
          expect(paragraphText, href).toContain(words);
          expect(text).toContain(words);
        }
        links++;
      }
    }
    expect(links).toBeGreaterThanOrEqual(story.issues.length);
  });
});
