import type { Browser, BrowserContext, BrowserContextOptions, ConsoleMessage, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { useTextSize, type TextSizeId } from './text-size.ts';

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
/** Contexts opened outside a test (in beforeAll) live until the file ends; those opened in a test, until it ends. */
const fileContexts = new Set<BrowserContext>();
const testContexts = new Set<BrowserContext>();
let openedIn = fileContexts;

/**
 * One Chromium per test worker, started on first use and kept for the worker's next files rather than started
 * again for each; it ends with the worker process, whose pipe it reads.
 */
function browser(): Promise<Browser> {
  sharedBrowser ??= launchChromium().then((launched) => {
    launched.on('disconnected', () => {
      sharedBrowser = undefined;
    });
    return launched;
  });
  return sharedBrowser;
}

/** From now until closeTestContexts, openPage's contexts belong to the running test. */
export function beginTestContexts(): void {
  openedIn = testContexts;
}

/** Closes what the test that just ended left open, passed or failed. */
export async function closeTestContexts(): Promise<void> {
  openedIn = fileContexts;
  await Promise.all([...testContexts].map((context) => context.close()));
}

/** Closes what a file's beforeAll hooks and shared pages opened. */
export async function closeFileContexts(): Promise<void> {
  sharedPages.clear();
  await Promise.all([...fileContexts].map((context) => context.close()));
}

/** Opens a fresh context and page that records console errors and requests leaving `siteUrl`'s origin. */
export async function openPage(
  siteUrl: string,
  options: BrowserContextOptions = {},
): Promise<WatchedPage & { context: BrowserContext }> {
  return openPageIn(openedIn, siteUrl, options);
}

/** Shared pages whose next goto belongs to a test that has not loaded a page yet. */
const startsFresh = new WeakSet<Page>();

/**
 * Each test starts from a new document: a goto that would only move to a #fragment of the document the last
 * test left loads about:blank first, so the fragment lands as on arrival instead of scrolling in place. Any
 * other goto loads a new document anyway (about:blank before every test cost a navigation each).
 */
function loadsNewDocumentFirst(page: Page): void {
  const goto = page.goto.bind(page);
  const withoutFragment = (url: string): string => url.replace(/#.*$/s, '');
  page.goto = async (url, options) => {
    if (startsFresh.delete(page) && withoutFragment(new URL(url, page.url()).href) === withoutFragment(page.url()))
      await goto('about:blank');
    return goto(url, options);
  };
}

/** Pages kept for a whole file, by the options they were opened with. */
const sharedPages = new Map<string, Promise<WatchedPage>>();

/**
 * A page kept for the rest of the file, one per set of options and text size, with its records emptied on each
 * call: for tests that only navigate and read, since every fresh context starts a new renderer process. A text
 * size given is the reader's stored choice from the page's first load on. A test that changes what the next one
 * would see (storage, permissions, init scripts, emulation) opens its own.
 */
export async function sharedPage(
  siteUrl: string,
  options: BrowserContextOptions = {},
  textSize?: TextSizeId,
): Promise<WatchedPage> {
  const key = JSON.stringify([siteUrl, options, textSize]);
  let opened = sharedPages.get(key);
  if (opened === undefined) {
    opened = openPageIn(fileContexts, siteUrl, options).then(async (watched) => {
      if (textSize !== undefined) await useTextSize(watched.context, textSize);
      loadsNewDocumentFirst(watched.page);
      return watched;
    });
    sharedPages.set(key, opened);
  }
  const watched = await opened;
  startsFresh.add(watched.page);
  watched.consoleErrors.length = 0;
  watched.foreignRequests.length = 0;
  return watched;
}

async function openPageIn(
  scope: Set<BrowserContext>,
  siteUrl: string,
  options: BrowserContextOptions,
): Promise<WatchedPage & { context: BrowserContext }> {
  const context = await (
    await browser()
  ).newContext({ viewport: VIEWPORTS.desktop, reducedMotion: 'reduce', ...options });
  scope.add(context);
  context.on('close', () => scope.delete(context));
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
