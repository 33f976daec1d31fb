/**
 * `npm run story:new`: a new story's folder from a report, ready for an editor to write in. Every place to write
 * holds an "Editor's guide:" line, which the checker refuses in published content: a story cannot go out half-written.
 */
import { createHash } from "node:crypto";
import { anchorQuote } from "./anchor";
import { decodeText, LIMITS } from "./guard";
import { SLUG } from "./paths";
import { parseSource } from "./source";

/** What the checker looks for: a line of the scaffold an editor has not yet replaced. */
export const GUIDE = "Editor's guide:";

export type ScaffoldInput = {
  slug: string;
  report: Buffer | null;
  reportName: string;
  /** Slugs already taken, in any content root. */
  taken: readonly string[];
  /** When the report reached the newsroom, YYYY-MM-DD. */
  received: string;
  /** The report's date when it has no date line. */
  date?: string;
  /** Who sent it, when its credit line does not say. */
  publisher?: string;
};

/** The agency a credit line names: "Associated Press writer Emily Wang contributed." → "Associated Press". */
export function publisherOf(credit: string | null): string | null {
  const match = credit && /^(?:The )?(.+?)\s+(?:staff\s+)?(?:writers?|reporters?|correspondents?|journalists?)\b/i.exec(credit);
  return match ? match[1] : null;
}

/** A quote of the first paragraph that occurs once in the report, for the example issue's anchor. */
function firstAnchor(paragraphs: string[]): string {
  const words = paragraphs[0].replace(/^[\p{Lu}][\p{Lu}\s,.'’-]*\([^)]{1,40}\)\s*/u, "").split(/\s+/).filter(Boolean);
  for (let n = Math.min(6, words.length); n <= words.length; n++) {
    const quote = words.slice(0, n).join(" ");
    if (anchorQuote(paragraphs, quote).status === "found") return quote;
  }
  return paragraphs[0].slice(0, 400);
}

const note = (text: string) => `<Note>\n\n${GUIDE} ${text}\n\n</Note>`;

/** The files of a new story, or one line saying why not. */
export function scaffoldStory(input: ScaffoldInput): { files: Record<string, string | Buffer>; summary: string[] } | { problem: string } {
  const { slug, report, reportName, received } = input;
  if (!SLUG.test(slug)) return { problem: `${JSON.stringify(slug)} is not a story name: use lower-case letters, digits and hyphens, such as water-deal-2024` };
  if (input.taken.includes(slug)) return { problem: `a story called ${slug} already exists` };
  if (report === null) return { problem: `${reportName}: no such file` };
  const decoded = decodeText(report, LIMITS.sourceBytes);
  if ("fault" in decoded) return { problem: `${reportName}:${decoded.fault.line}: ${decoded.fault.message}` };
  const source = parseSource(decoded.text);
  if (source.paragraphs.length === 0) return { problem: `${reportName}: the report is empty: it has no paragraphs` };
  const date = source.date ?? input.date;
  if (!date) return { problem: `${reportName} has no date line ("date YYYY-MM-DD" first): give the report's date with --date YYYY-MM-DD` };
  const publisher = input.publisher ?? publisherOf(source.credit);
  if (!publisher) return { problem: `cannot tell from ${reportName} who sent it (its credit line names no agency): give --publisher "Agency name"` };
  const sha256 = createHash("sha256").update(report).digest("hex");
  const index = `---
title: "${GUIDE} the explainer's headline"
description:
  text: "${GUIDE} the lead, what happened in brief, resting on the paragraphs in cite."
  cite: "1"
published: ${received}
status: draft
source:
  publisher: ${JSON.stringify(publisher)}
  date: ${date}
  sha256: ${sha256}
  received: ${received}
sides:
  - key: first
    label: "${GUIDE} the first side"
  - key: second
    label: "${GUIDE} the second side"
---

${note(`the lede, a sentence on what happened that ends with a citation of the paragraphs it rests on. See the report's paragraphs with npm run paragraphs -- ${slug}, check your work with npm run check -- --story ${slug}, and replace every guide before you publish.`)}

## Why it matters

${note("why the story matters, as the report tells it.")}

## Where each issue stands

<IssueTable />

## What happened

<Timeline />

${note("the events in order, each dated as far as the report allows; the timeline above comes from timeline: in the frontmatter.")}

## What each side said

${note("each side's position in its own words, attributed to whoever the report says spoke.")}

## What comes next

${note("what the report says comes next, with its hedges.")}

## Who's who

${note("every person the report names, with their role as it gives it.")}
`;
  const issue = `---
title: "${GUIDE} an issue the report raises"
summary:
  text: "${GUIDE} a short summary, resting on the paragraphs in cite: it stands beside the report."
  cite: "1"
status: draft
anchors:
  - ${JSON.stringify(firstAnchor(source.paragraphs))}
standing:
  first: not reported
  second: not reported
  status: not-reported
  cite: "1"
---

## What each side said

${note("what each side said of this issue. Rename this file (its name is the issue page's address), and add one file per issue.")}

## Where it stands

${note("where the issue stands, as the report gives it.")}
`;
  return {
    files: { "source.txt": report, "index.mdx": index, "issues/example-issue.mdx": issue },
    summary: [
      `${source.paragraphs.length} paragraphs${source.date ? `, date line ${source.date}` : `, no date line (source.date ${date})`}; ${source.credit ? `credit line: ${source.credit}` : "no credit line recognised."}`,
      `Pinned SHA-256 ${sha256}, received ${received}; publisher ${publisher}.`,
    ],
  };
}
