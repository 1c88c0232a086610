import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { sharedPage, VIEWPORTS } from '../support/browser.ts';
import { projectRoot } from '../support/build-site.ts';
import { stockPagefindSearch } from '../support/pagefind.ts';
import { foldForSearch } from '../../src/search/shared/normalize.ts';
import { candidateQueries } from '../../src/search/shared/tokens.ts';
import { halfWidthMarksInChinese, SEEDS, seedBodyLines, sentencesOf, withHalfWidthMarks } from '../support/seeds.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');

describe('home page', () => {
  it('lists both articles newest first with title, date, source and lede', async () => {
    const { page, consoleErrors, foreignRequests } = await sharedPage(siteUrl);
    const response = await page.goto(siteUrl);
    expect(response?.status()).toBe(200);
    const entries = await page.locator('.article-list-item').evaluateAll((items) =>
      items.map((item) => ({
        title: item.querySelector('h2 a')?.textContent?.trim(),
        href: item.querySelector('h2 a')?.getAttribute('href'),
        datetime: item.querySelector('time')?.getAttribute('datetime'),
        meta: item.querySelector('.article-meta')?.textContent ?? '',
        lede: item.querySelector('.article-lede')?.textContent ?? '',
      })),
    );
    const newestFirst = [...SEEDS].sort((a, b) => b.isoDate.localeCompare(a.isoDate));
    expect(entries.map((entry) => entry.title)).toEqual(newestFirst.map((seed) => seed.title));
    for (const [index, seed] of newestFirst.entries()) {
      const entry = entries[index];
      expect(entry?.href).toBe(`/articles/${seed.articleId}/`);
      expect(entry?.datetime).toBe(seed.isoDate);
      expect(entry?.meta).toContain(seed.source);
      const firstLine = seedBodyLines(seed)[0] ?? '';
      expect(firstLine.startsWith(withHalfWidthMarks(entry?.lede ?? '').replace(/…$/, ''))).toBe(true);
      expect(halfWidthMarksInChinese(entry?.lede ?? '')).toEqual([]);
      expect(entry?.lede.length).toBeGreaterThan(20);
    }
    await page.locator('.article-list-item h2 a').first().click();
    await page.waitForURL(`**/articles/${newestFirst[0]?.articleId}/`);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});

describe.each(SEEDS)('article $articleId', (seed) => {
  const articleUrl = new URL(`articles/${seed.articleId}/`, siteUrl).href;

  it('has one h1, the date, the source and every sentence of the source, without site chrome', async () => {
    const { page, consoleErrors, foreignRequests } = await sharedPage(siteUrl);
    const response = await page.goto(articleUrl);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').allTextContents()).resolves.toEqual([seed.title]);
    await expect(page.locator('.article-header .article-meta time').getAttribute('datetime')).resolves.toBe(
      seed.isoDate,
    );
    await expect(page.locator('.article-header').textContent()).resolves.toContain(`来源：${seed.source}`);
    const shownText = (await page.locator('article').innerText()).replace(/\s+/g, '');
    // Pages typeset the source's half-width marks in Chinese text full-width; the words are the source's.
    const articleText = withHalfWidthMarks(shownText);
    const bodyLines = seedBodyLines(seed);
    expect(bodyLines.length).toBeGreaterThan(10);
    for (const line of bodyLines) {
      for (const sentence of sentencesOf(line)) expect(articleText).toContain(withHalfWidthMarks(sentence));
    }
    expect(halfWidthMarksInChinese(shownText)).toEqual([]);
    const pageText = (await page.locator('body').innerText()).replace(/\s+/g, '');
    for (const chrome of [
      '语种',
      '中文繁体',
      '网上营业厅掌上营业厅',
      '分享:',
      '扫一扫在手机打开当前页',
      '--防疫前沿',
      '时间:2020',
    ]) {
      expect(pageText).not.toContain(chrome);
    }
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('keeps the source text in its Markdown exactly as received, half-width marks and all', async () => {
    const markdown = await readFile(join(projectRoot, 'content', 'articles', `${seed.articleId}.md`), 'utf8');
    expect(markdown).toContain(`title: ${seed.sourceTitle}\n`);
    const body = markdown.replace(/\\([*_])/g, '$1').replace(/\s+/g, '');
    for (const line of seedBodyLines(seed)) {
      for (const sentence of sentencesOf(line)) expect(body).toContain(sentence);
    }
  });

  it('renders its sections as h2 with the chosen ids, and every TOC link scrolls to its section', async () => {
    const { page, consoleErrors } = await sharedPage(siteUrl, { viewport: VIEWPORTS.phone });
    await page.goto(articleUrl);
    const sectionIds = await page.locator('.article-body h2').evaluateAll((headings) => headings.map((h) => h.id));
    expect(sectionIds).toEqual(seed.sectionIds);
    const tocTargets = await page.locator('.toc a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(tocTargets).toEqual(seed.sectionIds.map((id) => `#${id}`));
    for (const id of seed.sectionIds) {
      // On a phone the contents are folded under the title: open them first, as a reader would.
      await page.evaluate(() => window.scrollTo(0, 0));
      const contents = page.locator('.toc-details');
      if (!(await contents.evaluate((details) => (details as HTMLDetailsElement).open))) {
        await page.locator('.toc-summary').click();
      }
      await page.locator(`.toc a[href="#${id}"]`).click();
      await page.waitForFunction((target) => location.hash === `#${target}`, id);
      const top = await page.evaluate(
        (target) => document.getElementById(target)?.getBoundingClientRect().top ?? -1,
        id,
      );
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(VIEWPORTS.phone.height / 2);
    }
    expect(consoleErrors).toEqual([]);
  });

  it('has canonical, Open Graph and NewsArticle JSON-LD metadata', async () => {
    const { page } = await sharedPage(siteUrl);
    await page.goto(articleUrl);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toMatch(new RegExp(`^https?://[^/]+/articles/${seed.articleId}/$`));
    await expect(page.locator('meta[property="og:title"]').getAttribute('content')).resolves.toBe(seed.title);
    await expect(page.locator('meta[property="og:url"]').getAttribute('content')).resolves.toBe(canonical);
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(description?.length).toBeGreaterThan(20);
    const jsonLd = JSON.parse(
      (await page.locator('head script[type="application/ld+json"]').textContent()) ?? '{}',
    ) as Record<string, unknown>;
    expect(jsonLd['@type']).toBe('NewsArticle');
    expect(jsonLd['headline']).toBe(seed.title);
    expect(jsonLd['datePublished']).toBe(seed.isoDate);
    expect(jsonLd['url']).toBe(canonical);
  });
});

describe('layout', () => {
  it('fits a 360 px phone without sideways scrolling, scripts and all', async () => {
    const { page } = await sharedPage(siteUrl, { viewport: VIEWPORTS.phone });
    const paths = [
      '',
      ...SEEDS.map((seed) => `articles/${seed.articleId}/`),
      'search/?q=%E5%B9%BF%E7%94%B5',
      'missing/',
    ];
    for (const path of paths) {
      await page.goto(new URL(path, siteUrl).href, { waitUntil: 'networkidle' });
      const widest = await page.evaluate(() => document.documentElement.scrollWidth);
      expect({ path, widest }).toEqual({ path, widest: VIEWPORTS.phone.width });
    }
  });
});

describe('site-wide files', () => {
  it('serves a 404 page with status 404 for unknown paths', async () => {
    const { page, consoleErrors } = await sharedPage(siteUrl);
    const response = await page.goto(new URL('no-such-page/', siteUrl).href);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('找不到页面');
    await expect(page.locator('main a[href="/"]').count()).resolves.toBeGreaterThan(0);
    // The only error is the browser's own report of the document's 404 status.
    expect(consoleErrors).toEqual(['Failed to load resource: the server responded with a status of 404 (Not Found)']);
  });

  it('publishes an RSS feed and a sitemap listing both articles', async () => {
    const feed = await (await fetch(new URL('rss.xml', siteUrl))).text();
    const sitemapIndex = await (await fetch(new URL('sitemap-index.xml', siteUrl))).text();
    const sitemapUrl = /<loc>([^<]+)<\/loc>/.exec(sitemapIndex)?.[1] ?? '';
    const sitemap = await (await fetch(new URL(new URL(sitemapUrl).pathname, siteUrl))).text();
    for (const seed of SEEDS) {
      expect(feed).toContain(`<title>${seed.title}</title>`);
      expect(feed).toContain(`/articles/${seed.articleId}/</link>`);
      expect(sitemap).toContain(`/articles/${seed.articleId}/</loc>`);
    }
    expect(sitemap).not.toContain('/search/');
  });

  it('builds a Pagefind index of the article pages only, which answers a Chinese query in the browser', async () => {
    // Both articles are of 2020: one part of the index (src/search/build/parts.ts).
    const manifest = JSON.parse(await readFile(join(siteDir, 'search-index', 'parts.json'), 'utf8')) as {
      parts: { key: string; articles: number }[];
    };
    expect(manifest.parts.map((part) => [part.key, part.articles])).toEqual([['2020', SEEDS.length]]);
    const entry = JSON.parse(
      await readFile(join(siteDir, 'search-index', 'parts', '2020', 'pagefind-entry.json'), 'utf8'),
    ) as {
      languages: Record<string, { page_count: number }>;
    };
    const pageCounts = Object.values(entry.languages).map((language) => language.page_count);
    expect(pageCounts).toEqual([SEEDS.length]);
    // The bundle holds character bigrams (src/search/shared/tokens.ts); Pagefind's own search() answers
    // the phrase query the search page sends for 广电网络.
    const { phrase } = candidateQueries(foldForSearch('广电网络'));
    expect(phrase).toBeDefined();
    const { page, consoleErrors } = await sharedPage(siteUrl);
    await page.goto(siteUrl);
    const results = await stockPagefindSearch(page, new URL('search-index/parts/2020/', siteUrl).href, phrase ?? '');
    expect(results.map((result) => result.url)).toEqual([`/articles/${SEEDS[1]?.articleId}/`]);
    expect(consoleErrors).toEqual([]);
  });
});

describe('browsing by month and from article to article', () => {
  const [telecom, broadcast] = SEEDS;

  it('lists the months with their article counts, each month page its own articles', async () => {
    const { page, consoleErrors } = await sharedPage(siteUrl);
    await page.goto(siteUrl);
    await page.getByRole('link', { name: '按月份浏览' }).first().click();
    await expect(page.locator('h1').textContent()).resolves.toBe('按月份浏览');
    await expect(page.locator('.month-index-year h2').allTextContents()).resolves.toEqual(['2020年']);
    const months = await page
      .locator('.month-index li')
      .evaluateAll((items) =>
        items.map((item) => [item.querySelector('a')?.getAttribute('href'), item.textContent?.replace(/\s+/g, '')]),
      );
    expect(months).toEqual([
      [new URL('months/2020-03/', siteUrl).pathname, '3月1篇'],
      [new URL('months/2020-02/', siteUrl).pathname, '2月1篇'],
    ]);
    await page.getByRole('link', { name: '3月' }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe('2020年3月');
    await expect(page.locator('.article-list-title a').allTextContents()).resolves.toEqual([telecom?.title]);
    await page.getByRole('link', { name: '较早：2020年2月' }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe('2020年2月');
    await expect(page.locator('.article-list-title a').allTextContents()).resolves.toEqual([broadcast?.title]);
    await expect(page.getByRole('link', { name: /^较早/ }).count()).resolves.toBe(0);
    expect(consoleErrors).toEqual([]);
  });

  it('links each article to the next newer and older one', async () => {
    const { page, consoleErrors } = await sharedPage(siteUrl);
    await page.goto(new URL(`articles/${telecom?.articleId}/`, siteUrl).href);
    const neighbours = page.getByRole('navigation', { name: '相邻文章' });
    await expect(neighbours.locator('a').allInnerTexts()).resolves.toEqual([`较早一篇\n${broadcast?.title}`]);
    await neighbours.locator('a').click();
    await expect(page.locator('h1').textContent()).resolves.toBe(broadcast?.title);
    await expect(neighbours.locator('a').allInnerTexts()).resolves.toEqual([`较新一篇\n${telecom?.title}`]);
    expect(consoleErrors).toEqual([]);
  });
});
