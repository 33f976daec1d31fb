/** The story cache: what it returns is what a fresh read returns, and a changed story is always read afresh. */
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { loadContent, type StoryCache, type StoryResult } from "./content";
import { diskStoryCache, engineFingerprint, pruneStoryCache } from "./content-cache";
import { contentRoot, issueFile, SOURCE, STORY, TRADE } from "./fixtures";

const S = "stories/s";
const valid = { [`${S}/source.txt`]: SOURCE, [`${S}/index.mdx`]: STORY, [`${S}/issues/trade.mdx`]: issueFile(TRADE) };

/** A disk cache in a folder of its own, counting what it served and what it stored. */
function countingCache(engine = "engine-1", dir = fs.mkdtempSync(path.join(os.tmpdir(), "story-cache-"))) {
  const cache = diskStoryCache({ dir, engine })!;
  const counts = { hits: 0, stores: 0 };
  const counting: StoryCache = {
    key: cache.key,
    get: (key) => {
      const result = cache.get(key);
      if (result) counts.hits++;
      return result;
    },
    set: (key, result: StoryResult) => {
      counts.stores++;
      cache.set(key, result);
    },
  };
  return { cache: counting, counts, dir };
}

describe("the story cache", () => {
  it("serves the real story exactly as a fresh read makes it, findings and drafts included", () => {
    const { cache, counts } = countingCache();
    const fresh = loadContent(["content", "e2e/fixtures/content"]);
    const first = loadContent(["content", "e2e/fixtures/content"], process.cwd(), { cache });
    assert.deepEqual(counts, { hits: 0, stores: fs.readdirSync("content/stories").length + fs.readdirSync("e2e/fixtures/content/stories").length });
    const second = loadContent(["content", "e2e/fixtures/content"], process.cwd(), { cache });
    assert.equal(counts.hits, counts.stores, "the second read came whole from the cache");
    assert.deepStrictEqual(first, fresh);
    assert.deepStrictEqual(second, fresh);
  });

  it("reads a story afresh when any of its files changes, and when the engine changes", () => {
    const root = contentRoot(valid);
    const { cache, counts, dir } = countingCache();
    loadContent([root], root, { cache });
    fs.writeFileSync(path.join(root, S, "issues/trade.mdx"), issueFile(TRADE.replace("title: Trade", "title: Trade and chips")));
    const changed = loadContent([root], root, { cache });
    assert.equal(counts.hits, 0);
    assert.deepStrictEqual(changed, loadContent([root], root));
    assert.equal(changed.stories[0].issues[0].meta.title, "Trade and chips");
    // A new file in the folder (an earlier version of the report, say) is a change too.
    fs.writeFileSync(path.join(root, S, "versions.txt"), "x");
    loadContent([root], root, { cache });
    assert.equal(counts.hits, 0);
    loadContent([root], root, { cache });
    assert.equal(counts.hits, 1);
    const otherEngine = countingCache("engine-2", dir);
    loadContent([root], root, { cache: otherEngine.cache });
    assert.equal(otherEngine.counts.hits, 0);
  });

  it("reads a story afresh when its entry is damaged", () => {
    const root = contentRoot(valid);
    const { cache, counts, dir } = countingCache();
    const fresh = loadContent([root], root, { cache });
    for (const file of fs.readdirSync(dir)) fs.writeFileSync(path.join(dir, file), "not a cache entry");
    assert.deepStrictEqual(loadContent([root], root, { cache }), fresh);
    assert.equal(counts.hits, 0);
  });

  it("still reports a slug taken twice, across content roots", () => {
    const twice = Object.fromEntries(Object.entries(valid).flatMap(([file, text]) => [[`one/${file}`, text], [`two/${file}`, text]]));
    const root = contentRoot(twice);
    const { cache } = countingCache();
    for (let run = 0; run < 2; run++) {
      const { findings } = loadContent([path.join(root, "one"), path.join(root, "two")], root, { cache });
      assert.deepEqual(findings.map((finding) => `${finding.file}: ${finding.message}`), ['two/stories/s/index.mdx: duplicate story slug "s": also one/stories/s/index.mdx']);
    }
  });

  it("is keyed on the engine's own sources, and removes entries unused for two weeks", () => {
    assert.match(engineFingerprint() ?? "", /^[0-9a-f]{64}$/);
    assert.equal(engineFingerprint(fs.mkdtempSync(path.join(os.tmpdir(), "no-engine-"))), null);
    assert.equal(diskStoryCache({ engine: null }), undefined);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "story-cache-"));
    fs.writeFileSync(path.join(dir, "old.bin"), "");
    fs.writeFileSync(path.join(dir, "new.bin"), "");
    const old = new Date(Date.now() - 15 * 24 * 3600 * 1000);
    fs.utimesSync(path.join(dir, "old.bin"), old, old);
    assert.equal(pruneStoryCache(dir), 1);
    assert.deepEqual(fs.readdirSync(dir), ["new.bin"]);
  });
});
