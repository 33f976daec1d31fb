import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { withoutClientRuntime } from "./static-html";

describe("withoutClientRuntime", () => {
  const page = [
    '<html><head><link rel="stylesheet" href="/a.css"/><link rel="preload" as="script" fetchPriority="low" href="/_next/x.js"/>',
    '<script src="/_next/x.js" async=""></script><script src="/p.js" noModule=""></script></head><body><p>Text</p>',
    '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
    '<script>self.__next_f.push([1,"<p>payload</p>"])</script><script id="_R_">(globalThis.T||[]).push(1)</script></body></html>',
  ].join("");

  it("removes every script and script preload, keeping JSON-LD, styles and content", () => {
    assert.equal(
      withoutClientRuntime(page),
      '<html><head><link rel="stylesheet" href="/a.css"/></head><body><p>Text</p><script type="application/ld+json">{"@type":"NewsArticle"}</script></body></html>',
    );
  });

  it("is idempotent", () => {
    assert.equal(withoutClientRuntime(withoutClientRuntime(page)), withoutClientRuntime(page));
  });
});
