import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sharedPage } from '../support/browser.ts';
import { waitForSearchResults } from '../support/quality-search.ts';
import { builtPages, sourceArticleIds, type BuiltPage } from '../support/site-pages.ts';
import { decodeXml, xmlValues } from '../support/xml.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');

/** What a page links to and which ids it has, as the browser sees it. */
interface PageLinks {
  url: string;
  /** Every URL the page refers to (href, src, srcset, action), resolved against the page. */
  references: { url: string; where: string }[];
  ids: string[];
  canonical: string[];
  ogUrl: string | null;
  heading: string | null;
}

async function linksOf(page: Page): Promise<Omit<PageLinks, 'url'>> {
  return page.evaluate(() => {
    const references: { url: string; where: string }[] = [];
    const describe = (element: Element): string =>
      `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.className && typeof element.className === 'string' ? `.${element.className.split(' ').join('.')}` : ''}>`;
    for (const element of document.querySelectorAll('[href], [src], [srcset], form[action]')) {
      if (element.matches('link[rel="canonical"]')) continue;
      for (const attribute of ['href', 'src', 'action']) {
        const value = element.getAttribute(attribute);
        if (value !== null) references.push({ url: new URL(value, document.baseURI).href, where: describe(element) });
      }
      const srcset = element.getAttribute('srcset');
      for (const candidate of srcset?.split(',') ?? []) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) references.push({ url: new URL(url, document.baseURI).href, where: describe(element) });
      }
    }
    return {
      references,
      ids: [...document.querySelectorAll('[id]')].map((element) => element.id),
      canonical: [...document.querySelectorAll('link[rel="canonical"]')].map((link) => link.getAttribute('href') ?? ''),
      ogUrl: document.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? null,
      heading: document.querySelector('h1')?.textContent?.trim() ?? null,
    };
  });
}

let pages: BuiltPage[] = [];
const crawled = new Map<string, PageLinks>();

beforeAll(async () => {
  pages = await builtPages(siteDir);
  const { page } = await sharedPage(siteUrl);
  for (const built of pages) {
    const url = new URL(built.path, siteUrl).href;
    await page.goto(url);
    crawled.set(url, { url, ...(await linksOf(page)) });
  }
});

/** A link's target without its fragment, and the fragment decoded (undefined when there is none). */
function splitFragment(url: string): { document: string; fragment: string | undefined } {
  const parsed = new URL(url);
  const fragment = parsed.hash === '' ? undefined : decodeURIComponent(parsed.hash.slice(1));
  parsed.hash = '';
  return { document: parsed.href, fragment };
}

describe('link integrity over the built site', () => {
  it('finds every page of the build, articles included', () => {
    const paths = pages.map((page) => page.path);
    expect(paths).toEqual(expect.arrayContaining(['', '404.html', 'search/']));
    for (const id of sourceArticleIds()) expect(paths).toContain(`articles/${id}/`);
  });

  it('resolves every internal href/src/action to a page or file that exists', async () => {
    const origin = new URL(siteUrl).origin;
    const status = new Map<string, number>();
    const broken: string[] = [];
    for (const crawledPage of crawled.values()) {
      for (const reference of crawledPage.references) {
        if (new URL(reference.url).origin !== origin) continue;
        const { document } = splitFragment(reference.url);
        if (!status.has(document)) status.set(document, (await fetch(document, { method: 'GET' })).status);
        if (status.get(document) !== 200) {
          broken.push(`${crawledPage.url} ${reference.where} → ${reference.url} (HTTP ${status.get(document)})`);
        }
      }
    }
    expect(status.size).toBeGreaterThan(5);
    expect(broken).toEqual([]);
  });

  it('resolves every #fragment to an element id on the target page', () => {
    const origin = new URL(siteUrl).origin;
    const broken: string[] = [];
    let fragments = 0;
    for (const crawledPage of crawled.values()) {
      for (const reference of crawledPage.references) {
        if (new URL(reference.url).origin !== origin) continue;
        const { document, fragment } = splitFragment(reference.url);
        if (fragment === undefined || fragment.startsWith(':~:')) continue;
        fragments += 1;
        const target = crawled.get(document);
        if (!target)
          broken.push(`${crawledPage.url} ${reference.where} → ${reference.url}: target is not an HTML page`);
        else if (!target.ids.includes(fragment)) {
          broken.push(`${crawledPage.url} ${reference.where} → ${reference.url}: no element with id "${fragment}"`);
        }
      }
    }
    expect(fragments).toBeGreaterThan(10);
    expect(broken).toEqual([]);
  });

  it('resolves every link the search page shows for 广电 (results and their section links), fragments included', async () => {
    const { page } = await sharedPage(siteUrl);
    await page.goto(new URL(`search/?q=${encodeURIComponent('广电')}`, siteUrl).href);
    await waitForSearchResults(page);
    const { references } = await linksOf(page);
    const resultLinks = references.filter((reference) => new URL(reference.url).pathname.includes('/articles/'));
    expect(resultLinks.length).toBeGreaterThan(0);
    const broken = resultLinks.flatMap((reference) => {
      const { document, fragment } = splitFragment(reference.url);
      // A static host ignores the query (e.g. ?highlight=…); the page is the path.
      const target = crawled.get(document.replace(/\?.*$/, ''));
      if (!target) return [`${reference.where} → ${reference.url}: not a page of the site`];
      if (fragment !== undefined && !target.ids.includes(fragment)) {
        return [`${reference.where} → ${reference.url}: no element with id "${fragment}"`];
      }
      return [];
    });
    expect(broken).toEqual([]);
  });

  it('has no two elements with the same id on any page', () => {
    for (const crawledPage of crawled.values()) {
      const duplicates = crawledPage.ids.filter((id, index) => crawledPage.ids.indexOf(id) !== index);
      expect(duplicates, crawledPage.url).toEqual([]);
    }
  });
});

