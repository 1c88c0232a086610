import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runAxe } from '../support/axe.ts';
import { sharedPage, VIEWPORTS } from '../support/browser.ts';
import { waitForSearchResults } from '../support/quality-search.ts';
import { sourceArticleIds } from '../support/site-pages.ts';

const siteUrl = inject('siteUrl');

/** A page of the axe runs, in the state a reader sees it. */
interface AxePage {
  name: string;
  path: string;
  ready?: (page: Page) => Promise<unknown>;
}

/**
 * Every kind of page a reader can land on. The articles are checked below with every control revealed, a state
 * that holds all of what the plain page shows.
 */
const PAGES: AxePage[] = [
  { name: 'home', path: '' },
  {
    name: 'search with results for 广电',
    path: `search/?q=${encodeURIComponent('广电')}`,
    ready: waitForSearchResults,
  },
  { name: 'search without a query', path: 'search/' },
  { name: 'month index', path: 'months/' },
  { name: 'month page', path: 'months/2020-03/' },
  { name: 'about', path: 'about/' },
  { name: 'RSS page', path: 'feeds/' },
  { name: 'sitemap page', path: 'sitemap/' },
  { name: '404', path: 'no-such-page/' },
];

/** The Traditional edition: converted copies of the same pages, with the same styles. */
const TRADITIONAL_PAGES: AxePage[] = [
  { name: 'Traditional home', path: 'zh-hant/' },
  ...sourceArticleIds().map((id) => ({ name: `Traditional article ${id}`, path: `zh-hant/articles/${id}/` })),
  { name: 'Traditional month page', path: 'zh-hant/months/2020-03/' },
  { name: 'Traditional about', path: 'zh-hant/about/' },
  { name: 'Traditional search without a query', path: 'zh-hant/search/' },
  { name: 'Traditional 404', path: 'zh-hant/no-such-page/' },
];

const SCHEMES_AND_VIEWPORTS = (['light', 'dark'] as const).flatMap((colorScheme) =>
  (['desktop', 'phone'] as const).map((viewport) => ({ colorScheme, viewport })),
);

/**
 * The Traditional pages differ from the Simplified ones only in their characters, so two of the four
 * combinations cover them: each colour scheme once, each viewport once.
 */
const TRADITIONAL_COMBINATIONS = new Set(['light phone', 'dark desktop']);

describe.each(SCHEMES_AND_VIEWPORTS)(
  'axe-core (WCAG 2.2 A/AA + best practices), $colorScheme colour scheme, $viewport',
  ({ colorScheme, viewport }) => {
    const pages = TRADITIONAL_COMBINATIONS.has(`${colorScheme} ${viewport}`) ? [...PAGES, ...TRADITIONAL_PAGES] : PAGES;
    it.each(pages)('$name has no violations', async ({ path, ready }) => {
      // bypassCSP only so the test can inject axe; the CSP itself is tested in quality-security.
      const { page } = await sharedPage(siteUrl, { bypassCSP: true, colorScheme, viewport: VIEWPORTS[viewport] });
      await page.goto(new URL(path, siteUrl).href);
      await ready?.(page);
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
        colorScheme === 'dark',
      );
      const { violations, rulesPassed } = await runAxe(page);
      expect(rulesPassed).toBeGreaterThan(20);
      expect(violations).toEqual([]);
    });
  },
);

/** A short description of the focused element, e.g. `a.skip-link "跳到正文"`. */
async function focusedElement(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'body';
    const text = (element.textContent ?? '').trim().slice(0, 20) || element.getAttribute('aria-label') || '';
    return `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''} "${text}"`;
  });
}

const SEARCH_WITH_RESULTS = `search/?q=${encodeURIComponent('广电')}`;

/** Opens `path` and, on a search with a query, waits until its results are shown. */
async function openForKeyboard(page: Page, path: string): Promise<void> {
  await page.goto(new URL(path, siteUrl).href);
  if (path === SEARCH_WITH_RESULTS) await waitForSearchResults(page);
}

