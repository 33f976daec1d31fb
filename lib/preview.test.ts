import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { previewTarget, secretMatches } from "./preview";

describe("secretMatches", () => {
  it("accepts only the configured secret", () => {
    assert.equal(secretMatches("s3cret", "s3cret"), true);
    assert.equal(secretMatches("s3cre", "s3cret"), false);
    assert.equal(secretMatches("", "s3cret"), false);
    assert.equal(secretMatches(null, "s3cret"), false);
  });
});

describe("previewTarget", () => {
  const known = ["/", "/stories/a", "/stories/a/article?issue=b"];

  it("returns the site's own path for a known page", () => {
    assert.equal(previewTarget("/stories/a", known), "/stories/a");
    assert.equal(previewTarget("/stories/a/article?issue=b", known), "/stories/a/article?issue=b");
  });

  it("returns nothing for anything else, however it is dressed up", () => {
    for (const attempt of ["//evil.example", "https://evil.example", "/\\evil.example", "javascript:alert(1)", "%2F%2Fevil.example", "/stories/a/", "/stories/a#x", "/STORIES/A", null]) {
      assert.equal(previewTarget(attempt, known), null, String(attempt));
    }
  });
});
