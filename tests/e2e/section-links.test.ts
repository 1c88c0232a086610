import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, sharedPage, VIEWPORTS } from '../support/browser.ts';
import { SEEDS } from '../support/seeds.ts';

const siteUrl = inject('siteUrl');
const articleUrls = SEEDS.map((seed) => new URL(`articles/${seed.articleId}/`, siteUrl).href);

/** Where the fragment target sits relative to the window and to the sticky header. */
async function targetPlacement(
  page: Page,
  targetId: string,
): Promise<{ top: number; bottom: number; headerBottom: number }> {
  return page.evaluate((id) => {
    const target = document.getElementById(id);
    const header = document.querySelector('.site-header');
    const headerBox = header?.getBoundingClientRect();
    const headerIsFixed = header ? getComputedStyle(header).position === 'sticky' : false;
    const box = target?.getBoundingClientRect();
    return {
      top: box?.top ?? -1,
      bottom: box?.bottom ?? -1,
      headerBottom: headerIsFixed ? (headerBox?.bottom ?? 0) : 0,
    };
  }, targetId);
}

describe('section and paragraph ids', () => {
  it.each(articleUrls)('are short lower-case ASCII and unique on %s', async (articleUrl) => {
    const { page } = await sharedPage(siteUrl);
    await page.goto(articleUrl);
    const bodyIds = await page.locator('.article-body [id]').evaluateAll((elements) => elements.map((e) => e.id));
    expect(bodyIds.length).toBeGreaterThan(10);
    for (const id of bodyIds) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
    const allIds = await page.locator('[id]').evaluateAll((elements) => elements.map((e) => e.id));
    expect(new Set(allIds).size).toBe(allIds.length);
    const paragraphIds = await page.locator('.article-body > p').evaluateAll((ps) => ps.map((p) => p.id));
    for (const id of paragraphIds) expect(id).toMatch(/^[a-z][a-z0-9-]*-\d+$/);
  });
});

