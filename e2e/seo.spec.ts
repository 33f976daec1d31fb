import { expect, test } from "@playwright/test";
import { parseFeed } from "@rowanmanning/feed-parser";
import { spawnSync } from "node:child_process";
import { issuePath, shareImagePath, storyPath } from "../lib/paths";
import { pageTypes, sampleIssue, sitemapPaths, story } from "./site";

const origin = process.env.SITE_URL ?? "http://localhost:3000";

/** The page's head, as a map from meta name or property to content. */
async function metaOf(page: import("@playwright/test").Page) {
  return page.evaluate(() => {
    const meta: Record<string, string> = {};
    for (const tag of document.querySelectorAll("meta[name], meta[property]")) meta[tag.getAttribute("name") ?? tag.getAttribute("property") ?? ""] = tag.getAttribute("content") ?? "";
    return { meta, canonical: document.querySelector('link[rel="canonical"]')?.getAttribute("href"), title: document.title, feed: document.querySelector('link[rel="alternate"][type="application/atom+xml"]')?.getAttribute("href") };
  });
}

test.describe("sharing metadata", () => {
  for (const { name, path, canonical } of pageTypes) {
    test(`${name} has a title, description, canonical URL, Open Graph and Twitter tags`, async ({ page }) => {
      await page.goto(path);
      const { meta, canonical: link, title, feed } = await metaOf(page);
      expect(title).toMatch(/Explainer/);
      expect(meta.description.length).toBeGreaterThan(40);
      expect(new URL(link ?? "").href).toBe(new URL(canonical, origin).href);
      expect(meta["og:title"]).toBeTruthy();
      expect(meta["og:description"]).toBe(meta.description);
      expect(meta["og:url"]).toBe(link);
      expect(meta["og:site_name"]).toBe("Explainer");
      expect(meta["og:image"]).toMatch(new RegExp(`^${origin}/.*opengraph-image`));
      expect(meta["og:image:width"]).toBe("1200");
      expect(meta["og:image:height"]).toBe("630");
      expect(meta["twitter:card"]).toBe("summary_large_image");
      expect(meta["twitter:title"]).toBe(meta["og:title"]);
      expect(meta["twitter:image"]).toBe(meta["og:image"]);
      expect(feed).toBe(`${origin}/feed.xml`);
    });
  }

  test("every Open Graph image answers 200 with a 1200×630 PNG", async ({ page, request }) => {
    const images = new Set<string>();
    for (const { path } of pageTypes) {
      await page.goto(path);
      images.add((await metaOf(page)).meta["og:image"]);
    }
    expect(images.size).toBeGreaterThanOrEqual(3);
    for (const image of images) {
      const response = await request.get(new URL(image).pathname + new URL(image).search);
      expect(response.status(), image).toBe(200);
      expect(response.headers()["content-type"]).toBe("image/png");
      const png = await response.body();
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], image).toEqual([1200, 630]);
    }
  });
});

test("a story's and an issue's share cards are drawn on first request as the content makes them, then served from the cache", async ({ request }) => {
  test.skip(Boolean(process.env.BASE_URL), "draws the card from this checkout's content, which an outside deployment may not serve");
  for (const [path, args] of [
    [shareImagePath(storyPath(story.slug)), [story.slug]],
    [shareImagePath(issuePath(story.slug, sampleIssue.slug)), [story.slug, sampleIssue.slug]],
  ] as const) {
    const first = await request.get(path);
    expect(first.status(), path).toBe(200);
    const drawn = spawnSync(process.execPath, ["--import", "tsx", "e2e/draw-card.ts", ...args], { maxBuffer: 8 * 1024 * 1024 });
    expect(drawn.status, drawn.stderr.toString()).toBe(0);
    expect(Buffer.compare(await first.body(), drawn.stdout), `${path} is the card lib/share-image.tsx draws`).toBe(0);
    const again = await request.get(path);
    expect(again.headers()["x-nextjs-cache"], path).toBe("HIT");
    expect(again.headers()["cache-control"]).toContain("s-maxage=");
    expect(Buffer.compare(await again.body(), drawn.stdout)).toBe(0);
  }
});

test.describe("structured data", () => {
  const jsonLd = async (page: import("@playwright/test").Page) =>
    (await page.locator('script[type="application/ld+json"]').allTextContents()).flatMap((text): Record<string, any>[] => [JSON.parse(text)].flat());

  test("the story is a NewsArticle based on the original, about each issue, with breadcrumbs", async ({ page }) => {
    await page.goto(`/stories/${story.slug}`);
    const data = await jsonLd(page);
    const article = data.find((item) => item["@type"] === "NewsArticle") as Record<string, any>;
    expect(article["@context"]).toBe("https://schema.org");
    expect(article.headline).toBe(story.meta.title);
    expect(article.datePublished).toBe(story.meta.published);
    expect(article.publisher).toMatchObject({ "@type": "NewsMediaOrganization", name: "Explainer" });
    expect(article.isBasedOn).toMatchObject({ "@type": "NewsArticle", datePublished: story.meta.source.date, publisher: { name: story.meta.source.publisher } });
    expect(article.about.map((thing: { name: string }) => thing.name)).toEqual(story.issues.map((issue) => issue.meta.title));
    const crumbs = data.find((item) => item["@type"] === "BreadcrumbList") as Record<string, any>;
    expect(crumbs.itemListElement.map((item: { position: number; item: string }) => [item.position, item.item])).toEqual([
      [1, `${origin}/`],
      [2, `${origin}/stories/${story.slug}`],
    ]);
  });

  test("an issue page has breadcrumbs down to the issue", async ({ page }) => {
    await page.goto(`/stories/${story.slug}/issues/${sampleIssue.slug}`);
    const crumbs = (await jsonLd(page)).find((item) => item["@type"] === "BreadcrumbList") as Record<string, any>;
    expect(crumbs.itemListElement.at(-1)).toMatchObject({ position: 3, name: sampleIssue.meta.title, item: `${origin}/stories/${story.slug}/issues/${sampleIssue.slug}` });
  });
});

test("the sitemap lists exactly the published pages", async ({ request }) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]).sort();
  expect(listed).toEqual(sitemapPaths.map((path) => `${origin}${path}`).sort());
});

test("robots.txt allows the site, keeps out the API and preview, and names the sitemap", async ({ request }) => {
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Allow: /");
  expect(robots).toContain("Disallow: /api/");
  expect(robots).toContain("Disallow: /preview");
  expect(robots).toContain(`Sitemap: ${origin}/sitemap.xml`);
});

test("the feed parses with a feed parser and holds every story and issue", async ({ request }) => {
  const response = await request.get("/feed.xml");
  expect(response.headers()["content-type"]).toContain("application/atom+xml");
  const feed = parseFeed(await response.text());
  expect(feed.meta.type).toBe("atom");
  expect(feed.title).toBe("Explainer");
  expect(feed.items).toHaveLength(1 + story.issues.length);
  expect(feed.items.map((item) => item.url)).toContain(`${origin}/stories/${story.slug}`);
  for (const issue of story.issues) expect(feed.items.map((item) => item.url)).toContain(`${origin}/stories/${story.slug}/issues/${issue.slug}`);
});

test("/favicon.ico answers with an icon", async ({ request }) => {
  const response = await request.get("/favicon.ico");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/x-icon");
});
