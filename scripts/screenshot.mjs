// Screenshot a page as a reader sees it, with JavaScript off, once its faces have loaded:
//   node scripts/screenshot.mjs URL out.png [mobile 0|1] [full-page 0|1] [CSS selector to scroll to the top] [dark 0|1]
// The README's screenshots: npm run screenshots (a server on :3000 first: npm start).
import { chromium, devices } from "@playwright/test";
const [url, out, mobile, full, selector, dark] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
const context = await browser.newContext({ ...(mobile === "1" ? devices["Pixel 7"] : { viewport: { width: 1280, height: 900 } }), javaScriptEnabled: false, colorScheme: dark === "1" ? "dark" : "light" });
const page = await context.newPage();
await page.goto(url);
await page.evaluate(() => document.fonts.ready);
if (selector) await page.locator(selector).first().evaluate((el) => el.scrollIntoView({ block: "start", behavior: "instant" }));
await page.screenshot({ path: out, fullPage: full === "1" });
await browser.close();