describe.each(['', ...sourceArticleIds().map((id) => `articles/${id}/`), 'search/', SEARCH_WITH_RESULTS])(
  'keyboard use of /%s',
  (path) => {
    // One load of the page for three checks: the landmarks and the languages first, as the skip link moves focus.
    it('has landmarks (one banner, main and contentinfo; every nav and search region named), declares its language (lang="zh-Hans", every lang a valid BCP 47 tag), and has a skip link first, visible when focused, that moves focus to <main>', async () => {
      const { page } = await sharedPage(siteUrl);
      await openForKeyboard(page, path);
      const landmarks = await page.evaluate(() => {
        const sectioning = 'article, aside, main, nav, section';
        const topLevel = (selector: string): number =>
          [...document.querySelectorAll(selector)].filter((element) => !element.parentElement?.closest(sectioning))
            .length;
        const unnamed = [...document.querySelectorAll('nav, [role="search"], aside')].filter(
          (element) => !element.getAttribute('aria-label') && !element.getAttribute('aria-labelledby'),
        ).length;
        const outside = [...document.body.children].filter(
          (element) =>
            !element.matches('header, main, footer, a.skip-link, script, template') &&
            (element.textContent ?? '').trim() !== '',
        ).length;
        return {
          banner: topLevel('header'),
          main: document.querySelectorAll('main').length,
          contentinfo: topLevel('footer'),
          unnamed,
          outside,
        };
      });
      expect(landmarks).toEqual({ banner: 1, main: 1, contentinfo: 1, unnamed: 0, outside: 0 });
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
      const invalid = await page.evaluate(() =>
        [...document.querySelectorAll('[lang]')]
          .map((element) => element.getAttribute('lang') ?? '')
          .filter((tag) => {
            try {
              return Intl.getCanonicalLocales(tag).length !== 1;
            } catch {
              return true;
            }
          }),
      );
      expect(invalid).toEqual([]);
      await page.keyboard.press('Tab');
      const skip = await page.evaluate(() => {
        const link = document.activeElement;
        const box = link?.getBoundingClientRect();
        return {
          isSkipLink: link?.matches('a.skip-link') ?? false,
          href: link?.getAttribute('href'),
          visible:
            !!box && box.width > 0 && box.height > 0 && box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight,
        };
      });
      expect(skip).toEqual({ isSkipLink: true, href: '#main', visible: true });
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => location.hash === '#main');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
    });

    it('can be tabbed through to the footer and back to the start, with a visible focus ring at every stop', async () => {
      // At the desktop width, as every page opened without options.
      const { page } = await sharedPage(siteUrl);
      await openForKeyboard(page, path);
      const stops: string[] = [];
      const noRing: string[] = [];
      let reachedFooter = false;
      let returnedToStart = false;
      for (let press = 0; press < 300 && !returnedToStart; press += 1) {
        await page.keyboard.press('Tab');
        const stop = await page.evaluate(() => {
          const element = document.activeElement;
          if (!element || element === document.body) return { inFooter: false, isStart: false, ring: true };
          const style = getComputedStyle(element);
          const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
          const shadow = style.boxShadow !== 'none';
          return {
            inFooter: !!element.closest('body > footer'),
            isStart: element.matches('a.skip-link'),
            ring: outline || shadow,
          };
        });
        const description = await focusedElement(page);
        stops.push(description);
        if (!stop.ring) noRing.push(description);
        if (stop.inFooter) reachedFooter = true;
        if (reachedFooter && stop.isStart) returnedToStart = true;
      }
      expect(stops.length).toBeGreaterThan(3);
      expect(reachedFooter, `focus never reached the footer: ${stops.join(' → ')}`).toBe(true);
      expect(returnedToStart, `focus never came back to the start: ${stops.slice(-10).join(' → ')}`).toBe(true);
      expect(noRing).toEqual([]);
    });
  },
);

describe('focus styles', () => {
  it('the stylesheet defines a visible :focus-visible ring', async () => {
    const { page } = await sharedPage(siteUrl);
    await page.goto(siteUrl);
    const rules = await page.evaluate(() =>
      [...document.styleSheets].flatMap((sheet) =>
        [...sheet.cssRules]
          .filter(
            (rule): rule is CSSStyleRule =>
              rule instanceof CSSStyleRule && rule.selectorText.includes(':focus-visible'),
          )
          .map((rule) => ({ outline: rule.style.outlineStyle || rule.style.outline, width: rule.style.outlineWidth })),
      ),
    );
    expect(rules.some((rule) => /solid|auto|dashed|dotted|double/.test(rule.outline))).toBe(true);
  });
});

describe.each(SCHEMES_AND_VIEWPORTS)(
  'axe-core on article pages with every control revealed, $colorScheme colour scheme, $viewport',
  ({ colorScheme, viewport }) => {
    it.each(sourceArticleIds())('%s has no violations', async (id) => {
      const { page } = await sharedPage(siteUrl, { bypassCSP: true, colorScheme, viewport: VIEWPORTS[viewport] });
      await page.goto(new URL(`articles/${id}/`, siteUrl).href);
      // What hover, focus and scrolling reveal: every self-link, the folded contents, the floating
      // 返回顶部, and a status message.
      await page.evaluate(() => {
        for (const mark of document.querySelectorAll<HTMLElement>('.heading-link, .paragraph-link')) {
          mark.style.opacity = '1';
        }
        const details = document.querySelector<HTMLDetailsElement>('.toc-details');
        if (details) details.open = true;
        const backToTop = document.querySelector<HTMLElement>('.back-to-top-button');
        if (backToTop) backToTop.hidden = false;
        const status = document.querySelector<HTMLElement>('[data-status-message]');
        if (status) {
          status.textContent = '已复制本文链接';
          status.classList.add('is-visible');
        }
      });
      await page.getByRole('radio', { name: '大', exact: true }).focus();
      const { violations, rulesPassed } = await runAxe(page);
      expect(rulesPassed).toBeGreaterThan(20);
      expect(violations).toEqual([]);
    });
  },
);
