// Screenshot a page as a reader sees it: node scripts/screenshot.mjs URL out.png [mobile 0|1] [full-page 0|1]
import { chromium, devices } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--disable-dev-shm-usage"] });
const [url, out, mobile, full] = process.argv.slice(2);
const ctx = await browser.newContext(mobile === "1" ? devices["Pixel 7"] : { viewport: { width: 1280, height: 900 } });
const page = await ctx.newPage();
await page.goto(url);
await page.screenshot({ path: out, fullPage: full === "1" });
await browser.close();
