import { expect, test } from "@playwright/test";
import { spawnSync } from "node:child_process";
import fs from "node:fs";

test("next build refuses published content whose anchor is not in the source, in one line", async ({ isMobile }) => {
  test.skip(isMobile || Boolean(process.env.BASE_URL), "one build on this machine is enough");
  test.setTimeout(180_000);
  const dist = ".next-broken";
  const run = spawnSync("node", ["node_modules/next/dist/bin/next", "build"], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CONTENT_ROOTS: "e2e/fixtures/broken-content", NEXT_DIST_DIR: dist },
    encoding: "utf8",
  });
  fs.rmSync(dist, { recursive: true, force: true });
  expect(run.status).not.toBe(0);
  expect(run.stdout + run.stderr).toContain(
    'e2e/fixtures/broken-content/stories/broken/issues/tolls.mdx:7: anchors[1]: orphan: "the bridge collapsed" occurs in no paragraph of source.txt',
  );
});
