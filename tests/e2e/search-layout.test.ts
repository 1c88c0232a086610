import { describe, expect, inject, it } from 'vitest';
import { sharedPage, VIEWPORTS } from '../support/browser.ts';
import { readSearchPage } from '../support/search-page.ts';
import { TEXT_SIZE_IDS } from '../support/text-size.ts';
import { editions } from '../../src/site.ts';

// The search page on a phone: the filters folded (open when the URL sets one, and always on a wide screen),
// the first result's title above the fold at 360×740 at every text size, and no more blank space under an
// empty answer than the rest of the first screen. In both editions.

const siteUrl = inject('siteUrl');
const EDITIONS = [
  ['Simplified', ''],
  ['Traditional', editions.traditional.pathPrefix],
] as const;
const query = (q: string, parameters: Record<string, string> = {}): string =>
  `search/?${new URLSearchParams({ q, ...parameters }).toString()}`;

describe.each(EDITIONS)('the search page’s layout (%s edition)', (_edition, prefix) => {
  it.each(TEXT_SIZE_IDS)(
    'on a 360×740 phone at text size %s, folds the filters and shows the first result’s title above the fold',
    async (size) => {
      const { page, consoleErrors } = await sharedPage(siteUrl, { viewport: VIEWPORTS.phone }, size);
      await page.goto(new URL(`${prefix}${query('疫情')}`, siteUrl).href);
      const shown = await readSearchPage(page);
      expect(shown.results.length).toBe(2);
      const box = page.locator('[data-search-filters-box]');
      await expect(box.evaluate((details) => (details as HTMLDetailsElement).open)).resolves.toBe(false);
      await expect(page.locator('select[name="year"]').isVisible()).resolves.toBe(false);
      const title = await page.locator('.search-result-title').first().boundingBox();
      expect(title).not.toBeNull();
      expect((title?.y ?? Infinity) + (title?.height ?? 0)).toBeLessThanOrEqual(VIEWPORTS.phone.height);
      // Opening it (a tap or Enter on its summary) shows the controls.
      await page.locator('.search-filters-toggle').focus();
      await page.keyboard.press('Enter');
      await expect(page.locator('select[name="year"]').isVisible()).resolves.toBe(true);
      expect(consoleErrors).toEqual([]);
    },
  );

  it.each([
    { name: 'phone', filtered: false, open: false },
    { name: 'phone', filtered: true, open: true },
    { name: 'desktop', filtered: false, open: true },
  ] as const)(
    'shows the filters open: $open ($name, a filter in the URL: $filtered)',
    async ({ name, filtered, open }) => {
      const { page } = await sharedPage(siteUrl, { viewport: VIEWPORTS[name] });
      await page.goto(new URL(`${prefix}${query('广电', filtered ? { year: '2020' } : {})}`, siteUrl).href);
      await readSearchPage(page);
      await expect(
        page.locator('[data-search-filters-box]').evaluate((details) => (details as HTMLDetailsElement).open),
      ).resolves.toBe(open);
      await expect(page.locator('select[name="year"]').isVisible()).resolves.toBe(open);
    },
  );

  it.each(['phone', 'desktop'] as const)(
    'leaves no more than the rest of the first screen blank under an empty answer (%s)',
    async (name) => {
      const viewport = VIEWPORTS[name];
      const { page } = await sharedPage(siteUrl, { viewport });
      await page.goto(new URL(`${prefix}${query('足球')}`, siteUrl).href);
      await readSearchPage(page);
      const { lastContent, footerTop } = await page.evaluate(() => ({
        lastContent: document.querySelector('[data-search-empty]')?.getBoundingClientRect().bottom ?? 0,
        footerTop: document.querySelector('footer')?.getBoundingClientRect().top ?? 0,
      }));
      expect(lastContent).toBeGreaterThan(0);
      expect(lastContent).toBeLessThan(viewport.height);
      // The page keeps the footer just below the fold (so that an answer arriving moves nothing in view), not a
      // further screen down: past the fold by no more than the header and the page's top margin.
      expect(footerTop).toBeGreaterThanOrEqual(viewport.height);
      expect(footerTop - viewport.height).toBeLessThan(160);
    },
  );
});

describe.each(EDITIONS)('the header search box’s placeholder (%s edition)', (_edition, prefix) => {
  it.each([
    { device: 'a computer', options: { viewport: VIEWPORTS.desktop }, withKey: true },
    { device: 'a touch phone', options: { viewport: VIEWPORTS.phone, hasTouch: true, isMobile: true }, withKey: false },
  ])('mentions the / key only where there is a keyboard ($device)', async ({ options, withKey }) => {
    const { page } = await sharedPage(siteUrl, options);
    await page.goto(new URL(prefix, siteUrl).href);
    await page.waitForLoadState('load');
    const placeholder = (await page.locator('#header-search-input').getAttribute('placeholder')) ?? '';
    expect(placeholder).toMatch(/^搜[索尋]文章/u);
    expect(placeholder.includes('/')).toBe(withKey);
  });
});
