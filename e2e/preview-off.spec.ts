import { expect, test } from "@playwright/test";

test("without PREVIEW_SECRET the preview route says preview is off and sets no cookie", async ({ request }) => {
  test.skip(Boolean(process.env.BASE_URL), "a deployment may have a preview secret set");
  const response = await request.get("/api/preview?secret=anything&path=/", { maxRedirects: 0 });
  expect(response.status()).toBe(503);
  expect(await response.text()).toContain("Preview is off");
  expect(response.headers()["set-cookie"]).toBeUndefined();
});
