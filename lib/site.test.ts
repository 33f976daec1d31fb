import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { contentPaths, getStories, publicPageExists } from "./site";

const s = "/stories/blinken-xi-beijing-2023";

describe("publicPageExists", () => {
  it("knows every published page, its share image and the one-issue view's rewrite target", () => {
    for (const path of [s, `${s}/`, `${s}/article`, `${s}/issues/taiwan`, `${s}/opengraph-image`, `${s}/issues/taiwan/opengraph-image`, `${s}/article/taiwan`]) {
      assert.equal(publicPageExists(path, null), true, path);
    }
    assert.equal(publicPageExists(`${s}/article`, "fentanyl"), true);
  });

  it("knows nothing else", () => {
    for (const path of ["/stories/no-such-story", `${s}/issues/no-such-issue`, `${s}/article/no-such-issue`, `${s}/issues`, `${s}/extra`]) {
      assert.equal(publicPageExists(path, null), false, path);
    }
    assert.equal(publicPageExists(`${s}/article`, "no-such-issue"), false);
    assert.equal(publicPageExists(`${s}/issues/taiwan`, "taiwan"), false);
  });
});

describe("contentPaths", () => {
  it("lists the home, about, the preview entry, and each story's explainer, article, issues and one-issue views", () => {
    const paths = contentPaths(getStories());
    const issues = getStories()[0].issues.length;
    assert.equal(paths.length, 3 + 2 + 2 * issues);
    assert.ok(paths.includes(`${s}/article?issue=taiwan`));
    assert.ok(paths.includes("/about"));
    assert.ok(paths.includes("/preview/enter"));
  });
});
