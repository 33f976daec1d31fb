/** After `next build`: strips the client runtime from every prerendered page (see lib/static-html.ts). */
import fs from "node:fs";
import path from "node:path";
import { withoutClientRuntime } from "../lib/static-html";

const app = path.join(process.env.NEXT_DIST_DIR || ".next", "server", "app");
// The bench's bare page is the framework's floor as Next ships it, so it keeps its scripts.
const keep = [path.join(app, "bench")];

function htmlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (keep.includes(full)) return [];
    return entry.isDirectory() ? htmlFiles(full) : entry.name.endsWith(".html") ? [full] : [];
  });
}

let before = 0;
let after = 0;
const files = htmlFiles(app);
for (const file of files) {
  const html = fs.readFileSync(file, "utf8");
  const stripped = withoutClientRuntime(html);
  before += html.length;
  after += stripped.length;
  fs.writeFileSync(file, stripped);
}
console.log(`Static pages: removed the client runtime from ${files.length} prerendered pages (${Math.round(before / 1024)} kB → ${Math.round(after / 1024)} kB of HTML).`);
