/** Test helper: a throwaway content root written from a map of relative paths to file text. */
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

export const STORY = `---
title: A story
description: What happened.
published: 2023-06-19
status: published
source:
  publisher: Associated Press
  date: 2023-06-19
---

Blinken met Xi. <Cite p="1" />
`;

export function issueFile(fields: string, body = "Body. <Cite p=\"3\" />"): string {
  return `---\n${fields}\n---\n\n${body}\n`;
}

export const TRADE = `title: Trade
summary: Xi spoke of it.
status: published
anchors:
  - Xi spoke of trade`;
