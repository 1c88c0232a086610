import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runAxe } from '../support/axe.ts';
import { sharedPage, VIEWPORTS } from '../support/browser.ts';
import { readSearchPage, type ShownSearch } from '../support/search-page.ts';
import { BROADCAST, TELECOM } from '../fixtures/search-queries.ts';
import { SELECTION_CASES } from '../fixtures/search-selections.ts';
import { editions } from '../../src/site.ts';

// The search page's filters (year, month, source) and sort (relevance, date newest or oldest first):
// read from the URL, shown in native controls with each value's number of articles, written back to the
// URL when changed, in both editions (the Traditional page is a converted copy running the same script).

const siteUrl = inject('siteUrl');
const searchPages = [
  ['Simplified', `${siteUrl}search/`],
  ['Traditional', `${siteUrl}${editions.traditional.pathPrefix}search/`],
] as const;

async function openSearch(page: Page, pageUrl: string, query: string, parameters: Record<string, string>) {
  const search = new URLSearchParams(query === '' ? parameters : { q: query, ...parameters });
  await page.goto(`${pageUrl}?${search.toString()}`);
  return readSearchPage(page);
}

const idsOf = (shown: ShownSearch): string[] => shown.results.map((result) => result.articleId);

/** The visible text of a select's options. */
function optionTexts(page: Page, name: string): Promise<string[]> {
  return page.locator(`[data-search-filters] select[name="${name}"] option`).allTextContents();
}

/** The URL's filter and sort parameters, once it has `name` set to `value`. */
async function urlOnceSet(page: Page, name: string, value: string): Promise<URLSearchParams> {
  await page.waitForFunction(({ key, wanted }) => new URL(location.href).searchParams.get(key) === wanted, {
    key: name,
    wanted: value,
  });
  return new URL(page.url()).searchParams;
}

