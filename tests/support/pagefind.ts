import type { Page } from 'playwright-core';

/** What Pagefind's own `search()` returned for one result, reduced to what tests compare. */
export interface StockResult {
  url: string;
  subResultUrls: string[];
}

/**
 * Runs Pagefind's own `search()` as it ships, inside `page`, with the bundle at `bundleUrl` (ending in "/").
 * The script is passed as a string so the test runner's transforms never touch its dynamic import.
 */
export async function stockPagefindSearch(page: Page, bundleUrl: string, searchQuery: string): Promise<StockResult[]> {
  const script = `(async () => {
    const pagefind = await import(${JSON.stringify(`${bundleUrl}pagefind.js`)});
    const found = await pagefind.search(${JSON.stringify(searchQuery)});
    return Promise.all(found.results.map(async (result) => {
      const data = await result.data();
      return { url: data.url, subResultUrls: data.sub_results.map((sub) => sub.url) };
    }));
  })()`;
  return page.evaluate(script) as Promise<StockResult[]>;
}
