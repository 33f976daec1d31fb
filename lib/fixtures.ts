/** Test helper: a throwaway content root written from a map of relative paths to file text. */
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export function contentRoot(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "content-"));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
  return root;
}

export const SOURCE = " date 2023-06-19 \n\nBEIJING (AP) Blinken met Xi.\n\nThey spoke of Taiwan. Then of Taiwan again.\n\nXi spoke of trade.\n\nAssociated Press writer Emily Wang contributed.\n";

export const SOURCE_SHA256 = createHash("sha256").update(SOURCE).digest("hex");

export const STORY = `---
title: A story
description:
  text: Blinken and Xi met.
  cite: "1"
published: 2023-06-19
status: published
source:
  publisher: Associated Press
  date: 2023-06-19
  sha256: ${SOURCE_SHA256}
  received: 2023-06-19
sides:
  - key: us
    label: The U.S. side
  - key: china
    label: The Chinese side
---

Blinken met Xi. <Cite p="1" /> They spoke of Taiwan. <Cite p="2" /> Xi spoke of trade. <Cite p="3" />
`;

/** An issue's row in the table of where each issue stands; added to every fixture issue that has none. */
export const STANDING = `standing:
  us: not reported
  china:
    text: Xi spoke of trade.
    cite: "3"
  status: not-reported
  cite: "3"`;

export function issueFile(fields: string, body = "Body. <Cite p=\"3\" />"): string {
  return `---\n${fields}${fields.includes("standing:") ? "" : `\n${STANDING}`}\n---\n\n${body}\n`;
}

export const TRADE = `title: Trade
summary:
  text: Xi spoke of it.
  cite: "3"
status: published
anchors:
  - Xi spoke of trade`;
