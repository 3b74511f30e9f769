// Screenshots of pages in headless Chromium, to look at a layout (e.g. right to left):
//   BASE_URL=http://127.0.0.1:8080 node shot.mjs OUT_DIR WIDTH PATH...
// Writes one PNG per path (the whole page) into OUT_DIR.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const [outDir, width, ...paths] = process.argv.slice(2);
const base = process.env.BASE_URL ?? 'http://127.0.0.1:8080';
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: Number(width), height: 800 } });
for (const path of paths) {
  await page.goto(base + path, { waitUntil: 'load' });
  const file = `${outDir}/${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'root'}-${width}.png`;
  await page.screenshot({ path: file, fullPage: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  console.log(`${file}${overflow > 0 ? ` (wider than the screen by ${overflow}px)` : ''}`);
}
await browser.close();
