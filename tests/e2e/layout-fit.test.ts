import { describe, expect, inject, it } from 'vitest';
import { sharedPage } from '../support/browser.ts';
import { SEEDS } from '../support/seeds.ts';
import { TEXT_SIZE_IDS } from '../support/text-size.ts';
import { editions } from '../../src/site.ts';

// Every kind of page fits the screen at every text size (字号) on a 360 px phone and on a desktop, in both
// editions: nothing reaches past the right edge (a header form pushed wider than the screen cut its 搜索
// button off at 特大).

const siteUrl = inject('siteUrl');
const PAGES = [
  '',
  ...SEEDS.map((seed) => `articles/${seed.articleId}/`),
  'about/',
  `search/?q=${encodeURIComponent('广电')}`,
  'months/',
  'months/2020-03/',
  'feeds/',
  'sitemap/',
];
const WIDTHS = [360, 1280] as const;

/** Pages whose text is justified: the listing (ledes), the articles, the about page. */
const JUSTIFIED_PAGES = new Set([
  '',
  ...SEEDS.map((seed) => `articles/${seed.articleId}/`),
  'about/',
  'months/2020-03/',
]);

describe.each([
  ['Simplified', ''],
  ['Traditional', editions.traditional.pathPrefix],
] as const)('pages at every width and text size (%s edition)', (_edition, prefix) => {
  // One visit per page checks both: the fit of every page, and the justified text of those that justify.
  it.each(WIDTHS.flatMap((width) => TEXT_SIZE_IDS.map((size) => ({ width, size }))))(
    'at $width px, text size $size: nothing reaches past the screen’s edge, no justified line spreads its characters apart, no lede ends in a lone character',
    async ({ width, size }) => {
      const { page } = await sharedPage(siteUrl, { viewport: { width, height: 740 } }, size);
      for (const path of PAGES) {
        await page.goto(new URL(`${prefix}${path}`, siteUrl).href);
        await page.waitForLoadState('load');
        const outside = await page.evaluate(() => {
          const found: string[] = [];
          for (const element of document.querySelectorAll<HTMLElement>('body *')) {
            // Screen-reader-only text and the skip link sit off-screen by design.
            if (element.closest('.visually-hidden, .skip-link, template, noscript')) continue;
            const box = element.getBoundingClientRect();
            if (box.width === 0 || box.height === 0) continue;
            if (box.right > window.innerWidth + 0.5 || box.left < -0.5) {
              found.push(`${element.tagName.toLowerCase()}.${element.className} ${box.left}–${box.right}`);
            }
          }
          return { found, scrollWidth: document.documentElement.scrollWidth };
        });
        expect(outside.found, `${prefix}${path}`).toEqual([]);
        expect(outside.scrollWidth, `${prefix}${path}`).toBeLessThanOrEqual(width);
        if (!JUSTIFIED_PAGES.has(path)) continue;
        const found = await page.evaluate(() => {
          const spread: string[] = [];
          for (const block of document.querySelectorAll<HTMLElement>('main :is(p, li)')) {
            if (getComputedStyle(block).textAlign !== 'justify') continue;
            const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const text = node.textContent ?? '';
              const em = parseFloat(getComputedStyle(node.parentElement ?? block).fontSize);
              for (let index = 0; index < text.length; index += 1) {
                if (!/\p{Script=Han}/u.test(text[index] ?? '')) continue;
                const range = document.createRange();
                range.setStart(node, index);
                range.setEnd(node, index + 1);
                // A Chinese character is one em wide; justification adds its share of the line's slack to it.
                const advance = range.getBoundingClientRect().width / em;
                if (advance > 1.5)
                  spread.push(`${text.slice(Math.max(0, index - 4), index + 4)} (${advance.toFixed(2)} em)`);
              }
            }
          }
          const loneEnds: string[] = [];
          for (const lede of document.querySelectorAll<HTMLElement>('.article-lede')) {
            const range = document.createRange();
            range.selectNodeContents(lede);
            const last = [...range.getClientRects()].at(-1);
            const em = parseFloat(getComputedStyle(lede).fontSize);
            if (last && last.width < 2.5 * em) loneEnds.push((lede.textContent ?? '').slice(-6));
          }
          return { spread, loneEnds };
        });
        expect(found.spread, `${prefix}${path}`).toEqual([]);
        expect(found.loneEnds, `${prefix}${path}`).toEqual([]);
      }
    },
  );
});
