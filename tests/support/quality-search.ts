import type { Page } from 'playwright-core';

/** Links to articles inside `<main>`: on the search page, only results link there. */
const RESULT_LINK_SELECTOR = 'main a[href*="articles/"]';

/** Waits until the search page shows at least one result linking to an article; returns the result links' hrefs. */
export async function waitForSearchResults(page: Page, timeout = 20_000): Promise<string[]> {
  await page.locator(RESULT_LINK_SELECTOR).first().waitFor({ state: 'visible', timeout });
  return page
    .locator(RESULT_LINK_SELECTOR)
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

/** Waits until the page has made no request for `quietMs` (search runs in a worker and fetches index chunks). */
export async function waitForQuiet(page: Page, quietMs = 500, timeout = 10_000): Promise<void> {
  let last = Date.now();
  const touch = (): void => {
    last = Date.now();
  };
  page.on('request', touch);
  page.on('requestfinished', touch);
  const started = Date.now();
  while (Date.now() - last < quietMs && Date.now() - started < timeout) await page.waitForTimeout(100);
  page.off('request', touch);
  page.off('requestfinished', touch);
}
