import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parse, serialize } from "parse5";
import { runtimeRanges, runtimeScripts, withoutClientRuntime, withoutClientRuntimeParsed } from "./static-html";

/** A page as a browser builds it: what readers get, whatever the bytes. */
const dom = (html: string) => serialize(parse(html));

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

  it("strips a page without parsing it, keeping every other byte, and the result reads as the full parse's", () => {
    assert.notEqual(runtimeRanges(page), null);
    const stripped = withoutClientRuntime(page);
    assert.equal(dom(stripped), dom(withoutClientRuntimeParsed(page)));
    assert.ok(stripped.startsWith('<!DOCTYPE html><html><head><link rel="stylesheet" href="/a.css"></head>'), stripped);
  });

  it("skips what only looks like a script: in comments, styles, titles and text areas", () => {
    const tricky = '<html><head><title>&lt;script&gt; <script></title><style>a::after{content:"<script>"}</style></head><body><!-- <script>x</script> --><textarea><script>1</script></textarea><p data-x="a&gt;b">t</p><script>real()</script></body></html>';
    const stripped = withoutClientRuntime(tricky);
    assert.equal(dom(stripped), dom(withoutClientRuntimeParsed(tricky)));
    assert.doesNotMatch(stripped, /real\(\)/);
    assert.match(stripped, /<!-- <script>x<\/script> -->/);
  });

  it("leaves to the full parse what the scanner is not sure of, and the result is the same", () => {
    for (const unsure of ["<p>a</p><script><!--<script></script>--></script><p>b</p>", "<p>a<script>never closed", "<p>a<!-- never closed <script>x</script>", "<plaintext><script>x</script>"]) {
      assert.equal(runtimeRanges(unsure), null, unsure);
      assert.equal(withoutClientRuntime(unsure), withoutClientRuntimeParsed(unsure));
      assert.deepEqual(runtimeScripts(withoutClientRuntime(unsure)), []);
    }
  });

  it("finds a script however its tag is written", () => {
    for (const variant of ["<SCRIPT>x()</SCRIPT>", "<script\tsrc=/a.js></script >", "<script/src='/a.js'></script>", '<script type="module">x</script\n>']) {
      const stripped = withoutClientRuntime(`<p>a</p>${variant}<p>b</p>`);
      assert.deepEqual(runtimeScripts(stripped), [], variant);
      assert.match(stripped, /<p>a<\/p><p>b<\/p>/, variant);
    }
  });
});
