import { expect, test } from "@playwright/test";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PREVIEW_ENTRY_PATH } from "../lib/paths";
import { pageTypes } from "./site";

const vnu = path.resolve("node_modules/vnu-jar/build/dist/vnu.jar");

test("the HTML of every page type passes the W3C Nu HTML Checker with no errors", async ({ request, isMobile }) => {
  test.skip(isMobile, "the same HTML is served to every device; checking it once is enough");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vnu-"));
  const files = [];
  for (const { name, path: url } of [...pageTypes, { name: "preview entry", path: PREVIEW_ENTRY_PATH }, { name: "not found", path: "/no-such-page" }]) {
    const file = path.join(dir, `${name.replace(/\W+/g, "-")}.html`);
    fs.writeFileSync(file, await (await request.get(url)).text());
    files.push(file);
  }
  const run = spawnSync("java", ["-jar", vnu, "--errors-only", "--format", "json", ...files], { encoding: "utf8" });
  expect(run.error, "java must be installed (scripts/install-system-packages.sh)").toBeUndefined();
  const messages = (JSON.parse(run.stderr || run.stdout).messages as { type: string; url: string; message: string; extract?: string }[]).filter((m) => m.type === "error");
  expect(messages.map((m) => `${path.basename(m.url)}: ${m.message} ${m.extract ?? ""}`)).toEqual([]);
});
