import type { Browser, BrowserContext, BrowserContextOptions, ConsoleMessage, Disposable, Page } from 'playwright-core';
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
      sharedPages.clear();
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

/** Closes what a file's beforeAll hooks opened. */
export async function closeFileContexts(): Promise<void> {
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

/** A shared page, and the init script that keeps its text size, if one does. */
interface SharedEntry {
  opened: Promise<OpenedPage>;
  textSize?: { id: TextSizeId; script: Disposable } | undefined;
}

/** Pages kept for the worker's files, by the options they cannot change once open (JavaScript, CSP, touch…). */
const sharedPages = new Map<string, SharedEntry>();

/**
 * A page kept for the worker's tests, one per set of options a page cannot change, with its records emptied and
 * its site's storage cleared on each call, and viewport, colour scheme and text size set as asked, since every
 * fresh context costs a new profile and renderer process. A text size given is the reader's stored choice from
 * the page's next load on. A test that installs what a page cannot take back (the clock, routes, permissions
 * granted during the test, init scripts on the context) opens its own.
 */
export async function sharedPage(
  siteUrl: string,
  options: BrowserContextOptions = {},
  textSize?: TextSizeId,
): Promise<WatchedPage> {
  const { viewport = VIEWPORTS.desktop, colorScheme = 'light', reducedMotion = 'reduce', ...fixed } = options;
  const key = JSON.stringify(fixed);
  let entry = sharedPages.get(key);
  if (entry === undefined) {
    entry = {
      // No scope closes it: it serves the worker's next files too, and ends with its Chromium.
      opened: openPageIn(undefined, siteUrl, fixed).then((watched) => {
        loadsNewDocumentFirst(watched.page);
        // A page whose renderer crashed serves no later test: the next call opens another.
        watched.page.on('crash', () => sharedPages.delete(key));
        return watched;
      }),
    };
    sharedPages.set(key, entry);
  }
  const watched = await entry.opened;
  const { page, context } = watched;
  watched.site.origin = new URL(siteUrl).origin;
  // What a test may have changed on the page (print media, a narrower window) is set again each time.
  if (viewport) await page.setViewportSize(viewport);
  await page.emulateMedia({ media: null, colorScheme, reducedMotion });
  // As in a fresh context: nothing stored by the tests before (a text size the reader chose, above all).
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin: watched.site.origin, storageTypes: 'all' });
  await cdp.detach();
  if (entry.textSize?.id !== textSize) {
    await entry.textSize?.script.dispose();
    entry.textSize = textSize === undefined ? undefined : { id: textSize, script: await useTextSize(page, textSize) };
  }
  startsFresh.add(page);
  watched.consoleErrors.length = 0;
  watched.foreignRequests.length = 0;
  return watched;
}

/** A watched page with its context, and the origin whose requests stay on the site (a shared page's can change). */
interface OpenedPage extends WatchedPage {
  context: BrowserContext;
  site: { origin: string };
}

async function openPageIn(
  scope: Set<BrowserContext> | undefined,
  siteUrl: string,
  options: BrowserContextOptions,
): Promise<OpenedPage> {
  const context = await (
    await browser()
  ).newContext({ viewport: VIEWPORTS.desktop, reducedMotion: 'reduce', ...options });
  if (scope) {
    scope.add(context);
    context.on('close', () => scope.delete(context));
  }
  const page = await context.newPage();
  const site = { origin: new URL(siteUrl).origin };
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== site.origin)
      foreignRequests.push(url);
  });
  return { context, page, consoleErrors, foreignRequests, site };
}
