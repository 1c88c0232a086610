import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runAxe } from '../support/axe.ts';
import { openPage, sharedPage, VIEWPORTS } from '../support/browser.ts';
import { readSearchPage, type ShownSearch } from '../support/search-page.ts';
import { BROADCAST, TELECOM } from '../fixtures/search-queries.ts';
import { TERM_COUNT_CHECKS } from '../../src/search/client/term-counts.ts';
import { editions } from '../../src/site.ts';
import { SEARCH_IGNORE_ATTRIBUTE } from '../../src/search/shared/text-marks.ts';

// The search page as a reader meets it, in both script editions: one search box in step with the URL, a
// page that does not move when the answer arrives, ways on when nothing is found, match counts, and a
// plain word (with links) when JavaScript is off. The Traditional page is a converted copy, so its wording
// is the Simplified wording in Traditional characters; `t` picks a message's form for the edition.

const siteUrl = inject('siteUrl');

const EDITIONS = [
  { name: 'Simplified', prefix: '', t: (simplified: string, _traditional: string) => simplified },
  {
    name: 'Traditional',
    prefix: editions.traditional.pathPrefix,
    t: (_simplified: string, traditional: string) => traditional,
  },
] as const;

/** Opens `path` of the site with the layout shifts of the page (buffered) collected from its start. */
async function openWatchingShifts(page: Page, path: string): Promise<void> {
  const watching = await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { layoutShifts: number[] }).layoutShifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) shifts.push(entry.value);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(new URL(path, siteUrl).href);
  // It has run for this document; the next test may get the same page.
  await watching.dispose();
}

/** The page's cumulative layout shift so far, after the next frame is painted. */
async function cumulativeShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((done) => {
        requestAnimationFrame(() =>
          requestAnimationFrame(() =>
            done((window as unknown as { layoutShifts: number[] }).layoutShifts.reduce((sum, value) => sum + value, 0)),
          ),
        );
      }),
  );
}

/** Paths of the article texts the page fetched from the search bundle. */
function textRequests(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (/\/search-index\/.*\/text(-hant)?\//.test(path)) paths.push(path);
  });
  return paths;
}

