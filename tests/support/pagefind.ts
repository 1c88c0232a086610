import * as pagefind from 'pagefind';
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

/**
 * Writes Pagefind's own index of `siteDir`'s pages, as it ships (`addDirectory`), into `siteDir/pagefind/`:
 * the site itself builds only its bigram bundle, so comparisons with stock Pagefind build this one.
 */
export async function writeStockPagefindIndex(siteDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${siteDir.replace(/\/$/, '')}/pagefind` });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
