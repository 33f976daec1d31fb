/** The 1200×630 card shown when a page is shared: title and summary, set in a font shipped with the site. */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";
import { SITE_NAME } from "./metadata";

export const shareImageSize = { width: 1200, height: 630 };

const fontFile = (weight: 400 | 700) => path.join(process.cwd(), `node_modules/@fontsource/noto-serif/files/noto-serif-latin-${weight}-normal.woff`);

/** Cuts at a word boundary so the card never ends mid-word. */
function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, text.lastIndexOf(" ", max - 1))}…`;
}

export async function shareImage({ kicker, title, summary }: { kicker: string; title: string; summary: string }) {
  const [regular, bold] = await Promise.all([readFile(fontFile(400)), readFile(fontFile(700))]);
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", padding: 64, background: "#fafaf9", color: "#1c1917", fontFamily: "Noto Serif", borderTop: "16px solid #b45309" }}>
        <div style={{ display: "flex", flexDirection: "column" }}>
          <div style={{ fontSize: 28, color: "#57534e", textTransform: "uppercase", letterSpacing: 2 }}>{kicker}</div>
          <div style={{ fontSize: title.length > 70 ? 52 : 64, fontWeight: 700, lineHeight: 1.15, marginTop: 20 }}>{title}</div>
          <div style={{ fontSize: 30, lineHeight: 1.4, marginTop: 28, color: "#44403c" }}>{shorten(summary, 280)}</div>
        </div>
        <div style={{ fontSize: 28, fontWeight: 700 }}>{SITE_NAME}</div>
      </div>
    ),
    {
      ...shareImageSize,
      fonts: [
        { name: "Noto Serif", data: regular, weight: 400, style: "normal" },
        { name: "Noto Serif", data: bold, weight: 700, style: "normal" },
      ],
    },
  );
}
