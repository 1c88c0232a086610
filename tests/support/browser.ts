import type { Browser, BrowserContext, BrowserContextOptions, ConsoleMessage, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';

/** Viewports the site is checked at: a small phone and a desktop. */
export const VIEWPORTS = {
  phone: { width: 360, height: 740 },
  desktop: { width: 1280, height: 900 },
} as const;

/** A page together with every console error, page error and off-origin request it produced. */
export interface WatchedPage {
  page: Page;
  consoleErrors: string[];
  foreignRequests: string[];
}

let sharedBrowser: Promise<Browser> | undefined;

/** One Chromium per test worker, started on first use. */
export function browser(): Promise<Browser> {
  sharedBrowser ??= launchChromium();
  return sharedBrowser;
}

/** Closes this worker's Chromium. */
export async function closeBrowser(): Promise<void> {
  if (sharedBrowser) await (await sharedBrowser).close();
  sharedBrowser = undefined;
}

/** Opens a fresh context and page that records console errors and requests leaving `siteUrl`'s origin. */
export async function openPage(
  siteUrl: string,
  options: BrowserContextOptions = {},
): Promise<WatchedPage & { context: BrowserContext }> {
  const context = await (
    await browser()
  ).newContext({ viewport: VIEWPORTS.desktop, reducedMotion: 'reduce', ...options });
  const page = await context.newPage();
  const origin = new URL(siteUrl).origin;
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin)
      foreignRequests.push(url);
  });
  return { context, page, consoleErrors, foreignRequests };
}
