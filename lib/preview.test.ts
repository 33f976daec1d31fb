import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { clientAddress, previewOff, previewTarget, secretMatches } from "./preview";

describe("secretMatches", () => {
  it("accepts only the configured secret", () => {
    assert.equal(secretMatches("s3cret", "s3cret"), true);
    assert.equal(secretMatches("s3cre", "s3cret"), false);
    assert.equal(secretMatches("", "s3cret"), false);
    assert.equal(secretMatches(null, "s3cret"), false);
  });
});

describe("previewOff", () => {
  it("keeps preview off without a secret, or with one shorter than 32 characters or made of one repeated character", () => {
    for (const weak of [undefined, "", "preview", "e2e-preview-secret", "x".repeat(31), "a".repeat(32), "a".repeat(100), "🔑".repeat(40)]) {
      assert.match(previewOff(weak) ?? "", /^Preview is off on this server: /, String(weak));
    }
    assert.match(previewOff("x".repeat(31)) ?? "", /too weak.*openssl rand -base64 32/);
  });

  it("lets a long, varied secret open preview", () => {
    for (const strong of ["kq3Ffb2s3Vm+8rQZy1x0cTJv6nB4wEoLh9dUaPgYiRs=", "ab".repeat(16), "0123456789abcdef0123456789abcdef"]) {
      assert.equal(previewOff(strong), null, strong);
    }
  });

  it("counts characters, not UTF-16 units", () => {
    // 16 emoji are 32 UTF-16 units but 16 characters.
    assert.notEqual(previewOff("🔑🗝".repeat(8)), null);
  });

  it("never repeats the secret in its reason", () => {
    assert.ok(!previewOff("hunter2-hunter2")?.includes("hunter2"));
  });
});

describe("clientAddress", () => {
  it("is the rightmost X-Forwarded-For entry: the one the trusted edge added", () => {
    assert.equal(clientAddress(new Headers({ "x-forwarded-for": "198.51.100.7" })), "198.51.100.7");
    // A client's own X-Forwarded-For comes first; the edge appends the address it saw.
    assert.equal(clientAddress(new Headers({ "x-forwarded-for": "10.0.0.1, 198.51.100.7" })), "198.51.100.7");
    assert.equal(clientAddress(new Headers({ "x-forwarded-for": "spoofed,2001:db8::1 " })), "2001:db8::1");
  });

  it("names an IPv4 client the same way whether it came through the edge or straight to a dual-stack socket", () => {
    assert.equal(clientAddress(new Headers({ "x-forwarded-for": "::ffff:192.0.2.1" })), "192.0.2.1");
    assert.equal(clientAddress(new Headers({ "x-forwarded-for": "::ffff:c000:201" })), "::ffff:c000:201");
  });

  it("is one shared key when nothing says who asked", () => {
    assert.equal(clientAddress(new Headers()), "unknown");
    assert.equal(clientAddress(new Headers({ "x-forwarded-for": " , " })), "unknown");
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
