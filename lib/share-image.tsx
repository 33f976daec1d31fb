/** The 1200×630 card shown when a page is shared: title and summary, in the site's own faces, shipped with it. */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";
import { timedAsync } from "./build-timing";
import { leadText, summaryText, type Issue, type Story } from "./content";
import { SITE_NAME, SITE_TAGLINE } from "./metadata";

export const shareImageSize = { width: 1200, height: 630 };

/** The light scheme's tokens (app/globals.css); Satori cannot read CSS variables, and lib/design.test.ts keeps these equal. */
export const cardColours = { paper: "#fbfaf7", ink: "#1d1b18", muted: "#5b564e", line: "#dcd6cc" } as const;

// Satori reads WOFF, not WOFF2: the static cuts of the same two faces the pages use.
const face = (family: "source-serif-4" | "public-sans", weight: 400 | 600 | 700) =>
  path.join(process.cwd(), `node_modules/@fontsource/${family}/files/${family}-latin-${weight}-normal.woff`);

/** Cuts at a word boundary so the card never ends mid-word. */
function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, text.lastIndexOf(" ", max - 1))}…`;
}

export type Card = { kicker: string; title: string; summary: string };

/** What each card says: the site's, a story's, an issue's. */
export const siteCard = (): Card => ({ kicker: "Explainer", title: "News explained from the original report", summary: SITE_TAGLINE });
export const storyCard = (story: Story): Card => ({ kicker: "Explainer", title: story.meta.title, summary: leadText(story) });
export const issueCard = (story: Story, issue: Issue): Card => ({ kicker: `Issue · ${story.meta.title}`, title: issue.meta.title, summary: summaryText(issue) });

export async function shareImage(card: Card) {
  // The PNG is drawn when the response body is read; reading it here times the drawing, as the build pays for it.
  return timedAsync("images", async () => new Response(await (await draw(card)).arrayBuffer(), { headers: { "Content-Type": "image/png" } }));
}

async function draw({ kicker, title, summary }: Card) {
  const [text, textBold, ui] = await Promise.all([readFile(face("source-serif-4", 400)), readFile(face("source-serif-4", 700)), readFile(face("public-sans", 600))]);
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", padding: 64, background: cardColours.paper, color: cardColours.ink, fontFamily: "Source Serif 4", borderTop: `14px solid ${cardColours.ink}` }}>
        <div style={{ display: "flex", flexDirection: "column" }}>
          <div style={{ fontFamily: "Public Sans", fontSize: 26, fontWeight: 600, color: cardColours.muted, textTransform: "uppercase", letterSpacing: 2 }}>{kicker}</div>
          <div style={{ fontSize: title.length > 70 ? 54 : 64, fontWeight: 700, lineHeight: 1.12, marginTop: 20 }}>{title}</div>
          <div style={{ fontSize: 30, lineHeight: 1.4, marginTop: 28, color: cardColours.muted }}>{shorten(summary, 280)}</div>
        </div>
        <div style={{ fontFamily: "Public Sans", fontSize: 26, fontWeight: 600, borderTop: `2px solid ${cardColours.line}`, paddingTop: 22 }}>{SITE_NAME}</div>
      </div>
    ),
    {
      ...shareImageSize,
      fonts: [
        { name: "Source Serif 4", data: text, weight: 400, style: "normal" },
        { name: "Source Serif 4", data: textBold, weight: 700, style: "normal" },
        { name: "Public Sans", data: ui, weight: 600, style: "normal" },
      ],
    },
  );
}

/**
 * generateStaticParams of the story and issue cards: none at build. Each card is drawn on its first request and then
 * served from Next's cache like a prerendered file (and from the edge's), so a build does not pay ~13 cards a story.
 */
export const noShareImagesAtBuild = (): never[] => [];