/** The absolute URL the site publishes for `path` (SITE_URL, default http://localhost:4321, plus the path). */
function canonicalFor(path: string, canonicalOrigin: string): string {
  return new URL(path, `${canonicalOrigin}/`).href;
}

describe('sitemap, RSS feed and canonical URLs', () => {
  const articleIds = sourceArticleIds();

  async function canonicalOrigin(): Promise<string> {
    const home = crawled.get(new URL('', siteUrl).href);
    return new URL(home?.canonical[0] ?? '').origin;
  }

  it('gives every page exactly one absolute canonical URL, equal to og:url and to where the page lives', async () => {
    const origin = await canonicalOrigin();
    expect(origin).toMatch(/^https?:\/\/[^/]+$/);
    for (const built of pages) {
      const crawledPage = crawled.get(new URL(built.path, siteUrl).href);
      if (built.path.endsWith('404.html')) {
        // A not-found page (one per edition) is served for every missing URL; whatever it declares, it must be absolute.
        for (const canonical of crawledPage?.canonical ?? []) expect(canonical).toMatch(/^https?:\/\//);
        continue;
      }
      expect(crawledPage?.canonical, built.path).toEqual([canonicalFor(built.path, origin)]);
      expect(crawledPage?.ogUrl, built.path).toBe(canonicalFor(built.path, origin));
    }
  });

  it('lists exactly the articles in the sitemap (all of them, none bogus), with the pages’ canonical URLs', async () => {
    const origin = await canonicalOrigin();
    const index = await readFile(`${siteDir}/sitemap-index.xml`, 'utf8');
    const sitemapFiles = xmlValues(index, 'loc');
    expect(sitemapFiles.length).toBeGreaterThan(0);
    const locations: string[] = [];
    for (const sitemapFile of sitemapFiles) {
      expect(sitemapFile.startsWith(`${origin}/`)).toBe(true);
      locations.push(...xmlValues(await readFile(`${siteDir}/${new URL(sitemapFile).pathname}`, 'utf8'), 'loc'));
    }
    const articleLocations = locations.filter((location) => new URL(location).pathname.startsWith('/articles/'));
    expect(articleLocations.sort()).toEqual(articleIds.map((id) => canonicalFor(`articles/${id}/`, origin)).sort());
    expect(new Set(locations).size).toBe(locations.length);
    // Every other entry is a real, indexable page whose canonical URL is that entry.
    for (const location of locations) {
      const path = new URL(location).pathname.slice(1);
      const crawledPage = crawled.get(new URL(path, siteUrl).href);
      expect(crawledPage, `sitemap entry ${location} is not a built page`).toBeDefined();
      expect(crawledPage?.canonical).toEqual([location]);
      expect(path).not.toMatch(/^(search\/|404)/);
    }
  });

  it('lists exactly the articles in the RSS feed, each with its title and canonical link', async () => {
    const origin = await canonicalOrigin();
    const feed = await readFile(`${siteDir}/rss.xml`, 'utf8');
    const items = [...feed.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((match) => match[1] ?? '');
    const links = items.map((item) => xmlValues(item, 'link')[0] ?? '');
    expect(links.sort()).toEqual(articleIds.map((id) => canonicalFor(`articles/${id}/`, origin)).sort());
    for (const item of items) {
      const link = xmlValues(item, 'link')[0] ?? '';
      const title = xmlValues(item, 'title')[0] ?? '';
      const articlePage = crawled.get(new URL(new URL(link).pathname.slice(1), siteUrl).href);
      expect(decodeXml(title)).toBe(articlePage?.heading);
      expect(xmlValues(item, 'guid')[0]).toBe(link);
    }
    expect(xmlValues(feed, 'link')[0]).toBe(`${origin}/`);
  });
});
