import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** One result as the search page shows it. */
interface ShownResult {
  /** Article id taken from the title link. */
  articleId: string;
  titleHref: string;
  /** The section links, in order. */
  sectionHrefs: string[];
  excerpt: string;
  marked: string[];
}

/** What the search page shows for a query: the status line and the results. */
export interface ShownSearch {
  status: string;
  results: ShownResult[];
}

/** Waits until the search page has answered (status set, not busy) and reads what it shows. */
export async function readSearchPage(page: Page): Promise<ShownSearch> {
  await page.waitForFunction(() => {
    const status = document.querySelector('[data-search-status]')?.textContent ?? '';
    return status !== '' && !document.querySelector('[data-search-results][aria-busy="true"]');
  });
  return page.evaluate(() => ({
    status: document.querySelector('[data-search-status]')?.textContent ?? '',
    results: [...document.querySelectorAll('[data-search-results] > li')].map((item) => {
      const titleHref = item.querySelector('h2 a')?.getAttribute('href') ?? '';
      return {
        articleId: /\/articles\/([^/]+)\//.exec(titleHref)?.[1] ?? '',
        titleHref,
        sectionHrefs: [...item.querySelectorAll('.search-result-sections a')].map((a) => a.getAttribute('href') ?? ''),
        excerpt: item.querySelector('.search-result-excerpt')?.textContent ?? '',
        marked: [...item.querySelectorAll('mark')].map((mark) => mark.textContent ?? ''),
      };
    }),
  }));
}

/** Opens /search/?q=… on a site and reads the answer. */
export async function searchOnSite(page: Page, siteUrl: string, query: string): Promise<ShownSearch> {
  await page.goto(`${siteUrl}search/?q=${encodeURIComponent(query)}`);
  return readSearchPage(page);
}

/**
 * Types `query` into the search box of the search page `page` shows and presses Enter, as a reader searching
 * again does, and reads the answer: the page and its index stay loaded between queries.
 */
export async function searchInBox(page: Page, query: string): Promise<ShownSearch> {
  const input = page.locator('#page-search-input');
  await input.fill(query);
  // The submit handler marks the results busy before it returns, so the answer read is this query's.
  await input.press('Enter');
  return readSearchPage(page);
}

/**
 * For a built article, the section each element id lies in: headings (h2–h6) with an id open a
 * section; ids before the first heading are in "intro". Read from the HTML the site serves.
 */
export async function sectionsByElementId(siteDir: string, articleId: string): Promise<Map<string, string>> {
  const html = await readFile(join(siteDir, 'articles', articleId, 'index.html'), 'utf8');
  const body = html.slice(html.indexOf('class="article-body"'));
  const sections = new Map<string, string>();
  let current = 'intro';
  for (const match of body.matchAll(/<(h[2-6]|p|li|blockquote|div|section|table|figure)\b[^>]*\bid="([^"]+)"/g)) {
    const [, tag, id] = match;
    if (!id) continue;
    if (tag?.startsWith('h')) current = id;
    sections.set(id, current);
  }
  return sections;
}

/** The section a result link leads into: via its #fragment; undefined for a link to the page top. */
export function sectionOfHref(href: string, sections: ReadonlyMap<string, string>): string | undefined {
  const hash = href.includes('#') ? decodeURIComponent(href.slice(href.indexOf('#') + 1)) : '';
  return hash === '' ? undefined : (sections.get(hash) ?? `(unknown #${hash})`);
}
