// Screenshots of the built site for people to look at: phone and desktop, light and dark.
// Usage: npm run screenshots -- [distDir] [outDir]   (defaults: dist, .screenshots)
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { launchChromium } from './chromium.ts';
import { serveStatic } from './static-server.ts';
import { VIEWPORTS } from './browser.ts';

const distDir = resolve(process.argv[2] ?? 'dist');
const outDir = resolve(process.argv[3] ?? '.screenshots');
const pages = {
  home: '',
  telecom: 'articles/2020-03-03-telecom-resumes-work/',
  broadcast: 'articles/2020-02-08-broadcast-networks-fight-epidemic/#guangdong',
  search: 'search/?q=%E5%B9%BF%E7%94%B5',
  notfound: 'missing/',
};

await mkdir(outDir, { recursive: true });
const site = await serveStatic(distDir);
const browser = await launchChromium();
for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ viewport, colorScheme });
    const page = await context.newPage();
    for (const [pageName, path] of Object.entries(pages)) {
      await page.goto(new URL(path, site.url).href, { waitUntil: 'networkidle' });
      const file = join(outDir, `${pageName}-${viewportName}-${colorScheme}.png`);
      await page.screenshot({ path: file, fullPage: pageName !== 'broadcast' });
      console.log(file);
    }
    await context.close();
  }
}
await browser.close();
await site.close();
