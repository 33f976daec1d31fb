/**
 * Draws a share card outside the site, as lib/share-image.tsx draws it, and writes the PNG to stdout: for the test that
 * the card served on request is that card. Run with tsx (`next/og` resolves there as it does in Next, not in Playwright's
 * loader): `tsx e2e/draw-card.ts <story> [<issue>]`.
 */
import { issueCard, shareImage, storyCard } from "../lib/share-image";
import { findIssue, getStory } from "../lib/site";

const [storySlug, issueSlug] = process.argv.slice(2);
const story = getStory(storySlug);
const found = issueSlug ? findIssue(storySlug, issueSlug) : undefined;
if (!story || (issueSlug && !found)) {
  console.error(`No such story or issue: ${process.argv.slice(2).join(" ")}`);
  process.exit(2);
}
const response = await shareImage(found ? issueCard(found.story, found.issue) : storyCard(story));
process.stdout.write(Buffer.from(await response.arrayBuffer()));
