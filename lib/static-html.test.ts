import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { runtimeScripts, withoutClientRuntime } from "./static-html";

// The build's own pages are checked in e2e/static-step.spec.ts; these pin the parser's edge cases.
describe("withoutClientRuntime", () => {
  const page = [
    '<!DOCTYPE html><html><head><link rel="stylesheet" href="/a.css"><link rel="preload" as="script" href="/_next/x.js"><link rel="modulepreload" href="/m.js">',
    '<script src="/_next/x.js" async></script><script src="/p.js" nomodule></script></head><body><p>Text with &lt;script&gt; in it</p>',
    '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
    '<template><script>self.x=1</script></template><script>self.__next_f.push([1,"</p>"])</script></body></html>',
  ].join("");

  it("removes every script and script preload, and keeps JSON-LD, styles and text", () => {
    const stripped = withoutClientRuntime(page);
    assert.deepEqual(runtimeScripts(stripped), []);
    assert.match(stripped, /<script type="application\/ld\+json">\{"@type":"NewsArticle"\}<\/script>/);
    assert.match(stripped, /<link rel="stylesheet" href="\/a.css">/);
    assert.doesNotMatch(stripped, /preload|x\.js|m\.js/);
    assert.match(stripped, /<p>Text with &lt;script&gt; in it<\/p>/);
  });

  it("finds scripts that a text search would miss or mistake", () => {
    assert.deepEqual(runtimeScripts('<p>&lt;script&gt;</p><SCRIPT SRC="/a.js"></SCRIPT><template><script>1</script></template>'), ['<script src="/a.js">', "<script>"]);
  });

  it("is idempotent", () => {
    assert.equal(withoutClientRuntime(withoutClientRuntime(page)), withoutClientRuntime(page));
  });
});
