// Screenshots of the built site for people to look at: phone, tablet and desktop, light and dark, and
// the print view of an article.
// Usage: npm run screenshots -- [distDir] [outDir]   (defaults: dist, .screenshots)
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { launchChromium } from '../support/chromium.ts';
import { serveWithNginx } from '../../src/server/nginx.ts';
import { VIEWPORTS } from '../support/browser.ts';

const distDir = resolve(process.argv[2] ?? 'dist');
const outDir = resolve(process.argv[3] ?? '.screenshots');
const pages = {
  home: '',
  telecom: 'articles/2020-03-03-telecom-resumes-work/',
  broadcast: 'articles/2020-02-08-broadcast-networks-fight-epidemic/#guangdong',
  search: 'search/?q=%E5%B9%BF%E7%94%B5',
  'search-empty': `search/?q=${encodeURIComponent('足球 广电')}`,
  // Filtered (广电 in 2020 from 人民邮电报) and sorted by date, newest first.
  'search-filtered': `search/?${new URLSearchParams({ q: '广电', year: '2020', source: '人民邮电报' }).toString()}`,
  'search-sorted': `search/?${new URLSearchParams({ q: '广电', sort: 'date' }).toString()}`,
  months: 'months/',
  month: 'months/2020-03/',
  about: 'about/',
  traditional: 'zh-hant/articles/2020-02-08-broadcast-networks-fight-epidemic/',
  notfound: 'missing/',
};
/** The phone and desktop of the tests, and a tablet in between. */
const widths = { phone: VIEWPORTS.phone, tablet: { width: 768, height: 1024 }, desktop: VIEWPORTS.desktop };

await mkdir(outDir, { recursive: true });
const site = await serveWithNginx(distDir);
const browser = await launchChromium();
for (const [viewportName, viewport] of Object.entries(widths)) {
  for (const colorScheme of ['light', 'dark'] as const) {
    // Reduced motion: a landing on #fragment is shot where it ends, not halfway through a smooth scroll.
    const context = await browser.newContext({ viewport, colorScheme, reducedMotion: 'reduce' });
    const page = await context.newPage();
    for (const [pageName, path] of Object.entries(pages)) {
      await page.goto(new URL(path, site.url).href, { waitUntil: 'networkidle' });
      const file = join(outDir, `${pageName}-${viewportName}-${colorScheme}.png`);
      await page.screenshot({ path: file, fullPage: pageName !== 'broadcast' });
      console.log(file);
    }
    // The print view: what paper shows of an article (print is always black on white).
    await page.goto(new URL(pages.telecom, site.url).href, { waitUntil: 'networkidle' });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(outDir, `print-${viewportName}-${colorScheme}.png`), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    await context.close();
  }
}

// States a reader passes through, at both widths in light mode: a paragraph's self-link under keyboard
// focus and on hover, the article footer with its QR code, the floating 返回顶部, and an article opened
// from a search result with the match highlighted.
for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
  const context = await browser.newContext({ viewport, colorScheme: 'light', reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(new URL(pages.telecom, site.url).href, { waitUntil: 'networkidle' });
  await page.locator('.article-body a.heading-link').first().focus();
  await page.keyboard.press('Tab');
  await page.screenshot({ path: join(outDir, `state-self-link-focus-${viewportName}.png`) });
  await page.locator('.article-body > p').nth(2).hover();
  await page.screenshot({ path: join(outDir, `state-paragraph-hover-${viewportName}.png`) });
  await page.locator('.article-footer').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(outDir, `state-footer-qr-${viewportName}.png`) });
  await page.evaluate(() => window.scrollBy(0, -200));
  // 返回顶部 shows only where it fits beside the text (never on a phone): wait for the frame that decides.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.screenshot({ path: join(outDir, `state-back-to-top-${viewportName}.png`) });
  await page.goto(new URL('search/?q=%E5%BF%83%E5%9C%B0%E8%A7%A3%E7%AD%94', site.url).href, {
    waitUntil: 'networkidle',
  });
  await page.screenshot({ path: join(outDir, `state-search-result-${viewportName}.png`) });
  await page.locator('main a[href*="#"]').first().click();
  await page.waitForURL(/highlight=/);
  // The match is painted with the CSS Custom Highlight API and scrolled to after the page's load event.
  await page.waitForFunction(() => (CSS.highlights.get('search-result')?.size ?? 0) > 0);
  await page.waitForLoadState('load');
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.screenshot({ path: join(outDir, `state-highlight-${viewportName}.png`) });
  console.log(`states at ${viewportName}`);
  await context.close();
}
await browser.close();
await site.close();
