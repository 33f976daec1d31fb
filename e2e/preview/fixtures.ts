/** The preview fixtures (e2e/fixtures/content), as the preview server built with them sees them. */
import path from "node:path";
import type { Page } from "@playwright/test";
import { loadContent } from "../../lib/content";
import { previewContentRoots, previewSecret } from "../../playwright.config";

export { previewSecret };
export const MARKER = "ZQXDRAFTMARKER";
export const previewContent = loadContent(previewContentRoots.split(":").map((root) => path.resolve(root)));
export const draftStory = "/stories/draft-fixture";
export const draftIssue = "/stories/preview-fixture/issues/ferry-timetable";
export const publishedStory = "/stories/preview-fixture";

/**
 * Headers that make a request come from its own client: the server trusts X-Forwarded-For from loopback (the edge),
 * so each test that guesses wrong names a client of its own (documentation addresses) and locks out no other test.
 */
export const fromClient = (address: string) => ({ "x-forwarded-for": address });

export const previewURL = (target: string, secret = previewSecret) => `/api/preview?secret=${encodeURIComponent(secret)}&path=${encodeURIComponent(target)}`;

export async function startPreview(page: Page, target: string) {
  const response = await page.goto(previewURL(target));
  return response;
}
