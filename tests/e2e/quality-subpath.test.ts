import { readFile } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sharedPage, VIEWPORTS } from '../support/browser.ts';
import { waitForQuiet, waitForSearchResults } from '../support/quality-search.ts';
import { builtPages, sourceArticleIds } from '../support/site-pages.ts';

const subpathSiteUrl = inject('subpathSiteUrl');
const subpathSiteDir = inject('subpathSiteDir');
const base = new URL(subpathSiteUrl).pathname;

/** Paths (from the server's root) of every request `page` makes, and those that failed. */
function watchRequests(page: Page): { paths: string[]; failures: string[] } {
  const watched = { paths: [] as string[], failures: [] as string[] };
  page.on('request', (request) => {
    if (request.url().startsWith('http')) watched.paths.push(new URL(request.url()).pathname);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) watched.failures.push(`${response.status()} ${response.url()}`);
  });
  return watched;
}

describe(`sub-path deployment (BASE_PATH=${base}, with BASE_URL=/ in the build's environment)`, () => {
  it('is really built under the sub-path', () => {
    expect(base).toBe('/archive/');
  });

  it('prefixes every root-relative URL and every absolute site URL in every page with the base', async () => {
    const pages = await builtPages(subpathSiteDir);
    expect(pages.length).toBeGreaterThanOrEqual(5);
    const outside: string[] = [];
    for (const page of pages) {
      const html = await readFile(page.file, 'utf8');
      for (const [, attribute, value = ''] of html.matchAll(/\s(href|src|action|srcset|content)="([^"]*)"/g)) {
        const urls =
          attribute === 'srcset'
            ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
            : [value];
        for (const url of urls) {
          const rootRelative = url.startsWith('/') && !url.startsWith('//');
          const absoluteSite = /^https?:\/\/(localhost|127\.0\.0\.1)[:/]/.test(url);
          const path = rootRelative ? url : absoluteSite ? new URL(url).pathname : undefined;
          if (path !== undefined && !path.startsWith(base)) outside.push(`${page.path}: ${attribute}="${url}"`);
        }
      }
    }
    expect(outside).toEqual([]);
  });

  it('lists the articles under the base in the sitemap and the RSS feed', async () => {
    const feed = await readFile(`${subpathSiteDir}/rss.xml`, 'utf8');
    const sitemap = await readFile(`${subpathSiteDir}/sitemap-0.xml`, 'utf8');
    for (const id of sourceArticleIds()) {
      expect(feed).toMatch(new RegExp(`<link>https?://[^<]+${base}articles/${id}/</link>`));
      expect(sitemap).toMatch(new RegExp(`<loc>https?://[^<]+${base}articles/${id}/</loc>`));
    }
    expect(sitemap).not.toMatch(/<loc>https?:\/\/[^/<]+\/(?!archive\/)/);
  });

  it('goes home → article → table-of-contents link, every request staying under the base', async () => {
    const { page, consoleErrors, foreignRequests } = await sharedPage(subpathSiteUrl, {
      viewport: VIEWPORTS.phone,
    });
    const requests = watchRequests(page);
    expect((await page.goto(subpathSiteUrl))?.status()).toBe(200);
    const firstArticle = page.locator('.article-list-item h2 a').first();
    const href = (await firstArticle.getAttribute('href')) ?? '';
    expect(href.startsWith(`${base}articles/`)).toBe(true);
    await firstArticle.click();
    await page.waitForURL(`**${href}`);
    await expect(page.locator('h1').count()).resolves.toBe(1);
    // On a phone the contents are folded under the title: open them, as a reader would.
    await page.locator('.toc-summary').click();
    const tocLink = page.locator('.toc a').first();
    const target = (await tocLink.getAttribute('href')) ?? '';
    expect(target).toMatch(/^#[a-z]/);
    await tocLink.click();
    await page.waitForFunction((hash) => location.hash === hash, target);
    const top = await page.evaluate(
      (id) => document.getElementById(id)?.getBoundingClientRect().top ?? -1,
      target.slice(1),
    );
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(VIEWPORTS.phone.height / 2);
    await waitForQuiet(page);
    expect(requests.paths.filter((path) => !path.startsWith(base))).toEqual([]);
    expect(requests.failures).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('serves the 404 page, styled and linking home under the base', async () => {
    const { page } = await sharedPage(subpathSiteUrl);
    const requests = watchRequests(page);
    const response = await page.goto(new URL('no-such-page/', subpathSiteUrl).href);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('找不到页面');
    await expect(page.locator(`main a[href="${base}"]`).count()).resolves.toBeGreaterThan(0);
    const stylesheets = await page.evaluate(() => document.styleSheets.length);
    expect(stylesheets).toBeGreaterThan(0);
    expect(requests.paths.filter((path) => !path.startsWith(base))).toEqual([]);
  });

  it('finds an article for 广电, links it under the base, and the link opens it', async () => {
    const { page, consoleErrors, foreignRequests } = await sharedPage(subpathSiteUrl);
    const requests = watchRequests(page);
    await page.goto(new URL(`search/?q=${encodeURIComponent('广电')}`, subpathSiteUrl).href);
    const results = await waitForSearchResults(page);
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) expect(result.startsWith(`${base}articles/`), result).toBe(true);
    await waitForQuiet(page);
    expect(requests.paths.filter((path) => !path.startsWith(base))).toEqual([]);
    expect(requests.paths.length).toBeGreaterThan(1);
    expect(requests.failures).toEqual([]);
    const sectionLink = page.locator('.search-result-sections a').first();
    expect(await sectionLink.getAttribute('href')).toMatch(new RegExp(`^${base}articles/[^/]+/\\?highlight=.+#`));
    await sectionLink.click();
    await page.waitForURL(new RegExp(`${base}articles/`));
    // The article highlights the match under the base too (its script and styles load from there).
    await page.waitForFunction(() => (CSS.highlights.get('search-result')?.size ?? 0) > 0);
    await waitForQuiet(page);
    expect(requests.failures).toEqual([]);
    expect(requests.paths.filter((path) => !path.startsWith(base))).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});