describe.each(searchPages)('search filters and sort (%s edition)', (edition, pageUrl) => {
  it.each(
    SELECTION_CASES.map((selection) => [
      decodeURIComponent(new URLSearchParams({ q: selection.query, ...selection.parameters }).toString()),
      selection,
    ]),
  )('?%s shows the articles the filters and sort select, in order', async (_label, { query, parameters, results }) => {
    const { page, consoleErrors, foreignRequests } = await sharedPage(siteUrl);
    const shown = await openSearch(page, pageUrl, query, parameters);
    expect(idsOf(shown), `${query} ${JSON.stringify(parameters)}`).toEqual(results);
    expect(shown.status).not.toBe('');
    // The URL keeps what it asked for.
    const kept = new URL(page.url()).searchParams;
    for (const [name, value] of Object.entries(parameters)) expect(kept.get(name)).toBe(value);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('shows the URL’s choices in the controls, with each value’s number of articles', async () => {
    const { page } = await sharedPage(siteUrl);
    await openSearch(page, pageUrl, '广电', { year: '2020', month: '3', sort: 'date' });
    const filters = page.locator('[data-search-filters]');
    await expect(filters.locator('select[name="year"]').inputValue()).resolves.toBe('2020');
    await expect(filters.locator('select[name="month"]').inputValue()).resolves.toBe('3');
    await expect(filters.locator('select[name="month"]').isEnabled()).resolves.toBe(true);
    await expect(filters.locator('input[name="sort"][value="date"]').isChecked()).resolves.toBe(true);
    expect(await optionTexts(page, 'year')).toEqual(['全部（2）', '2020年（2）']);
    expect(await optionTexts(page, 'month')).toEqual(['全部', '2月（1）', '3月（1）']);
    const sources = await optionTexts(page, 'source');
    expect(sources).toHaveLength(3);
    expect(sources[0]).toBe('全部（2）');
    expect(sources.slice(1).every((text) => text.endsWith('（1）'))).toBe(true);
    await expect(filters.locator('[data-filter-summary]').textContent()).resolves.toMatch(
      /2020年3月，按日期從?从?新到/u,
    );
  });

  it('is used with the keyboard alone: the sort radios and the year select change the results and the URL', async () => {
    const { page, consoleErrors } = await sharedPage(siteUrl, { viewport: VIEWPORTS.phone });
    const first = await openSearch(page, pageUrl, '广电', {});
    expect(idsOf(first)).toEqual([BROADCAST, TELECOM]);
    // On a phone the box starts folded: its summary opens it.
    await page.locator('.search-filters-toggle').focus();
    await page.keyboard.press('Enter');
    await page.locator('input[name="sort"][value="relevance"]').focus();
    await page.keyboard.press('ArrowDown');
    expect((await urlOnceSet(page, 'sort', 'date')).get('q')).toBe('广电');
    await page.waitForFunction(
      () =>
        document.querySelector('[data-search-results] > li h2 a')?.getAttribute('href')?.includes('telecom') === true,
    );
    expect(idsOf(await readSearchPage(page))).toEqual([TELECOM, BROADCAST]);
    await page.keyboard.press('ArrowDown');
    await urlOnceSet(page, 'sort', 'date-asc');
    await page.waitForFunction(
      () =>
        document.querySelector('[data-search-results] > li h2 a')?.getAttribute('href')?.includes('broadcast') === true,
    );
    expect(idsOf(await readSearchPage(page))).toEqual([BROADCAST, TELECOM]);

    // Shift+Tab from the sort group reaches the source select, then the month (disabled: skipped), then the year.
    await page.keyboard.press('Shift+Tab');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('name'))).resolves.toBe('source');
    await page.keyboard.press('Shift+Tab');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('name'))).resolves.toBe('year');
    await page.keyboard.press('ArrowDown');
    const withYear = await urlOnceSet(page, 'year', '2020');
    expect(withYear.get('sort')).toBe('date-asc');
    await expect(page.locator('select[name="month"]').isEnabled()).resolves.toBe(true);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('name'))).resolves.toBe('month');
    await page.keyboard.press('ArrowDown');
    await urlOnceSet(page, 'month', '2');
    await page.waitForFunction(() => document.querySelectorAll('[data-search-results] > li').length === 1);
    expect(idsOf(await readSearchPage(page))).toEqual([BROADCAST]);
    await expect(page.locator('[data-filter-summary]').textContent()).resolves.toMatch(/^當?当?前：2020年2月，/u);
    expect(consoleErrors).toEqual([]);
  });

  it.each(['light', 'dark'] as const)(
    'says when the filters exclude every article the query finds, how many it finds without them, and clears them (%s)',
    async (colorScheme) => {
      const { page, consoleErrors } = await sharedPage(siteUrl, {
        viewport: VIEWPORTS.phone,
        colorScheme,
        bypassCSP: true,
      });
      const traditional = edition === 'Traditional';
      const shown = await openSearch(page, pageUrl, '疫情', { year: '2020', month: '2', source: '人民邮电报' });
      expect(idsOf(shown)).toEqual([]);
      expect(shown.status).toBe(
        traditional
          ? '所選篩選條件下沒有包含“疫情”的文章；不加篩選可找到 2\u00a0篇。'
          : '所选筛选条件下没有包含“疫情”的文章；不加筛选可找到 2\u00a0篇。',
      );
      const clear = page.locator('[data-search-clear-link]');
      await expect(clear.isVisible()).resolves.toBe(true);
      await expect(clear.textContent()).resolves.toBe(
        traditional ? '清除篩選條件，搜尋“疫情”' : '清除筛选条件，搜索“疫情”',
      );
      const { violations } = await runAxe(page);
      expect(violations).toEqual([]);
      await clear.click();
      await page.waitForURL((url) => url.searchParams.get('q') === '疫情' && !url.searchParams.has('year'));
      const cleared = await readSearchPage(page);
      expect(idsOf(cleared).sort()).toEqual([BROADCAST, TELECOM].sort());
      await expect(page.locator('[data-search-clear]').isHidden()).resolves.toBe(true);
      expect(consoleErrors).toEqual([]);
    },
  );

  it('says plainly that nothing is found when the query finds nothing even without the filters', async () => {
    const { page } = await sharedPage(siteUrl);
    const shown = await openSearch(page, pageUrl, '足球', { year: '2020' });
    expect(shown.status).toMatch(/^沒?没?有找到包含“足球”的文章。$/u);
    await expect(page.locator('[data-search-clear]').isHidden()).resolves.toBe(true);
  });

  it('keeps the filters in the URL while the reader types a new query', async () => {
    const { page } = await sharedPage(siteUrl);
    await openSearch(page, pageUrl, '', { source: edition === 'Traditional' ? '人民郵電報' : '人民邮电报' });
    await page.locator('#page-search-input').fill('5G');
    const parameters = await urlOnceSet(page, 'q', '5G');
    expect(parameters.get('source')).not.toBeNull();
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('5G'));
    expect(idsOf(await readSearchPage(page))).toEqual([TELECOM]);
  });

  it('lists a year’s articles for an empty query, newest first, and passes axe', async () => {
    const { page } = await sharedPage(siteUrl, { bypassCSP: true });
    const shown = await openSearch(page, pageUrl, '', { year: '2020' });
    expect(idsOf(shown)).toEqual([TELECOM, BROADCAST]);
    expect(shown.status).toMatch(/2/u);
    expect(shown.results.every((result) => result.excerpt.length > 20 && result.marked.length === 0)).toBe(true);
    const { violations, rulesPassed } = await runAxe(page);
    expect(rulesPassed).toBeGreaterThan(20);
    expect(violations).toEqual([]);
  });
});

describe('the Traditional edition’s source filter', () => {
  it('finds with the Simplified spelling of a source too (a link shared from the other edition)', async () => {
    const { page } = await sharedPage(siteUrl);
    const shown = await openSearch(page, `${siteUrl}${editions.traditional.pathPrefix}search/`, '廣電', {
      source: '人民邮电报',
    });
    expect(idsOf(shown)).toEqual([TELECOM]);
  });
});
