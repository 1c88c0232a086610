import type { Browser, Page } from 'playwright-core';
import type { CountingServer, ServedResponse } from './counting-server.ts';
import { searchCost, type SearchCost } from './search-cost.ts';
import { TEXT_FILE_EXTENSION } from '../../src/search/shared/contract.ts';

/** One first search in a fresh browser context (empty cache). */
export interface SearchMeasurement {
  query: string;
  /** All bytes the server sent for it (gzip for text), page included for the archive's search page. */
  bytes: number;
  /** Of those, bytes of search data: Pagefind library, wasm, index chunks, result data (everything but the page itself). */
  searchDataBytes: number;
  /** Of the search data, Pagefind's index chunks and metadata (`.pf_index`, `.pf_meta`). */
  indexChunkBytes: number;
  /** Of the search data, result data (`.pf_fragment`, the article texts' `.jsongz`). */
  resultDataBytes: number;
  requests: number;
  /** Result data files fetched (`.pf_fragment`, the article texts' `.jsongz`): one per result whose data was loaded. */
  fragments: number;
  /** The same bytes split into what any search costs and what these terms cost (absent in runs before 2026-11-27). */
  cost?: SearchCost;
  /** Milliseconds from the moment the query was known to the page until the results were shown. */
  resultsMs: number;
  /** Every measured time when the query was run more than once (`resultsMs` is the fastest). */
  allResultsMs?: number[];
  /** Milliseconds from navigation start until the results were shown (archive search page only). */
  sinceNavigationMs?: number;
  resultCount: number;
  /** What the status region said (archive search page only). */
  statusText?: string;
  error?: string;
}

/** How many results stock Pagefind's own UI loads for its first page of results. */
export const STOCK_RESULTS_LOADED = 5;

const LOADING_TEXT = /正在|搜索中|加载|载入|loading|searching|\.\.\.$|…$/iu;

interface StatusChange {
  text: string;
  at: number;
}

/** Records every change of the page's status live region with a timestamp (runs before the page's scripts). */
const STATUS_RECORDER = `(() => {
  const changes = [];
  Object.defineProperty(window, '__benchStatusChanges', { value: changes });
  const statusRegion = () =>
    document.querySelector('main [role=status]') ?? document.querySelector('[role=status]') ?? document.querySelector('main [aria-live]');
  const record = () => {
    const text = (statusRegion()?.textContent ?? '').trim();
    const last = changes[changes.length - 1];
    if (text !== '' && text !== last?.text) changes.push({ text, at: performance.now() });
  };
  new MutationObserver(record).observe(document, { subtree: true, childList: true, characterData: true });
})();`;

/** The page's own files: its HTML, Astro's bundled CSS/JS, the icon. */
function isPageFile(path: string): boolean {
  return path.startsWith('/_astro/') || path.endsWith('/') || path.endsWith('.html') || path === '/favicon.svg';
}

function summarise(
  responses: ServedResponse[],
): Pick<
  SearchMeasurement,
  'bytes' | 'searchDataBytes' | 'indexChunkBytes' | 'resultDataBytes' | 'requests' | 'fragments' | 'cost'
> {
  const bytesOf = (pattern: RegExp): number =>
    responses.filter((response) => pattern.test(response.path)).reduce((sum, response) => sum + response.bytes, 0);
  return {
    indexChunkBytes: bytesOf(/\.pf_(index|meta)$/),
    resultDataBytes: bytesOf(/\.pf_fragment$/) + bytesOf(new RegExp(`\\${TEXT_FILE_EXTENSION}$`)),
    bytes: responses.reduce((sum, response) => sum + response.bytes, 0),
    searchDataBytes: responses
      .filter((response) => !isPageFile(response.path))
      .reduce((sum, response) => sum + response.bytes, 0),
    requests: responses.length,
    fragments: responses.filter(
      (response) => /\.pf_fragment$/.test(response.path) || response.path.endsWith(TEXT_FILE_EXTENSION),
    ).length,
    cost: searchCost(responses),
  };
}

async function waitForStatus(page: Page, timeoutMs: number, pageErrors: string[]): Promise<StatusChange | undefined> {
  const started = performance.now();
  // A page error before any status text means the search script died: stop waiting soon after it.
  while (performance.now() - started < timeoutMs) {
    if (pageErrors.length > 0 && performance.now() - started > 3000) return undefined;
    const changes = (await page.evaluate('window.__benchStatusChanges ?? []')) as StatusChange[];
    const settled = changes.find((change) => !LOADING_TEXT.test(change.text));
    if (settled) return settled;
    await page.waitForTimeout(25);
  }
  return undefined;
}

/**
 * Opens the archive's search page at `/search/?q=…` (with `selection`'s filter and sort parameters, if any)
 * in a fresh context and waits for the status region to report results.
 */