describe('self-links and the table of contents', () => {
  it.each(articleUrls)(
    'every self-link, followed, lands on its own section or paragraph and copies its URL on %s',
    async (articleUrl) => {
      const { page, consoleErrors } = await sharedPage(siteUrl, {
        permissions: ['clipboard-read', 'clipboard-write'],
      });
      await page.goto(articleUrl);
      // A heading's link is its first child; a paragraph's stands just before the paragraph.
      const selfLinks = await page
        .locator('.article-body .heading-link, .article-body .paragraph-link')
        .evaluateAll((links) =>
          links.map((link) => ({
            href: link.getAttribute('href'),
            ownerId: link.classList.contains('heading-link')
              ? link.parentElement?.id
              : link.nextElementSibling?.tagName === 'P'
                ? link.nextElementSibling.id
                : undefined,
            label: link.getAttribute('aria-label'),
          })),
        );
      expect(selfLinks.length).toBeGreaterThan(10);
      for (const link of selfLinks) {
        expect(link.href).toBe(`#${link.ownerId}`);
        expect(link.label).toMatch(/^链接到本(节|段)：/);
      }
      const tocTargets = await page
        .locator('.toc a')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      const headingIds = await page
        .locator('.article-body h2')
        .evaluateAll((headings) => headings.map((h) => `#${h.id}`));
      expect(tocTargets).toEqual(headingIds);

      // The first heading's, the first paragraph's and a later paragraph's link, end to end.
      for (const ownerId of [headingIds[0]?.slice(1), selfLinks[0]?.ownerId, selfLinks[6]?.ownerId]) {
        const link = page.locator(`.article-body a[href="#${ownerId}"]`);
        await page.locator(`#${ownerId}`).hover();
        await expect(link.evaluate((element) => getComputedStyle(element).opacity)).resolves.toBe('1');
        await link.click();
        await page.waitForFunction((id) => location.hash === `#${id}`, ownerId);
        // The copy finishes after the navigation: wait for its announcement of this very link.
        await page.waitForFunction(
          (id) => document.querySelector('[data-status-message]')?.textContent?.endsWith(`#${id}`) === true,
          ownerId,
        );
        const status = page.locator('[data-status-message]');
        await expect(status.textContent()).resolves.toContain('已复制');
        await expect(status.isVisible()).resolves.toBe(true);
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        expect(copied).toBe(`${new URL(articleUrl).href}#${ownerId}`);
        await page.goto('about:blank');
        await page.goto(copied);
        await expect(page.evaluate(() => document.querySelector(':target')?.id)).resolves.toBe(ownerId);
      }
      expect(consoleErrors).toEqual([]);
    },
  );

  it.each(Object.entries(VIEWPORTS))(
    'puts the marks in the margin, where they take no room in the text (%s)',
    async (_name, viewport) => {
      const { page } = await sharedPage(siteUrl, { viewport });
      await page.goto(articleUrls[1] ?? '');
      const misplaced = await page.evaluate(() => {
        const body = document.querySelector('.article-body')?.getBoundingClientRect();
        const problems: string[] = [];
        for (const link of document.querySelectorAll<HTMLElement>('.heading-link, .paragraph-link')) {
          const box = link.getBoundingClientRect();
          if (getComputedStyle(link).position !== 'absolute') problems.push(`${link.getAttribute('href')} in flow`);
          if (body && box.right > body.left) problems.push(`${link.getAttribute('href')} over the text`);
          if (box.left < 0) problems.push(`${link.getAttribute('href')} off the screen`);
        }
        return problems;
      });
      expect(misplaced).toEqual([]);
    },
  );

  it('marks the section being read in the table of contents on wide screens', async () => {
    const { page } = await sharedPage(siteUrl, { viewport: VIEWPORTS.desktop });
    await page.goto(`${articleUrls[1]}#shandong`);
    await page.waitForFunction(() => document.querySelector('.toc a[aria-current="true"]') !== null);
    await expect(page.locator('.toc a[aria-current="true"]').getAttribute('href')).resolves.toBe('#shandong');
    await expect(page.locator('.toc').isVisible()).resolves.toBe(true);
    await page.evaluate(() => document.getElementById('chongqing')?.scrollIntoView());
    await page.waitForFunction(
      () => document.querySelector('.toc a[aria-current="true"]')?.getAttribute('href') === '#chongqing',
    );
    const tocStaysInView = await page.locator('.toc').evaluate((toc) => toc.getBoundingClientRect().top >= 0);
    expect(tocStaysInView).toBe(true);
  });
});

describe('landing on a fragment', () => {
  const targets = [
    { url: 1, id: 'guangdong' },
    { url: 1, id: 'chongqing-3' },
    { url: 0, id: 'poverty-alleviation' },
    { url: 0, id: 'resume-work-4' },
  ];
  for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
    it.each(targets)(`puts #$id in view, below the header, and marks it (${viewportName})`, async ({ url, id }) => {
      const { page, consoleErrors } = await sharedPage(siteUrl, { viewport });
      await page.goto(`${articleUrls[url]}#${id}`);
      await page.waitForLoadState('load');
      const placement = await targetPlacement(page, id);
      // Fully visible and not under the sticky header (the last paragraph cannot scroll to the top).
      expect(placement.top).toBeGreaterThanOrEqual(placement.headerBottom);
      expect(placement.bottom).toBeLessThanOrEqual(viewport.height);
      const mark = await page.evaluate(() => {
        const target = document.querySelector(':target');
        return target ? getComputedStyle(target).backgroundColor : null;
      });
      expect(mark).not.toBeNull();
      expect(mark).not.toBe('rgba(0, 0, 0, 0)');
      expect(consoleErrors).toEqual([]);
    });
  }

  it('does nothing harmful for an unknown fragment or a text fragment', async () => {
    const { page, consoleErrors } = await sharedPage(siteUrl, { viewport: VIEWPORTS.phone });
    await page.goto(`${articleUrls[1]}#no-such-section`);
    await expect(page.evaluate(() => window.scrollY)).resolves.toBe(0);
    await expect(page.locator('h1').isVisible()).resolves.toBe(true);
    await page.goto(`${articleUrls[1]}#%3Cimg%20src=x%3E`);
    await expect(page.locator('.article-body img').count()).resolves.toBe(0);
    await page.goto(`${articleUrls[1]}#:~:text=${encodeURIComponent('最贴心地解答')}`);
    await page.waitForLoadState('load');
    // The browser scrolls to the quoted text; our scripts must not undo that.
    await page.waitForFunction(() => window.scrollY > 0);
    const quoted = page.locator('#guangdong-3');
    const box = await quoted.evaluate((p) => p.getBoundingClientRect().toJSON() as DOMRect);
    expect(box.bottom).toBeGreaterThan(0);
    expect(box.top).toBeLessThan(VIEWPORTS.phone.height);
    expect(consoleErrors).toEqual([]);
  });
});

