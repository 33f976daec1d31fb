import { expect, test } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";
import { previewDistDir, previewSecret } from "../../playwright.config";
import { MARKER } from "./fixtures";

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
}

test("no file the build wrote holds a draft's marker: not under static/, not among the prerendered pages", () => {
  test.skip(Boolean(process.env.PREVIEW_BASE_URL), "the build output is only on this machine when the suite built it");
  const dist = path.resolve(previewDistDir);
  const written = [...files(path.join(dist, "static")), ...files(path.join(dist, "server"))];
  expect(written.length).toBeGreaterThan(20);
  // The marker is in the fixture drafts the build read; it must not be in anything it wrote.
  expect(written.filter((file) => fs.readFileSync(file).includes(MARKER))).toEqual([]);
  // A draft fixture writes {process.env.PREVIEW_SECRET}; the build had it set, and never evaluated it.
  expect(written.filter((file) => fs.readFileSync(file).includes(previewSecret))).toEqual([]);
  // The check can see the published fixture, so it would see a draft's text if it leaked.
  expect(written.some((file) => fs.readFileSync(file).includes("Published fixture story"))).toBe(true);
});
