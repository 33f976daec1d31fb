import { expect, test } from "@playwright/test";
import { pages } from "./site";

test("public pages ship no JavaScript: everything they do is HTML and CSS", async ({ page }) => {
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(request.url());
  });
  for (const path of pages) {
    await page.goto(path);
    expect(await page.locator('script:not([type="application/ld+json"])').count(), path).toBe(0);
  }
  expect(scripts).toEqual([]);
});
