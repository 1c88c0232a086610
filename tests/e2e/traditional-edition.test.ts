import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { openPage, sharedPage, VIEWPORTS } from '../support/browser.ts';
import { builtPages } from '../support/site-pages.ts';
import { SEEDS } from '../support/seeds.ts';
import { toTraditional } from '../../src/editions/traditional.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const PREFIX = 'zh-hant/';
/** The canonical origin of the test build (SITE_URL unset). */
const ORIGIN = 'http://localhost:4321/';
const [telecom = '', broadcast = ''] = SEEDS.map((seed) => `articles/${seed.articleId}/`);

describe('the Traditional edition', () => {
  it('has a counterpart of every page, in Traditional script, with the same element ids', async () => {
    const pages = await builtPages(siteDir);
    const simplified = pages.filter((page) => !page.path.startsWith(PREFIX));
    const traditional = new Set(pages.filter((page) => page.path.startsWith(PREFIX)).map((page) => page.path));
    expect(simplified.length).toBeGreaterThan(8);
    for (const page of simplified) expect(traditional, page.path).toContain(`${PREFIX}${page.path}`);
    expect(traditional.size).toBe(simplified.length);
    for (const page of simplified) {
      const original = await readFile(page.file, 'utf8');
      const copy = await readFile(join(siteDir, PREFIX, page.file.slice(siteDir.length)), 'utf8');
      const ids = (html: string): string[] => [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] ?? '');
      expect(ids(copy), page.path).toEqual(ids(original));
      expect(copy).toContain('<html lang="zh-Hant">');
    }
  });

  it('converts characters, not words: 复工复产 → 復工復產, 信息 and 网络 stay the source’s words', async () => {
    const { page, consoleErrors, foreignRequests } = await sharedPage(siteUrl);
    await page.goto(new URL(`${PREFIX}${telecom}`, siteUrl).href);
    await expect(page.locator('h1').textContent()).resolves.toBe('目標不變，力度不減！信息通信業積極推進復工復產');
    const text = await page.locator('article').innerText();
    expect(text).toContain('復工復產');
    expect(text).toContain('信息通信業');
    expect(text).not.toContain('資訊');
    await expect(page.locator('.article-header').textContent()).resolves.toContain('來源：人民郵電報');
    await page.goto(new URL(`${PREFIX}${broadcast}`, siteUrl).href);
    const broadcastText = await page.locator('article').innerText();
    expect(broadcastText).toContain('廣電網絡');
    expect(broadcastText).not.toContain('網路');
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('names itself and its counterpart: lang, hreflang both ways with x-default, canonical, og:locale, JSON-LD', async () => {
    const { page } = await sharedPage(siteUrl);
    for (const [path, lang, canonical, locale, alternate] of [
      [telecom, 'zh-Hans', `${ORIGIN}${telecom}`, 'zh_CN', 'zh_TW'],
      [`${PREFIX}${telecom}`, 'zh-Hant', `${ORIGIN}${PREFIX}${telecom}`, 'zh_TW', 'zh_CN'],
    ] as const) {
      await page.goto(new URL(path, siteUrl).href);
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe(lang);
      await expect(page.locator('link[rel="canonical"]').getAttribute('href')).resolves.toBe(canonical);
      await expect(page.locator('meta[property="og:locale"]').getAttribute('content')).resolves.toBe(locale);
      await expect(page.locator('meta[property="og:locale:alternate"]').getAttribute('content')).resolves.toBe(
        alternate,
      );
      const alternates = await page
        .locator('link[rel="alternate"][hreflang]')
        .evaluateAll((links) => links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]));
      expect(alternates).toEqual([
        ['zh-Hans', `${ORIGIN}${telecom}`],
        ['zh-Hant', `${ORIGIN}${PREFIX}${telecom}`],
        ['x-default', `${ORIGIN}${telecom}`],
      ]);
      const jsonLd = JSON.parse((await page.locator('head script[type="application/ld+json"]').textContent()) ?? '{}');
      expect(jsonLd).toMatchObject({ inLanguage: lang, url: canonical });
    }
  });

  it('switches script on every page, keeping the fragment and the query, by mouse and by keyboard', async () => {
    const { page } = await sharedPage(siteUrl, { viewport: VIEWPORTS.phone });
    await page.goto(new URL(`${broadcast}#guangdong-2`, siteUrl).href);
    const toTraditional = page.locator('[data-edition-switch]');
    await expect(toTraditional.getAttribute('lang')).resolves.toBe('zh-Hant');
    await expect(toTraditional.getAttribute('hreflang')).resolves.toBe('zh-Hant');
    await expect(toTraditional.textContent()).resolves.toBe('繁體');
    await toTraditional.click();
    await page.waitForURL((url) => url.pathname === `/${PREFIX}${broadcast}` && url.hash === '#guangdong-2');
    await expect(page.evaluate(() => document.querySelector(':target')?.id)).resolves.toBe('guangdong-2');
    // Back by keyboard, from a fragment reached on the page.
    await page.goto(new URL(`${PREFIX}${broadcast}#chongqing`, siteUrl).href);
    const toSimplified = page.locator('[data-edition-switch]');
    await expect(toSimplified.textContent()).resolves.toBe('简体');
    await expect(toSimplified.getAttribute('lang')).resolves.toBe('zh-Hans');
    await toSimplified.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === `/${broadcast}` && url.hash === '#chongqing');
    expect(new URL(page.url()).pathname).toBe(`/${broadcast}`);
    // A search keeps its query.
    await page.goto(`${siteUrl}search/?q=${encodeURIComponent('广电')}`);
    await page.locator('[data-edition-switch]').click();
    await page.waitForURL(`**/${PREFIX}search/?q=*`);
    expect(new URL(page.url()).searchParams.get('q')).toBe('广电');
  });

  it.each([
    { viewport: 'phone', prefix: '' },
    { viewport: 'desktop', prefix: '' },
    { viewport: 'phone', prefix: PREFIX },
    { viewport: 'desktop', prefix: PREFIX },
  ] as const)(
    'carries the section read at the top of the window, not only the fragment ($viewport, from "$prefix")',
    async ({ viewport, prefix }) => {
      const { page } = await sharedPage(siteUrl, { viewport: VIEWPORTS[viewport] });
      const other = prefix === '' ? PREFIX : '';
      /** The id of the first heading or paragraph of the article whose bottom is below the header. */
      const atTop = (): Promise<string> =>
        page.evaluate(() => {
          const header = document.querySelector('.site-header');
          const top =
            header && getComputedStyle(header).position !== 'static' ? header.getBoundingClientRect().bottom : 0;
          const places = [...document.querySelectorAll<HTMLElement>('.article-body :is(h2, p)[id]')];
          return places.find((place) => place.getBoundingClientRect().bottom > top + 1)?.id ?? '';
        });
      /** Follows the switch as a reader would: on a phone, scrolled back up to the header that holds it. */
      const followSwitch = async (): Promise<void> => {
        const atHeader = await page.evaluate(() => {
          const header = document.querySelector('.site-header');
          return header !== null && getComputedStyle(header).position === 'static';
        });
        if (atHeader) await page.evaluate(() => window.scrollTo(0, 0));
        // A click where the link is, without Playwright's own scrolling to it (which moved the page).
        const box = await page.locator('[data-edition-switch]').boundingBox();
        await page.mouse.click((box?.x ?? 0) + (box?.width ?? 0) / 2, (box?.y ?? 0) + (box?.height ?? 0) / 2);
        await page.waitForURL((url) => url.pathname === `/${other}${broadcast}`);
        await page.waitForLoadState('load');
      };
      /** Waits until the reader has rested at `id` long enough for the switch to take it along. */
      const restedAt = (id: string): Promise<unknown> =>
        page.waitForFunction(
          (wanted) => document.querySelector<HTMLAnchorElement>('[data-edition-switch]')?.hash === `#${wanted}`,
          id,
        );
      // Scrolled down to 山东 by hand: no fragment in the URL.
      await page.goto(new URL(`${prefix}${broadcast}`, siteUrl).href);
      await page.evaluate(() => {
        const heading = document.getElementById('shandong');
        const header = document.querySelector('.site-header');
        const headerHeight =
          header && getComputedStyle(header).position !== 'static' ? header.getBoundingClientRect().height : 0;
        window.scrollTo(0, (heading?.getBoundingClientRect().top ?? 0) + window.scrollY - headerHeight - 8);
      });
      await expect(atTop()).resolves.toBe('shandong');
      await restedAt('shandong');
      await followSwitch();
      expect(new URL(page.url()).hash).toBe('#shandong');
      await expect(atTop()).resolves.toBe('shandong');
      // Arrived at #guangdong by the contents, then read on into 重庆: the switch lands at 重庆.
      await page.goto(new URL(`${prefix}${broadcast}#guangdong`, siteUrl).href);
      await page.evaluate(() => document.getElementById('chongqing-1')?.scrollIntoView({ block: 'start' }));
      const reading = await atTop();
      expect(reading).toMatch(/^chongqing/);
      await restedAt(reading);
      await followSwitch();
      expect(new URL(page.url()).hash).toBe(`#${reading}`);
      // Near the end of the article the page may not scroll it to the very top: it is in the upper half.
      const landed = await page.evaluate((id) => document.getElementById(id)?.getBoundingClientRect().top, reading);
      expect(landed).toBeGreaterThanOrEqual(0);
      expect(landed).toBeLessThan(VIEWPORTS[viewport].height / 2);
    },
  );

  it('speaks Taiwan’s words in its own interface (搜尋, 列印, 連結, QR 碼) and leaves the articles’ words alone', async () => {
    const { page } = await sharedPage(siteUrl);
    await page.goto(new URL(`${PREFIX}${broadcast}`, siteUrl).href);
    await expect(page.locator('header .search-button').textContent()).resolves.toBe('搜尋');
    await expect(page.locator('#header-search-input').getAttribute('placeholder')).resolves.toMatch(/^搜尋文章/u);
    await expect(page.getByRole('button', { name: '列印' }).count()).resolves.toBe(1);
    const labels = await page
      .locator('.article-body [aria-label]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('aria-label') ?? ''));
    const selfLinks = labels.filter((label) => label.includes('到本'));
    expect(selfLinks.length).toBeGreaterThan(20);
    for (const label of selfLinks) expect(label).toMatch(/^連結到本[節段]：/u);
    await expect(page.locator('.qr-code svg').getAttribute('aria-label')).resolves.toBe('本文網址的QR 碼');
    const readable = await page.evaluate(() => document.body.innerText);
    for (const mainland of ['搜索', '打印', '鏈接', '二維碼']) expect(readable).not.toContain(mainland);
    // The article's own text is the Simplified text converted character by character, nothing reworded.
    const traditionalText = await page.locator('.article-body p:not(.editor-note p), h1').allTextContents();
    await page.goto(new URL(broadcast, siteUrl).href);
    const simplifiedText = await page.locator('.article-body p:not(.editor-note p), h1').allTextContents();
    expect(traditionalText).toEqual(simplifiedText.map(toTraditional));
    await page.goto(new URL(`${PREFIX}search/`, siteUrl).href);
    await expect(page.locator('h1').textContent()).resolves.toBe('搜尋');
    await expect(page.title()).resolves.toMatch(/^搜尋/u);
  });

  it('keeps the reader in the edition: every link to a page leads to the Traditional page', async () => {
    const { page } = await sharedPage(siteUrl);
    await page.goto(new URL(`${PREFIX}${broadcast}`, siteUrl).href);
    const hrefs = await page
      .locator('a[href]:not([data-edition-switch])')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    const pageLinks = hrefs.filter((href) => href.startsWith('/') && !/\.(svg|xml|xsl|css|js)$/.test(href));
    expect(pageLinks.length).toBeGreaterThan(5);
    for (const href of pageLinks) expect(href).toMatch(/^\/zh-hant\//);
    await expect(page.locator('form[role="search"]').first().getAttribute('action')).resolves.toBe('/zh-hant/search/');
  });

  it('speaks Traditional in page scripts too: a copied link is announced in Traditional characters', async () => {
    const { page, context } = await openPage(siteUrl, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(new URL(`${PREFIX}${telecom}`, siteUrl).href);
    await page.locator('#build-5g').hover();
    await page.locator('#build-5g .heading-link').click();
    await page.waitForFunction(() => document.querySelector('[data-status-message]')?.textContent !== '');
    await expect(page.locator('[data-status-message]').textContent()).resolves.toBe(
      `已複製本節連結：${new URL(`${PREFIX}${telecom}`, siteUrl).href}#build-5g`,
    );
    await context.close();
  });

  it('answers a missing Traditional page with the Traditional 404 page', async () => {
    const { page } = await sharedPage(siteUrl);
    const response = await page.goto(new URL(`${PREFIX}no-such-page/`, siteUrl).href);
    expect(response?.status()).toBe(404);
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('zh-Hant');
  });

  it('lists both editions with their alternates in the sitemap, and has a feed of its own', async () => {
    const sitemap = await readFile(join(siteDir, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? '');
    expect(locs).toContain(`${ORIGIN}${telecom}`);
    expect(locs).toContain(`${ORIGIN}${PREFIX}${telecom}`);
    expect(locs.filter((loc) => loc.startsWith(`${ORIGIN}${PREFIX}`)).length * 2).toBe(locs.length);
    const entry = /<url><loc>http:\/\/localhost:4321\/zh-hant\/articles\/2020-03-03[\s\S]*?<\/url>/.exec(sitemap)?.[0];
    expect(entry).toContain(`<xhtml:link rel="alternate" hreflang="zh-Hans" href="${ORIGIN}${telecom}"/>`);
    expect(entry).toContain(`<xhtml:link rel="alternate" hreflang="zh-Hant" href="${ORIGIN}${PREFIX}${telecom}"/>`);
    expect(entry).toContain(`<xhtml:link rel="alternate" hreflang="x-default" href="${ORIGIN}${telecom}"/>`);

    const feed = await readFile(join(siteDir, PREFIX, 'rss.xml'), 'utf8');
    expect(feed).toContain('<language>zh-tw</language>');
    expect(feed).toContain('<title>目標不變，力度不減！信息通信業積極推進復工復產</title>');
    expect(feed).toContain(`<link>${ORIGIN}${PREFIX}${telecom}</link>`);
    expect(feed).not.toContain(`<link>${ORIGIN}${telecom}</link>`);
    const simplifiedFeed = await readFile(join(siteDir, 'rss.xml'), 'utf8');
    expect(simplifiedFeed).toContain('<language>zh-cn</language>');
    const { page } = await sharedPage(siteUrl);
    await page.goto(new URL(PREFIX, siteUrl).href);
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href')).resolves.toBe(
      `/${PREFIX}rss.xml`,
    );
  });
});

describe("the editor's note on the conversion", () => {
  it('is shown on every Traditional article, naming OpenCC and its standard, and never on the Simplified one', async () => {
    const { page } = await sharedPage(siteUrl);
    for (const path of [telecom, broadcast]) {
      await page.goto(new URL(`${PREFIX}${path}`, siteUrl).href);
      const note = page.locator('[data-edition-note]');
      await expect(note.isVisible()).resolves.toBe(true);
      await expect(note.textContent()).resolves.toMatch(/編者注.*OpenCC.*（tw）.*簡體原文/s);
      await page.goto(new URL(path, siteUrl).href);
      await expect(page.locator('[data-edition-note]').isVisible()).resolves.toBe(false);
    }
  });
});