export async function measureArchiveSearch(
  browser: Browser,
  server: CountingServer,
  searchQuery: string,
  selection: Readonly<Record<string, string>> = {},
): Promise<SearchMeasurement> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.addInitScript(STATUS_RECORDER);
    server.reset();
    const parameters = new URLSearchParams({ q: searchQuery, ...selection });
    await page.goto(`${server.url}search/?${parameters.toString()}`);
    const settled = await waitForStatus(page, 30_000, pageErrors);
    await server.waitForIdle();
    const counted = summarise(server.responses());
    const domReadyAt = (await page.evaluate(
      "performance.getEntriesByType('navigation')[0]?.domContentLoadedEventStart ?? 0",
    )) as number;
    const shown = (await page.evaluate(
      "document.querySelectorAll('main [data-search-results] > li, main ol li, main [role=list] > *').length",
    )) as number;
    if (!settled) {
      const error =
        pageErrors.length > 0 ? `page error: ${pageErrors.join('; ')}` : 'the status region was never filled';
      return {
        query: searchQuery,
        ...counted,
        resultsMs: Number.NaN,
        resultCount: shown,
        error,
      };
    }
    const counts = /(\d+)/.exec(settled.text);
    return {
      query: searchQuery,
      ...counted,
      resultsMs: settled.at - domReadyAt,
      sinceNavigationMs: settled.at,
      resultCount: counts ? Number(counts[1]) : shown,
      statusText: settled.text,
    };
  } finally {
    await context.close();
  }
}

/** Runs stock Pagefind (`import pagefind.js`, `search()`, data of the first results) from a blank page in a fresh context. */
export async function measureStockSearch(
  browser: Browser,
  server: CountingServer,
  searchQuery: string,
  bundleFolder = 'pagefind/',
): Promise<SearchMeasurement> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(server.blankPageUrl);
    await server.waitForIdle(200);
    server.reset();
    // A string, so nothing rewrites the dynamic import; the same steps Pagefind's own UI takes on a first search.
    const script = `(async () => {
      const started = performance.now();
      const pagefind = await import(${JSON.stringify(`${server.url}${bundleFolder}pagefind.js`)});
      const found = await pagefind.search(${JSON.stringify(searchQuery)});
      await Promise.all(found.results.slice(0, ${STOCK_RESULTS_LOADED}).map((result) => result.data()));
      return { count: found.results.length, ms: performance.now() - started };
    })()`;
    const outcome = (await page.evaluate(script)) as {
      count: number;
      ms: number;
    };
    await server.waitForIdle();
    return {
      query: searchQuery,
      ...summarise(server.responses()),
      resultsMs: outcome.ms,
      resultCount: outcome.count,
    };
  } finally {
    await context.close();
  }
}

/** What a reader's browser fetches for an article page, and whether its text is all there without JavaScript. */
export interface ArticlePageCheck {
  url: string;
  /** Same-origin paths the page loaded with JavaScript on (document, styles, scripts, images). */
  loadedPaths: string[];
  /** Bytes on the wire (gzip) for those. */
  wireBytes: number;
  /** `<script>` elements other than JSON-LD data. */
  scriptElements: number;
  readableWithoutJs: boolean;
  missingWithoutJs: string[];
}

/** Loads an article page with JavaScript on (to list what it fetches) and off (every paragraph and heading must be in the text). */
export async function checkArticlePage(
  browser: Browser,
  server: CountingServer,
  articlePath: string,
  expectedTexts: string[],
): Promise<ArticlePageCheck> {
  const url = `${server.url}${articlePath.replace(/^\//, '')}`;
  const withScripts = await browser.newContext();
  let loadedPaths: string[];
  let wireBytes: number;
  let scriptElements: number;
  try {
    const page = await withScripts.newPage();
    server.reset();
    await page.goto(url, { waitUntil: 'load' });
    await server.waitForIdle();
    loadedPaths = server.responses().map((response) => response.path);
    wireBytes = server.responses().reduce((sum, response) => sum + response.bytes, 0);
    scriptElements = (await page.evaluate(
      'document.querySelectorAll(\'script:not([type="application/ld+json"])\').length',
    )) as number;
  } finally {
    await withScripts.close();
  }
  const withoutScripts = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await withoutScripts.newPage();
    await page.goto(url, { waitUntil: 'load' });
    // Pages show the sources' half-width `,` `!` `:` … in Chinese sentences full-width (display only, see
    // src/typography/punctuation.ts): NFKC folds both back, so the check compares the words.
    const comparable = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '');
    const visibleText = comparable(await page.locator('body').innerText());
    const missingWithoutJs = expectedTexts.filter((text) => !visibleText.includes(comparable(text)));
    return {
      url: articlePath,
      loadedPaths,
      wireBytes,
      scriptElements,
      readableWithoutJs: missingWithoutJs.length === 0,
      missingWithoutJs: missingWithoutJs.map((text) => text.slice(0, 40)),
    };
  } finally {
    await withoutScripts.close();
  }
}
