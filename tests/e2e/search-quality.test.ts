import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openPage, type WatchedPage } from '../support/browser.ts';
import { searchInBox, sectionOfHref, sectionsByElementId } from '../support/search-page.ts';
import { BROADCAST, SEARCH_QUERIES, TELECOM, type QueryKind } from '../fixtures/search-queries.ts';
import { extractSearchDocument } from '../../src/search/build/extract.ts';
import { foldForSearch } from '../../src/search/shared/normalize.ts';
import { candidateQueries } from '../../src/search/shared/tokens.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');

let watched: WatchedPage & { context: BrowserContext };
let page: Page;
const sectionMaps = new Map<string, Map<string, string>>();

beforeAll(async () => {
  watched = await openPage(siteUrl);
  page = watched.page;
  for (const articleId of [BROADCAST, TELECOM])
    sectionMaps.set(articleId, await sectionsByElementId(siteDir, articleId));
});

describe('the query table', () => {
  it('has at least 60 queries covering every kind, at least 10 of them absent from both articles', () => {
    expect(SEARCH_QUERIES.length).toBeGreaterThanOrEqual(60);
    const kinds = new Set<QueryKind>(SEARCH_QUERIES.map((row) => row.kind));
    for (const kind of [
      'word',
      'phrase',
      'number',
      'latin',
      'traditional',
      'full-width',
      'multi-term',
      'title-source-date',
      'regional',
      'invisible',
      'absent',
    ] as const) {
      expect(kinds).toContain(kind);
    }
    expect(SEARCH_QUERIES.filter((row) => Object.keys(row.sections).length === 0).length).toBeGreaterThanOrEqual(10);
  });
});

// Typed into the box of one search page, query after query, as a reader searching again does (a query from the
// URL takes the same path: search.test.ts and the others open /search/?q=…).
describe('search quality through the real /search/ page', () => {
  beforeAll(async () => {
    await page.goto(`${siteUrl}search/`);
  });

  it.each(SEARCH_QUERIES)('$kind: $query', async (row) => {
    const shown = await searchInBox(page, row.query);
    const expectedIds = Object.keys(row.sections).sort();
    // Precision and recall: exactly the expected articles, each once.
    expect(shown.results.map((result) => result.articleId).sort()).toEqual(expectedIds);
    if (row.first) expect(shown.results[0]?.articleId).toBe(row.first);
    if (expectedIds.length === 0) expect(shown.status).toContain('没有找到');
    else expect(shown.status).toContain(`找到 ${expectedIds.length} 篇`);
    for (const result of shown.results) {
      const expectedSection = row.sections[result.articleId];
      const sections = sectionMaps.get(result.articleId) ?? new Map<string, string>();
      // Section accuracy: the first section link leads into the section that holds the match.
      if (expectedSection === null) {
        expect(result.sectionHrefs).toEqual([]);
      } else {
        expect(result.sectionHrefs.length).toBeGreaterThan(0);
        expect(result.sectionHrefs.length).toBeLessThanOrEqual(3);
        expect(sectionOfHref(result.sectionHrefs[0] ?? '', sections)).toBe(expectedSection);
      }
      expect(result.marked.length).toBeGreaterThan(0);
    }
    expect(watched.consoleErrors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
  });
});

describe('recall of the candidate stage, measured on every passage', () => {
  it('finds the article for every substring of 2 to 8 Chinese characters (every 2nd start, over 5,000)', async () => {
    const samples: { query: string; url: string }[] = [];
    for (const articleId of [BROADCAST, TELECOM]) {
      const html = await readFile(join(siteDir, 'articles', articleId, 'index.html'), 'utf8');
      const document = extractSearchDocument(html, `/articles/${articleId}/`);
      for (const block of document?.blocks ?? []) {
        for (const run of foldForSearch(block.text).match(/\p{Script=Han}{2,}/gu) ?? []) {
          const characters = [...run];
          for (let start = 0; start < characters.length - 1; start += 2) {
            for (let length = 2; length <= 8 && start + length <= characters.length; length += 1) {
              const { phrase, prefix } = candidateQueries(characters.slice(start, start + length).join(''));
              samples.push({ query: phrase ?? prefix ?? '', url: document?.url ?? '' });
            }
          }
        }
      }
    }
    expect(samples.length).toBeGreaterThan(5000);
    // A control the harness must report: 网速慢 is in neither article.
    const control = candidateQueries('网速慢').phrase ?? '';
    samples.push({ query: control, url: `/articles/${TELECOM}/` });
    await page.goto(`${siteUrl}search/`);
    // Pagefind's own search() on the page's bundle, with the very queries the page sends.
    const misses = (await page.evaluate(
      `(async (samples) => {
        const pagefind = await import(${JSON.stringify(`${siteUrl}search-index/parts/2020/pagefind.js`)});
        const urlOf = new Map();
        const misses = [];
        for (const sample of samples) {
          const found = await pagefind.search(sample.query);
          const urls = [];
          for (const result of found.results) {
            if (!urlOf.has(result.id)) urlOf.set(result.id, (await result.data()).url);
            urls.push(urlOf.get(result.id));
          }
          if (!urls.includes(sample.url)) misses.push(sample.query);
        }
        return misses;
      })(${JSON.stringify(samples)})`,
    )) as string[];
    expect(misses).toEqual([control]);
  }, 180_000);
});
