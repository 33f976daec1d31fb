// Screenshot a page as a reader sees it, with JavaScript off:
//   node scripts/screenshot.mjs URL out.png [mobile 0|1] [full-page 0|1] [CSS selector to scroll to the top]
// The README's screenshots: node scripts/screenshot.mjs http://localhost:3000/stories/blinken-xi-beijing-2023/article docs/screenshots/article-1280.png 0 0 '#p-6'
import { chromium, devices } from "@playwright/test";
const [url, out, mobile, full, selector] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
const context = await browser.newContext({ ...(mobile === "1" ? devices["Pixel 7"] : { viewport: { width: 1280, height: 900 } }), javaScriptEnabled: false });
const page = await context.newPage();
await page.goto(url);
if (selector) await page.locator(selector).first().evaluate((el) => el.scrollIntoView({ block: "start", behavior: "instant" }));
await page.screenshot({ path: out, fullPage: full === "1" });
await browser.close();