describe('keyboard use', () => {
  it('reaches every self-link with Tab, shows each when focused, and copies with Enter', async () => {
    const { page, context } = await openPage(siteUrl, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(articleUrls[0] ?? '');
    const expected = await page.locator('.article-body .heading-link, .article-body .paragraph-link').count();
    const reached = new Set<string>();
    let invisibleWhenFocused = 0;
    for (let press = 0; press < expected + 40; press += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement;
        if (!element || !element.closest('.article-body')) return null;
        return { key: element.getAttribute('href') ?? '', opacity: getComputedStyle(element).opacity };
      });
      if (focused) {
        reached.add(focused.key);
        if (focused.opacity !== '1') invisibleWhenFocused += 1;
      }
    }
    expect(reached.size).toBe(expected);
    expect(invisibleWhenFocused).toBe(0);
    await page.locator('#resume-work .heading-link').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#resume-work');
    await page.waitForFunction(
      () => document.querySelector('[data-status-message]')?.textContent?.endsWith('#resume-work') === true,
    );
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toMatch(/#resume-work$/);
    await context.close();
  });

  it('takes at most 45 Tab presses from the title to the end of the broadcast article, one stop per paragraph', async () => {
    const { page } = await sharedPage(siteUrl, { viewport: VIEWPORTS.desktop });
    await page.goto(articleUrls[1] ?? '');
    const lastLink = await page.locator('.article-body .paragraph-link').last().getAttribute('href');
    // Clicking the title puts the sequential focus starting point there, as a reader's click would.
    await page.locator('h1').click();
    let presses = 0;
    let atEnd = false;
    while (!atEnd && presses < 100) {
      await page.keyboard.press('Tab');
      presses += 1;
      atEnd = await page.evaluate((href) => document.activeElement?.getAttribute('href') === href, lastLink);
    }
    expect(atEnd).toBe(true);
    expect(presses).toBeLessThanOrEqual(45);
  });
});

describe('continue elsewhere', () => {
  it('offers a back-to-top link and a QR code of the canonical article URL', async () => {
    const { page } = await sharedPage(siteUrl, { viewport: VIEWPORTS.phone });
    await page.goto(articleUrls[0] ?? '');
    await page.locator('.back-to-top').scrollIntoViewIfNeeded();
    await page.locator('.back-to-top').click();
    await page.waitForFunction(() => location.hash === '#top');
    const titleTop = await page.locator('h1').evaluate((h1) => h1.getBoundingClientRect().top);
    expect(titleTop).toBeGreaterThanOrEqual(0);
    expect(titleTop).toBeLessThan(VIEWPORTS.phone.height / 3);
    // Scanning a code on the phone that shows it is pointless: phones don't show it.
    await expect(page.locator('.qr-code').isVisible()).resolves.toBe(false);
  });

  it('shows wide screens a QR code of the canonical article URL for sharing with WeChat', async () => {
    const { page } = await sharedPage(siteUrl, { viewport: VIEWPORTS.desktop });
    await page.goto(articleUrls[0] ?? '');
    await expect(page.locator('.qr-code').isVisible()).resolves.toBe(true);
    await expect(page.locator('.qr-code figcaption').textContent()).resolves.toContain('微信扫一扫');
    const qr = page.locator('.qr-code svg');
    await expect(qr.getAttribute('role')).resolves.toBe('img');
    await expect(qr.getAttribute('aria-label')).resolves.toBe('本文网址的二维码');
    await expect(qr.locator('path').count()).resolves.toBeGreaterThan(0);
  });
});
