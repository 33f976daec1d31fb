import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { contentPaths, getStories, publicRoute } from "./site";

const s = "/stories/blinken-xi-beijing-2023";

describe("publicRoute", () => {
  it("knows every published page and its share image", () => {
    for (const path of [s, `${s}/`, `${s}/article`, `${s}/issues/taiwan`, `${s}/opengraph-image`, `${s}/issues/taiwan/opengraph-image`]) {
      assert.ok(publicRoute(path, null), path);
    }
  });

  it("knows each one-issue view's earlier address, as a redirect to the view on the article's page", () => {
    assert.deepEqual(publicRoute(`${s}/article`, "fentanyl"), { kind: "article-for-issue", path: `${s}/article?issue=fentanyl`, redirect: `${s}/article#only-fentanyl` });
  });

  it("knows nothing else", () => {
    for (const path of ["/stories/no-such-story", `${s}/issues/no-such-issue`, `${s}/article/taiwan`, `${s}/issues`, `${s}/extra`]) {
      assert.equal(publicRoute(path, null), undefined, path);
    }
    assert.equal(publicRoute(`${s}/article`, "no-such-issue"), undefined);
    assert.equal(publicRoute(`${s}/issues/taiwan`, "taiwan"), undefined);
  });
});

describe("contentPaths", () => {
  it("lists the home, about, the preview entry, and each story's explainer, article and issues: one-issue views are not pages", () => {
    const paths = contentPaths(getStories());
    const issues = getStories()[0].issues.length;
    assert.equal(paths.length, 3 + 2 + issues);
    assert.ok(!paths.some((path) => path.includes("?issue=")));
    assert.ok(paths.includes("/about"));
    assert.ok(paths.includes("/preview/enter"));
  });
});
