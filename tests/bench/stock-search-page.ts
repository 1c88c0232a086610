// Stock Pagefind's default UI on the same pages, for benchmarks that compare the search page with it side by
// side: Pagefind's own index of the built site (as it ships, /pagefind/) and a page that shows it the way
// Pagefind's documentation does (pagefind-ui.css and pagefind-ui.js in the head, `new PagefindUI` at
// DOMContentLoaded, the URL's ?q= passed to `triggerSearch`). Its script is a file, not inline, so the site's
// own Content-Security-Policy (which nginx sends with every page) lets it run; its files are precompressed
// like the site's, so nginx sends them with Brotli as it does the archive's.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { precompressFolder } from '../../src/integrations/precompress.ts';
import { writeStockPagefindIndex } from '../support/pagefind.ts';

/** Folder of the stock search page inside the site (its URL path, without slashes). */
const STOCK_SEARCH_FOLDER = 'stock-search';

/**
 * Whether the stock page has answered: Pagefind UI's result list is shown (it appears with the count once the
 * search is done) and none of its results still waits for its data (the grey placeholders).
 */
export const STOCK_ANSWERED_CHECK =
  "document.querySelector('ol.pagefind-ui__results') !== null && document.querySelector('.pagefind-ui__loading') === null";

const STOCK_PAGE = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>搜索</title>
    <link rel="icon" href="data:,">
    <link href="/pagefind/pagefind-ui.css" rel="stylesheet">
    <script src="/pagefind/pagefind-ui.js"></script>
    <script src="/${STOCK_SEARCH_FOLDER}/start.js"></script>
  </head>
  <body>
    <main>
      <h1>搜索</h1>
      <div id="search"></div>
    </main>
  </body>
</html>
`;

const STOCK_START = `window.addEventListener('DOMContentLoaded', () => {
  const ui = new PagefindUI({ element: '#search', showSubResults: true });
  const query = new URLSearchParams(location.search).get('q');
  if (query) ui.triggerSearch(query);
});
`;

/** Writes stock Pagefind's index of `siteDir` and its default UI's page there; returns the page's path on the site. */
export async function writeStockSearchPage(siteDir: string): Promise<string> {
  const pages = await writeStockPagefindIndex(siteDir);
  if (pages === 0) throw new Error(`stock Pagefind found no pages in ${siteDir}`);
  const folder = join(siteDir, STOCK_SEARCH_FOLDER);
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'index.html'), STOCK_PAGE);
  await writeFile(join(folder, 'start.js'), STOCK_START);
  await precompressFolder(siteDir, join(siteDir, 'pagefind'));
  await precompressFolder(siteDir, folder);
  return `${STOCK_SEARCH_FOLDER}/`;
}
