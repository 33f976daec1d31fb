// Screenshot a page as a reader first sees it, with JavaScript off, once its faces have loaded: always from the top,
// the masthead included (a first screen, or the whole page with full-page 1):
//   node scripts/screenshot.mjs URL out.png [mobile 0|1] [full-page 0|1] [dark 0|1]
// The README's screenshots: npm run screenshots (a server on :3000 first: npm start; ORIGIN=… for another).
import { chromium, devices } from "@playwright/test";
const [url, out, mobile, full, dark] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
const context = await browser.newContext({ ...(mobile === "1" ? devices["Pixel 7"] : { viewport: { width: 1280, height: 900 } }), javaScriptEnabled: false, colorScheme: dark === "1" ? "dark" : "light" });
const page = await context.newPage();
await page.goto(url);
await page.evaluate(() => document.fonts.ready);
// A URL with a #fragment would start scrolled: the first screen is the top of the page.
await page.evaluate(() => window.scrollTo({ top: 0, behavior: "instant" }));
await page.screenshot({ path: out, fullPage: full === "1" });
await browser.close();
