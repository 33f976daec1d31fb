import { expect, test } from "@playwright/test";
import { pageTypes, story } from "./site";

const pagesToCheck = [...pageTypes.map((p) => p.path), "/no-such-page", "/feed.xml", "/sitemap.xml"];

test.describe("security headers", () => {
  for (const path of pagesToCheck) {
    test(`${path}`, async ({ request }) => {
      const headers = (await request.get(path)).headers();
      const csp = headers["content-security-policy"] ?? "";
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("base-uri 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain("unsafe-eval");
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(headers["permissions-policy"]).toContain("camera=()");
      expect(headers["x-powered-by"]).toBeUndefined();
    });
  }
});

test("pages work under their own Content-Security-Policy", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  for (const { path } of pageTypes) await page.goto(path, { waitUntil: "networkidle" });
  expect(violations).toEqual([]);
});

test.describe("bad requests get a plain 4xx and never echo their input", () => {
  const marker = "<script>alert(1)</script>";
  const cases: [string, string, number[]][] = [
    ["unknown story", `/stories/no-such-story-${encodeURIComponent(marker)}`, [404]],
    ["unknown issue", `/stories/${story.slug}/issues/${encodeURIComponent(marker)}`, [404]],
    ["dot-dot", `/stories/../../etc/passwd`, [404]],
    ["encoded traversal", `/stories/%2e%2e/%2e%2e/etc/passwd`, [404]],
    ["encoded slashes", `/stories/..%2f..%2fetc%2fpasswd`, [404]],
    ["double-encoded traversal", `/stories/%252e%252e%252fetc`, [404]],
    ["over-long path", `/stories/${"a".repeat(2000)}`, [400]],
    ["over-long query", `/stories/${story.slug}?q=${"a".repeat(2000)}`, [400]],
    ["markup in ?issue=", `/stories/${story.slug}/article?issue=${encodeURIComponent(marker)}`, [404]],
    ["unknown ?issue=", `/stories/${story.slug}/article?issue=no-such-issue`, [404]],
    ["empty ?issue=", `/stories/${story.slug}/article?issue=`, [404]],
  ];
  for (const [name, path, statuses] of cases) {
    test(name, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(statuses).toContain(response.status());
      const body = await response.text();
      expect(body).not.toContain(marker);
      expect(body).not.toContain("alert(1)");
      expect(body).not.toContain("etc/passwd");
    });
  }
});
