/**
 * The design's colour tokens (app/globals.css), both schemes: every pair that carries text reads at WCAG AA or
 * better, every mark that carries meaning beside its number stands out from the paper, and the twelve issue
 * colours stay far enough apart to tell apart at a glance.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import { describe, it } from "node:test";
import { cardColours } from "./share-image";

const css = fs.readFileSync("app/globals.css", "utf8");

function tokens(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--color-([a-z0-9-]+):\s*(#[0-9a-f]{6})\b/gi)].map(([, name, value]) => [name, value.toLowerCase()]));
}
const light = tokens(css.slice(css.indexOf("@theme"), css.indexOf("@media (prefers-color-scheme: dark)")));
const dark = { ...light, ...tokens(css.slice(css.indexOf("@media (prefers-color-scheme: dark)"), css.indexOf("@layer base"))) };

const channel = (hex: string, i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const luminance = (hex: string) => 0.2126 * linear(channel(hex, 0)) + 0.7152 * linear(channel(hex, 1)) + 0.0722 * linear(channel(hex, 2));
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};

function lab(hex: string): [number, number, number] {
  const [r, g, b] = [0, 1, 2].map((i) => linear(channel(hex, i)));
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const [x, y, z] = [(0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b, (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883];
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIEDE2000 colour difference. */
function deltaE(one: string, two: string): number {
  const [L1, a1, b1] = lab(one);
  const [L2, a2, b2] = lab(two);
  const rad = Math.PI / 180;
  const Cbar = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2;
  const G = 0.5 * (1 - Math.sqrt(Cbar ** 7 / (Cbar ** 7 + 25 ** 7)));
  const [x1, x2] = [(1 + G) * a1, (1 + G) * a2];
  const [C1, C2] = [Math.hypot(x1, b1), Math.hypot(x2, b2)];
  const hue = (b: number, a: number) => (Math.atan2(b, a) / rad + 360) % 360;
  const [h1, h2] = [hue(b1, x1), hue(b2, x2)];
  let dh = h2 - h1;
  if (C1 * C2 === 0) dh = 0;
  else if (dh > 180) dh -= 360;
  else if (dh < -180) dh += 360;
  const dH = 2 * Math.sqrt(C1 * C2) * Math.sin((dh / 2) * rad);
  const Lbar = (L1 + L2) / 2;
  const Cb = (C1 + C2) / 2;
  let hbar = h1 + h2;
  if (C1 * C2 !== 0) hbar = (Math.abs(h1 - h2) > 180 ? hbar + (hbar < 360 ? 360 : -360) : hbar) / 2;
  const T = 1 - 0.17 * Math.cos((hbar - 30) * rad) + 0.24 * Math.cos(2 * hbar * rad) + 0.32 * Math.cos((3 * hbar + 6) * rad) - 0.2 * Math.cos((4 * hbar - 63) * rad);
  const SL = 1 + (0.015 * (Lbar - 50) ** 2) / Math.sqrt(20 + (Lbar - 50) ** 2);
  const SC = 1 + 0.045 * Cb;
  const SH = 1 + 0.015 * Cb * T;
  const RT = -2 * Math.sqrt(Cb ** 7 / (Cb ** 7 + 25 ** 7)) * Math.sin(60 * Math.exp(-(((hbar - 275) / 25) ** 2)) * rad);
  const [dL, dC] = [L2 - L1, C2 - C1];
  return Math.sqrt((dL / SL) ** 2 + (dC / SC) ** 2 + (dH / SH) ** 2 + RT * (dC / SC) * (dH / SH));
}

/** Text and the grounds it is set on, as the components use them. */
const TEXT_PAIRS: [string, string][] = [
  ...["ink", "heading", "muted", "faint", "link", "link-hover", "ok", "warn", "danger"].flatMap((text): [string, string][] => [
    [text, "paper"],
    [text, "card"],
  ]),
  ["ink", "mark"],
  ["ink", "mark-strong"],
  ["link", "mark"],
  ["muted", "mark"],
  ["danger", "danger-soft"],
  ["paper", "preview"],
  ["paper", "ink"],
  ...["agreed", "one-account", "no-agreement", "no-movement", "not-reported"].map((status): [string, string] => [`status-${status}`, "paper"]),
];
const ISSUES = Array.from({ length: 12 }, (_, i) => `issue-${i + 1}`);

for (const [scheme, colours] of [
  ["light", light],
  ["dark", dark],
] as const) {
  describe(`colour tokens, ${scheme} scheme`, () => {
    it("every token the pairs name is defined", () => {
      for (const name of [...TEXT_PAIRS.flat(), ...ISSUES, "focus", "line"]) assert.match(colours[name] ?? "", /^#[0-9a-f]{6}$/, name);
    });

    it("text reads at 4.5:1 or better on every ground it is set on", () => {
      const low = TEXT_PAIRS.map(([text, ground]) => ({ pair: `${text} on ${ground}`, ratio: contrast(colours[text], colours[ground]) })).filter(({ ratio }) => ratio < 4.5);
      assert.deepEqual(low, []);
    });

    it("body text is soft rather than glaring, headings a step brighter, the focus ring and the issues' marks stand out at 3:1", () => {
      const body = contrast(colours.ink, colours.paper);
      assert.ok(body >= 7 && body <= (scheme === "dark" ? 12 : 18), `ink on paper ${body.toFixed(1)}:1`);
      assert.ok(contrast(colours.heading, colours.paper) >= body, `headings on paper ${contrast(colours.heading, colours.paper).toFixed(1)}:1`);
      assert.ok(contrast(colours.focus, colours.paper) >= 3);
      for (const issue of ISSUES) assert.ok(contrast(colours[issue], colours.paper) >= 3, `${issue} ${contrast(colours[issue], colours.paper).toFixed(1)}:1`);
    });

    it("the twelve issue colours are at least 15 ΔE00 apart, and 10 from the link colour", () => {
      for (const [i, one] of ISSUES.entries()) {
        for (const two of ISSUES.slice(i + 1)) assert.ok(deltaE(colours[one], colours[two]) >= 15, `${one}–${two}: ${deltaE(colours[one], colours[two]).toFixed(1)}`);
        assert.ok(deltaE(colours[one], colours.link) >= 10, `${one}–link: ${deltaE(colours[one], colours.link).toFixed(1)}`);
      }
    });
  });
}

describe("share cards", () => {
  it("are drawn in the light scheme's own colours, which Satori cannot read from the stylesheet", () => {
    for (const [role, value] of Object.entries(cardColours)) assert.equal(value, light[role], `--color-${role}`);
  });
});
