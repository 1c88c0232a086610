import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sharedPage, VIEWPORTS } from '../support/browser.ts';
import { readSearchPage, searchOnSite } from '../support/search-page.ts';
import { BROADCAST, TELECOM } from '../fixtures/search-queries.ts';

const siteUrl = inject('siteUrl');
const searchUrl = `${siteUrl}search/`;

/** Article links in <main> that are not inside the result list. */
function strayArticleLinks(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('main a[href*="/articles/"]')]
      .filter((link) => !link.closest('[data-search-results]'))
      .map((link) => link.getAttribute('href') ?? ''),
  );
}

async function typeQuery(page: Page, text: string): Promise<void> {
  await page.locator('#page-search-input').fill(text);
}

describe('search page', () => {
  it('runs ?q= on load, shows the query in the box and renders complete results', async () => {
    const { page, consoleErrors, foreignRequests } = await sharedPage(siteUrl, { viewport: VIEWPORTS.phone });
    const shown = await searchOnSite(page, siteUrl, '广电');
    await expect(page.locator('#page-search-input').inputValue()).resolves.toBe('广电');
    expect(shown.status).toBe('找到 2 篇包含“广电”的文章。');
    expect(shown.results.map((result) => result.articleId)).toEqual([BROADCAST, TELECOM]);
    const first = page.locator('[data-search-results] > li').first();
    await expect(first.locator('h2 a').textContent()).resolves.toBe('抗击疫情，广电在行动');
    await expect(first.locator('time').getAttribute('datetime')).resolves.toBe('2020-02-08');
    await expect(first.locator('.search-result-meta').textContent()).resolves.toContain('来源：网络及微信公众号');
    await expect(first.locator('.search-result-excerpt mark').first().textContent()).resolves.toBe('广电');
    for (const result of shown.results) {
      expect(result.sectionHrefs.length).toBeGreaterThan(0);
      expect(result.sectionHrefs.length).toBeLessThanOrEqual(3);
      for (const href of result.sectionHrefs) {
        expect(href).toMatch(new RegExp(`^/articles/${result.articleId}/\\?highlight=[^#]+#[a-z][a-z0-9-]*$`));
      }
    }
    await expect(page.locator('[role="status"]').count()).resolves.toBe(1);
    expect(await strayArticleLinks(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('updates results and the URL as the reader types, and announces when nothing is found', async () => {
    const { page, consoleErrors, foreignRequests } = await sharedPage(siteUrl);
    await page.goto(searchUrl);
    await expect(page.locator('[data-search-status]').textContent()).resolves.toBe('');
    await typeQuery(page, '天津');
    const tianjin = await readSearchPage(page);
    expect(tianjin.results.map((result) => result.articleId)).toEqual([BROADCAST]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('天津');
    await typeQuery(page, '足球');
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('足球'));
    const none = await readSearchPage(page);
    expect(none.results).toEqual([]);
    expect(none.status).toBe('没有找到包含“足球”的文章。');
    expect(new URL(page.url()).searchParams.get('q')).toBe('足球');
    await typeQuery(page, '');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('q'));
    await page.waitForFunction(() => document.querySelectorAll('[data-search-results] > li').length === 0);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('focuses the search box with "/" and searches from the header form on any page', async () => {
    const { page, consoleErrors } = await sharedPage(siteUrl);
    await page.goto(searchUrl);
    await page.locator('body').press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('page-search-input');
    await page.goto(siteUrl);
    await page.locator('#header-search-input').fill('复工复产');
    await page.locator('#header-search-input').press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    const shown = await readSearchPage(page);
    expect(shown.results.map((result) => result.articleId)).toEqual([TELECOM]);
    expect(consoleErrors).toEqual([]);
  });

  it('shows only the latest query when searches overlap', async () => {
    const { page, consoleErrors } = await sharedPage(siteUrl);
    await page.goto(searchUrl);
    for (const [earlier, latest, expected] of [
      ['广电', '天津', [BROADCAST]],
      ['天津', '复工复产', [TELECOM]],
      ['复工复產', '足球', []],
    ] as const) {
      // Two submits in the same task: the first search is still running when the second starts.
      await page.evaluate(
        ([first, second]) => {
          const input = document.querySelector<HTMLInputElement>('#page-search-input');
          if (!input?.form) throw new Error('no search form');
          input.value = first;
          input.form.requestSubmit();
          input.value = second;
          input.form.requestSubmit();
        },
        [earlier, latest] as [string, string],
      );
      await page.waitForFunction(
        (query) => document.querySelector('[data-search-status]')?.textContent?.includes(query),
        latest,
      );
      const shown = await readSearchPage(page);
      expect(shown.results.map((result) => result.articleId)).toEqual(expected);
      expect(new URL(page.url()).searchParams.get('q')).toBe(latest);
    }
    // Fast typing, one character at a time, ends on the last query's results.
    await page.locator('#page-search-input').fill('');
    await page.locator('#page-search-input').pressSequentially('96956', { delay: 0 });
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('96956'));
    const typed = await readSearchPage(page);
    expect(typed.results.map((result) => result.articleId)).toEqual([BROADCAST]);
    expect(consoleErrors).toEqual([]);
  });
});

describe('bad input never breaks the page', () => {
  const queries: { name: string; query: string; status: RegExp }[] = [
    { name: 'whitespace only', query: '   \u3000 ', status: /^$/ },
    { name: 'punctuation only', query: '，。！？…“”', status: /请输入要搜索的字词/ },
    { name: 'emoji', query: '😀👍🏽', status: /请输入要搜索的字词/ },
    { name: 'emoji next to a word', query: '广电😀', status: /没有找到/ },
    { name: 'a script tag', query: '<script>window.__injected = 1</script>', status: /没有找到包含“<script>/ },
    { name: 'an HTML image with a handler', query: '<img src=x onerror="window.__injected=1">', status: /没有找到/ },
    { name: 'a lone surrogate (as the URL delivers it)', query: '\uD800广电', status: /没有找到|找到/ },
  ];

  it.each(queries)('$name', async ({ query, status }) => {
    const { page, consoleErrors, foreignRequests } = await sharedPage(siteUrl);
    await page.goto(`${searchUrl}?q=${encodeURIComponent(query.toWellFormed())}`);
    if (query.trim() !== '') await readSearchPage(page);
    await expect(page.locator('[data-search-status]').textContent()).resolves.toMatch(status);
    await expect(page.evaluate(() => 'window.__injected' in window || '__injected' in window)).resolves.toBe(false);
    await expect(
      // The filters' own inline script (allowed by its hash) is the page's; anything else would be injected.
      page
        .locator('main img, main script:not([src]):not([type="application/ld+json"]):not([data-filters-fold])')
        .count(),
    ).resolves.toBe(0);
    // The page keeps working afterwards.
    await typeQuery(page, '天津');
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('天津'));
    await expect(page.locator('[data-search-results] > li').count()).resolves.toBe(1);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('handles a 5,000-character query typed into the box, and keeps the URL short', async () => {
    const { page, consoleErrors } = await sharedPage(siteUrl);
    await page.goto(searchUrl);
    await page.locator('#page-search-input').evaluate((input: HTMLInputElement) => input.removeAttribute('maxlength'));
    await typeQuery(page, '广电'.repeat(2500));
    await page.waitForFunction(() =>
      document.querySelector('[data-search-status]')?.textContent?.includes('搜索词过长'),
    );
    const shown = await readSearchPage(page);
    expect(shown.results).toEqual([]);
    expect(shown.status).toMatch(/^没有找到包含“(广电)+…”的文章。（搜索词过长，只用了前面的部分）$/);
    expect(new URL(page.url()).searchParams.get('q')?.length).toBe(200);
    expect(consoleErrors).toEqual([]);
  });

  it('handles a lone surrogate typed into the box', async () => {
    const { page, consoleErrors } = await sharedPage(siteUrl);
    await page.goto(searchUrl);
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('#page-search-input');
      if (!input?.form) throw new Error('no search form');
      input.value = '\uDC00廣電\uD800';
      input.form.requestSubmit();
    });
    const shown = await readSearchPage(page);
    expect(shown.results.map((result) => result.articleId)).toEqual([BROADCAST, TELECOM]);
    expect(consoleErrors).toEqual([]);
  });
});

describe('opening a result', () => {
  it('highlights the matched text on the article and scrolls it into view', async () => {
    const { page, consoleErrors, foreignRequests } = await sharedPage(siteUrl, { viewport: VIEWPORTS.phone });
    await searchOnSite(page, siteUrl, '９６９５６');
    const sectionLink = page.locator('.search-result-sections a').first();
    await expect(sectionLink.locator('[data-section-title]').textContent()).resolves.toBe('广东：客服全天候服务');
    await sectionLink.click();
    await page.waitForURL(/#guangdong-1$/);
    await page.waitForFunction(() => (CSS.highlights.get('search-result')?.size ?? 0) > 0);
    const highlighted = await page.evaluate(() => {
      const ranges = [...(CSS.highlights.get('search-result') ?? [])] as Range[];
      const section = (node: Node): string | undefined => {
        let element: Element | null = node.parentElement;
        while (element && !/^H2$/.test(element.tagName))
          element = element.previousElementSibling ?? element.parentElement;
        return element?.id;
      };
      return ranges.map((range) => ({ text: range.toString(), section: section(range.startContainer) }));
    });
    expect(highlighted.length).toBe(6);
    expect(new Set(highlighted.map((range) => range.text))).toEqual(new Set(['96956']));
    await page.waitForFunction(() => {
      const first = [...(CSS.highlights.get('search-result') ?? [])][0] as Range | undefined;
      const top = first?.getBoundingClientRect().top ?? -1;
      return top >= 0 && top < window.innerHeight;
    });
    // The DOM is not rewritten: no <mark> elements, the paragraph text is intact.
    await expect(page.locator('article mark').count()).resolves.toBe(0);
    await expect(page.locator('#guangdong-1').textContent()).resolves.toContain('广东广电网络96956客服热线');
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it.each(['眼下,随着', '眼下，随着'])(
    'finds and highlights text whose punctuation the page typesets, typed in either form (%s)',
    async (query) => {
      const { page, consoleErrors } = await sharedPage(siteUrl);
      const shown = await searchOnSite(page, siteUrl, query);
      expect(shown.results.map((result) => result.articleId)).toEqual([TELECOM]);
      // The punctuation separates the two terms (the phrase, as typed, ranks the page first): each is marked.
      expect(shown.results[0]?.marked).toEqual(expect.arrayContaining(['眼下', '随着']));
      await page.locator('.search-result-sections a').first().click();
      await page.waitForURL(/\/articles\/.*#intro-1/);
      await page.waitForFunction(() => (CSS.highlights.get('search-result')?.size ?? 0) > 0);
      const texts = await page.evaluate(() =>
        ([...(CSS.highlights.get('search-result') ?? [])] as Range[]).map((range) => range.toString()),
      );
      expect(new Set(texts)).toEqual(new Set(['眼下', '随着']));
      expect(consoleErrors).toEqual([]);
    },
  );

  it('highlights the Simplified text for a Traditional query, and leaves text fragments to the browser', async () => {
    const { page, consoleErrors } = await sharedPage(siteUrl);
    await searchOnSite(page, siteUrl, '復工復產');
    await page.locator('.search-result-sections a').first().click();
    await page.waitForURL(/\/articles\/.*#resume-work/);
    await page.waitForFunction(() => (CSS.highlights.get('search-result')?.size ?? 0) > 0);
    const texts = await page.evaluate(() =>
      ([...(CSS.highlights.get('search-result') ?? [])] as Range[]).map((range) => range.toString()),
    );
    expect(new Set(texts)).toEqual(new Set(['复工复产']));
    await page.goto(`${siteUrl}articles/${TELECOM}/#:~:text=${encodeURIComponent('足不出户')}`);
    await expect(page.evaluate(() => CSS.highlights.has('search-result'))).resolves.toBe(false);
    await expect(page.locator('article mark').count()).resolves.toBe(0);
    expect(consoleErrors).toEqual([]);
  });
});
