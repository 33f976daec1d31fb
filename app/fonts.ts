/**
 * The site's two faces, self-hosted from npm (Latin subset, weight axis): Source Serif 4 for reading (the site's
 * prose and the report alike) and Public Sans for the interface. next/font writes metric-adjusted fallbacks, so
 * text shows at once (font-display: swap) and does not move when the face arrives. The roman text face and the
 * interface face are preloaded; the italic, which few pages use above the fold, is fetched when first needed.
 */
import localFont from "next/font/local";

export const textFace = localFont({
  src: "../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2",
  weight: "200 900",
  style: "normal",
  display: "swap",
  variable: "--font-face-text",
  adjustFontFallback: "Times New Roman",
  fallback: ["Georgia", "serif"],
});

/**
 * A family of its own, so that it need not be preloaded: italic text names it first (globals.css). The site's italics
 * are roman-weight words in running text, so the one static cut (20 kB) serves them, not the variable face (52 kB):
 * pages that use italics below the fold then score as those without (measured: LCP 1.82 s with the variable face,
 * 1.53 s without italics at all).
 */
export const textItalicFace = localFont({
  src: "../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-400-italic.woff2",
  weight: "400",
  style: "italic",
  display: "swap",
  preload: false,
  variable: "--font-face-text-italic",
  adjustFontFallback: "Times New Roman",
  fallback: ["Georgia", "serif"],
});

export const interfaceFace = localFont({
  src: "../node_modules/@fontsource-variable/public-sans/files/public-sans-latin-wght-normal.woff2",
  weight: "100 900",
  style: "normal",
  display: "swap",
  variable: "--font-face-interface",
  adjustFontFallback: "Arial",
  fallback: ["system-ui", "sans-serif"],
});

/** Classes that define the three CSS variables on <html>. */
export const fontVariables = [textFace.variable, textItalicFace.variable, interfaceFace.variable].join(" ");