/** Where a word occurs in an article as the search reads it: title and body, without what the index ignores. */
async function sourceCounts(
  articleId: string,
  word: string,
): Promise<{ total: number; bySection: Map<string, number> }> {
  const markdown = await readFile(join('content', 'articles', `${articleId}.md`), 'utf8');
  const [, frontMatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(markdown) ?? [];
  const title = /^title: (.*)$/m.exec(frontMatter)?.[1] ?? '';
  const count = (text: string): number => text.split(word).length - 1;
  const bySection = new Map<string, number>();
  let section = 'intro';
  let total = count(title);
  for (const line of body.split('\n')) {
    if (line.includes(SEARCH_IGNORE_ATTRIBUTE)) continue;
    const heading = /^#{2,6} .*\{#([a-z0-9-]+)\}$/.exec(line);
    if (heading?.[1]) section = heading[1];
    const found = count(line.replace(/\{#[a-z0-9-]+\}$/, ''));
    total += found;
    if (found > 0) bySection.set(section, (bySection.get(section) ?? 0) + found);
  }
  return { total, bySection };
}

describe.each(EDITIONS)('the search page, $name edition', ({ prefix, t }) => {
  const searchPath = `${prefix}search/`;

  it('has one search box, holding the query and keeping the URL in step; the header keeps its box elsewhere', async () => {
    const { page, consoleErrors } = await sharedPage(siteUrl, { viewport: VIEWPORTS.phone });
    await page.goto(new URL(`${searchPath}?q=${encodeURIComponent('广电')}`, siteUrl).href);
    await readSearchPage(page);
    await expect(page.locator('input[type="search"]').count()).resolves.toBe(1);
    await expect(page.locator('header [role="search"]').count()).resolves.toBe(0);
    const searchRegions = await page
      .locator('[role="search"]')
      .evaluateAll((forms) => forms.map((form) => form.getAttribute('aria-label') ?? ''));
    expect(searchRegions).toEqual([t('搜索档案文章', '搜尋檔案文章')]);
    await expect(page.locator('#page-search-input').inputValue()).resolves.toBe('广电');
    await page.locator('#page-search-input').fill('天津');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === '天津');
    const shown = await readSearchPage(page);
    expect(shown.results.map((result) => result.articleId)).toEqual([BROADCAST]);
    // "/" still leads to the (only) box.
    await page.locator('#page-search-input').blur();
    await page.locator('body').press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('page-search-input');
    // Every other page has the header's box.
    await page.goto(new URL(prefix, siteUrl).href);
    await expect(page.locator('header #header-search-input').count()).resolves.toBe(1);
    await expect(page.locator('input[type="search"]').count()).resolves.toBe(1);
    expect(consoleErrors).toEqual([]);
  });

  it.each([
    { viewport: 'phone', query: '广电' },
    { viewport: 'desktop', query: '广电' },
    { viewport: 'phone', query: '足球 广电' },
    { viewport: 'desktop', query: '足球 广电' },
  ] as const)('does not move when the answer to $query arrives ($viewport)', async ({ viewport, query }) => {
    const { page, consoleErrors } = await sharedPage(siteUrl, { viewport: VIEWPORTS[viewport] });
    await openWatchingShifts(page, `${searchPath}?q=${encodeURIComponent(query)}`);
    const shown = await readSearchPage(page);
    expect(shown.status).not.toBe('');
    expect(await cumulativeShift(page)).toBeLessThan(0.05);
    expect(consoleErrors).toEqual([]);
  });

  it('says which terms were found on their own, offers the query without the missing one and the months', async () => {
    const { page, consoleErrors, foreignRequests } = await sharedPage(siteUrl, {
      viewport: VIEWPORTS.phone,
    });
    const texts = textRequests(page);
    await page.goto(new URL(`${searchPath}?q=${encodeURIComponent('足球 广电')}`, siteUrl).href);
    const none: ShownSearch = await readSearchPage(page);
    expect(none.results).toEqual([]);
    expect(none.status).toBe(
      t(
        '没有找到包含“足球 广电”的文章。分开查找：“足球”没有找到；“广电”见于 2\u00a0篇。',
        '沒有找到包含“足球 广电”的文章。分開查找：“足球”沒有找到；“广电”見於 2\u00a0篇。',
      ),
    );
    // Counted by checking texts, a bounded number: here the two articles that hold 广电.
    expect(texts.length).toBe(2);
    expect(texts.length).toBeLessThanOrEqual(2 * TERM_COUNT_CHECKS);
    const help = page.locator('[data-search-empty]');
    await expect(help.isVisible()).resolves.toBe(true);
    const instead = help.locator('[data-search-without-link]');
    await expect(instead.textContent()).resolves.toBe(t('改为搜索“广电”', '改為搜尋“广电”'));
    await expect(instead.getAttribute('href')).resolves.toBe(`/${searchPath}?q=${encodeURIComponent('广电')}`);
    await expect(help.locator(`a[href="/${prefix}months/"]`).textContent()).resolves.toBe(
      t('按月份浏览', '按月份瀏覽'),
    );
    await instead.click();
    await page.waitForURL((url) => url.searchParams.get('q') === '广电');
    const found = await readSearchPage(page);
    expect(found.results.map((result) => result.articleId)).toEqual([BROADCAST, TELECOM]);
    await expect(help.isHidden()).resolves.toBe(true);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('counts terms found apart, offers no query without them, and for one term offers the months', async () => {
    const { page, consoleErrors } = await sharedPage(siteUrl);
    await page.goto(new URL(`${searchPath}?q=${encodeURIComponent('天津 复工复产')}`, siteUrl).href);
    const apart = await readSearchPage(page);
    expect(apart.results).toEqual([]);
    expect(apart.status).toBe(
      t(
        '没有找到包含“天津 复工复产”的文章。分开查找：“天津”见于 1\u00a0篇；“复工复产”见于 1\u00a0篇。',
        '沒有找到包含“天津 复工复产”的文章。分開查找：“天津”見於 1\u00a0篇；“复工复产”見於 1\u00a0篇。',
      ),
    );
    await expect(page.locator('[data-search-without]').isHidden()).resolves.toBe(true);
    await page.locator('#page-search-input').fill('足球');
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('“足球”'));
    const single = await readSearchPage(page);
    expect(single.status).toBe(t('没有找到包含“足球”的文章。', '沒有找到包含“足球”的文章。'));
    await expect(page.locator('[data-search-empty]').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-search-without]').isHidden()).resolves.toBe(true);
    await expect(page.locator(`[data-search-empty] a[href="/${prefix}months/"]`).isVisible()).resolves.toBe(true);
    expect(consoleErrors).toEqual([]);
  });

  it('says how often each result matches, and each section link how often in that section', async () => {
    const { page, consoleErrors } = await sharedPage(siteUrl);
    await page.goto(new URL(`${searchPath}?q=${encodeURIComponent('天津')}`, siteUrl).href);
    await readSearchPage(page);
    const expected = await sourceCounts(BROADCAST, '天津');
    const result = page.locator('[data-search-results] > li').first();
    await expect(result.locator('[data-result-count]').textContent()).resolves.toBe(
      t(`匹配 ${expected.total} 处`, `匹配 ${expected.total} 處`),
    );
    const sections = await result.locator('.search-result-sections a').evaluateAll((links) =>
      links.map((link) => ({
        id: decodeURIComponent(link.getAttribute('href')?.split('#')[1] ?? ''),
        count: link.querySelector('[data-section-count]')?.textContent ?? '',
      })),
    );
    expect(sections.length).toBeGreaterThan(0);
    for (const { id, count } of sections) {
      // The link leads to a paragraph of the section: its id starts with the section's.
      const [section, sectionCount] = [...expected.bySection].find(([name]) => id.startsWith(name)) ?? [];
      expect(section).toBeDefined();
      expect(count).toBe(t(`（${sectionCount} 处）`, `（${sectionCount} 處）`));
    }
    expect(consoleErrors).toEqual([]);
  });

  it('without JavaScript, says plainly why it cannot search and links to the months and the feeds', async () => {
    const { page } = await sharedPage(siteUrl, { javaScriptEnabled: false, viewport: VIEWPORTS.phone });
    await page.goto(new URL(`${searchPath}?q=${encodeURIComponent('广电')}`, siteUrl).href);
    const explanation = page.locator('.search-no-script');
    await expect(explanation.isVisible()).resolves.toBe(true);
    const text = (await explanation.locator('p').textContent()) ?? '';
    expect(text).toContain('JavaScript');
    expect(text).toContain(t('静态网页', '靜態網頁'));
    await expect(
      explanation.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
    ).resolves.toEqual([`/${prefix}months/`, `/${prefix}feeds/`]);
    await expect(page.locator('[data-search-results] > li').count()).resolves.toBe(0);
  });

  it('has no axe violations in its no-script state', async () => {
    // axe cannot run where JavaScript is off (its timers never fire), so the no-script state is rebuilt with
    // it on: the page's own scripts are not loaded and each <noscript> is replaced by what it holds.
    const { page, context } = await openPage(siteUrl, { bypassCSP: true, viewport: VIEWPORTS.phone });
    await page.route('**/_astro/**/*.js', (route) => route.abort());
    await page.goto(new URL(searchPath, siteUrl).href);
    await page.evaluate(() => {
      for (const element of document.querySelectorAll('noscript')) {
        const holder = document.createElement('template');
        holder.innerHTML = element.textContent ?? '';
        element.replaceWith(holder.content);
      }
    });
    await expect(page.locator('.search-no-script').isVisible()).resolves.toBe(true);
    const { violations, rulesPassed } = await runAxe(page);
    expect(rulesPassed).toBeGreaterThan(20);
    expect(violations).toEqual([]);
    await context.close();
  });

  it.each(['light', 'dark'] as const)('has no axe violations when nothing is found (%s)', async (colorScheme) => {
    const { page } = await sharedPage(siteUrl, { bypassCSP: true, colorScheme, viewport: VIEWPORTS.phone });
    await page.goto(new URL(`${searchPath}?q=${encodeURIComponent('足球 广电')}`, siteUrl).href);
    await readSearchPage(page);
    await expect(page.locator('[data-search-empty]').isVisible()).resolves.toBe(true);
    const { violations, rulesPassed } = await runAxe(page);
    expect(rulesPassed).toBeGreaterThan(20);
    expect(violations).toEqual([]);
  });
});
