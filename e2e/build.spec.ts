import { expect, test } from "@playwright/test";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

// Symbolic links are skipped: the build links its external packages (node_modules/…) into the output, and those are not its writing.
const files = (dir: string): string[] =>
  fs.existsSync(dir)
    ? fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(path.join(dir, entry.name)) : entry.isFile() ? [path.join(dir, entry.name)] : []))
    : [];

test("next build refuses broken published content in one line per fault, and content can neither run code nor leak the environment", async ({ isMobile }) => {
  test.skip(isMobile || Boolean(process.env.BASE_URL), "one build on this machine is enough");
  test.setTimeout(240_000);
  const dist = ".next-broken";
  const secret = `canary-${process.pid}-ZQXSECRET`;
  const run = spawnSync("node", ["node_modules/next/dist/bin/next", "build"], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CONTENT_ROOTS: "e2e/fixtures/broken-content", NEXT_DIST_DIR: dist, PREVIEW_SECRET: secret },
    encoding: "utf8",
  });
  const leaked = files(dist).filter((file) => fs.readFileSync(file).includes(secret));
  fs.rmSync(dist, { recursive: true, force: true });
  expect(run.status).not.toBe(0);
  const output = run.stdout + run.stderr;
  expect(output).toContain('e2e/fixtures/broken-content/stories/broken/issues/tolls.mdx:9: anchors[1]: orphan: "the bridge collapsed" occurs in no paragraph of source.txt');
  // Skipping `npm run check` does not help: `next build` itself refuses an expression, and never evaluates it.
  expect(output).toContain("e2e/fixtures/broken-content/stories/broken/issues/tolls.mdx:14: body: {…} expressions are not allowed: content holds no code");
  expect(output).not.toContain(secret);
  expect(leaked).toEqual([]);
});
