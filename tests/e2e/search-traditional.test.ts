import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sharedPage, VIEWPORTS } from '../support/browser.ts';
import { readSearchPage, searchOnSite, type ShownSearch } from '../support/search-page.ts';
import { BROADCAST, TELECOM } from '../fixtures/search-queries.ts';
import { editions } from '../../src/site.ts';

// The Traditional edition's search page (/zh-hant/search/) is a converted copy of /search/ running the same
// script on the same index: it must find what the Simplified page finds, show it in Traditional characters
// and lead to the Traditional articles, where the match is highlighted in the Traditional text.

const siteUrl = inject('siteUrl');
const prefix = editions.traditional.pathPrefix;
const traditionalUrl = `${siteUrl}${prefix}`;

/** The search bundle's files the page fetched, by path. */
function bundleRequests(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.includes('/search-index/')) paths.push(path);
  });
  return paths;
}

/** The texts of the search highlight on the page, once it is set. */
async function highlightedTexts(page: Page): Promise<string[]> {
  await page.waitForFunction(() => (CSS.highlights.get('search-result')?.size ?? 0) > 0);
  return page.evaluate(() =>
    ([...(CSS.highlights.get('search-result') ?? [])] as Range[]).map((range) => range.toString()),
  );
}

describe('search in the Traditional edition', () => {
  it.each(['廣電', '广电'])(
    '?q=%s lists what the Simplified edition lists, in Traditional, linking into the edition',
    async (query) => {
      const { page, consoleErrors, foreignRequests } = await sharedPage(siteUrl, {
        viewport: VIEWPORTS.phone,
      });
      const simplified: ShownSearch = await searchOnSite(page, siteUrl, query);
      const requests = bundleRequests(page);
      const shown = await searchOnSite(page, traditionalUrl, query);
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe(editions.traditional.lang);
      expect(shown.results.map((result) => result.articleId)).toEqual([BROADCAST, TELECOM]);
      expect(shown.results.map((result) => result.articleId)).toEqual(
        simplified.results.map((result) => result.articleId),
      );
      expect(shown.status).toBe(`找到 2 篇包含“${query}”的文章。`);
      const first = page.locator('[data-search-results] > li').first();
      await expect(first.locator('h2 a').textContent()).resolves.toBe('抗擊疫情，廣電在行動');
      await expect(first.locator('time').getAttribute('datetime')).resolves.toBe('2020-02-08');
      await expect(first.locator('.search-result-meta').textContent()).resolves.toContain('來源：網絡及微信公眾號');
      for (const [index, result] of shown.results.entries()) {
        expect(result.marked.length).toBeGreaterThan(0);
        expect(new Set(result.marked)).toEqual(new Set(['廣電']));
        expect(result.excerpt).not.toMatch(/广电|网络/);
        expect(result.titleHref).toMatch(new RegExp(`^/${prefix}articles/${result.articleId}/\\?highlight=`));
        expect(result.sectionHrefs.length).toBe(simplified.results[index]?.sectionHrefs.length);
        for (const [at, href] of result.sectionHrefs.entries()) {
          expect(href).toMatch(
            new RegExp(`^/${prefix}articles/${result.articleId}/\\?highlight=[^#]+#[a-z][a-z0-9-]*$`),
          );
          // The same section and paragraph as in the Simplified edition.
          expect(href.slice(href.indexOf('#'))).toBe(
            simplified.results[index]?.sectionHrefs[at]?.replace(/^[^#]*/, ''),
          );
        }
      }
      const sectionTitles = await page.locator('.search-result-sections a').allTextContents();
      expect(sectionTitles.join('')).not.toMatch(/广|东|庆|贵/);
      // The Traditional texts instead of the Simplified ones, not in addition.
      expect(requests.filter((path) => path.includes('/text-hant/')).length).toBe(2);
      expect(requests.filter((path) => path.includes('/text/'))).toEqual([]);
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
    },
  );

  it('says what it found, and what it did not, in the page’s own Traditional wording', async () => {
    const { page, consoleErrors } = await sharedPage(siteUrl);
    // The wording comes from the converted page: 没有 → 沒有, 请输入 → 請輸入 (the script has none of its own).
    await expect(searchOnSite(page, traditionalUrl, '足球').then((shown) => shown.status)).resolves.toBe(
      '沒有找到包含“足球”的文章。',
    );
    await expect(searchOnSite(page, traditionalUrl, '，。！').then((shown) => shown.status)).resolves.toBe(
      '請輸入要搜尋的字詞。',
    );
    await page.locator('#page-search-input').fill('天津');
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('天津'));
    const tianjin = await readSearchPage(page);
    expect(tianjin.results.map((result) => result.articleId)).toEqual([BROADCAST]);
    expect(new URL(page.url()).pathname).toBe(`/${prefix}search/`);
    await expect(page.locator('.search-result-sections a').first().textContent()).resolves.toMatch(/^天津：/);
    expect(consoleErrors).toEqual([]);
  });
});

describe('opening a result in the Traditional edition', () => {
  it.each(['复工复产', '復工復產'])(
    'a section link for %s lands on the Traditional article with 復工復產 highlighted',
    async (query) => {
      const { page, consoleErrors, foreignRequests } = await sharedPage(siteUrl, {
        viewport: VIEWPORTS.phone,
      });
      const shown = await searchOnSite(page, traditionalUrl, query);
      expect(shown.results.map((result) => result.articleId)).toEqual([TELECOM]);
      await page.locator('.search-result-sections a').first().click();
      await page.waitForURL(new RegExp(`/${prefix}articles/${TELECOM}/\\?highlight=.*#resume-work`));
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe(editions.traditional.lang);
      expect(new Set(await highlightedTexts(page))).toEqual(new Set(['復工復產']));
      // Scrolled to the first match from the linked section on (the title above it holds one too).
      await page.waitForFunction(() => {
        const target = document.getElementById(location.hash.slice(1));
        const ranges = [...(CSS.highlights.get('search-result') ?? [])] as Range[];
        const first = ranges.find(
          (range) =>
            target !== null &&
            (target.contains(range.startContainer) ||
              Boolean(target.compareDocumentPosition(range.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING)),
        );
        const top = first?.getBoundingClientRect().top ?? -1;
        return top >= 0 && top < window.innerHeight;
      });
      // Highlighted with the CSS Custom Highlight API: the Traditional text itself is left as it is.
      await expect(page.locator('article mark').count()).resolves.toBe(0);
      await expect(page.locator('#resume-work').textContent()).resolves.toContain('復工復產');
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
    },
  );

  it('reads a Simplified highlight on a Traditional page in Traditional (复工复产 → 復工復產, 广电 → 廣電)', async () => {
    const { page, consoleErrors } = await sharedPage(siteUrl);
    await page.goto(`${traditionalUrl}articles/${TELECOM}/?highlight=${encodeURIComponent('复工复产')}#resume-work`);
    expect(new Set(await highlightedTexts(page))).toEqual(new Set(['復工復產']));
    await page.goto(`${traditionalUrl}articles/${BROADCAST}/?highlight=${encodeURIComponent('广电网络')}`);
    expect(new Set(await highlightedTexts(page))).toEqual(new Set(['廣電網絡']));
    expect(consoleErrors).toEqual([]);
  });
});
