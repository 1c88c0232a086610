import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, VIEWPORTS } from '../support/browser.ts';
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
    const { page, context } = await openPage(siteUrl);
    await page.goto(articleUrl);
    const bodyIds = await page.locator('.article-body [id]').evaluateAll((elements) => elements.map((e) => e.id));
    expect(bodyIds.length).toBeGreaterThan(10);
    for (const id of bodyIds) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
    const allIds = await page.locator('[id]').evaluateAll((elements) => elements.map((e) => e.id));
    expect(new Set(allIds).size).toBe(allIds.length);
    const paragraphIds = await page.locator('.article-body > p').evaluateAll((ps) => ps.map((p) => p.id));
    for (const id of paragraphIds) expect(id).toMatch(/^[a-z][a-z0-9-]*-\d+$/);
    await context.close();
  });
});

describe('self-links, copy buttons and the table of contents', () => {
  it.each(articleUrls)(
    'every self-link and copied URL resolves to its own section or paragraph on %s',
    async (articleUrl) => {
      const { page, context, consoleErrors } = await openPage(siteUrl, {
        permissions: ['clipboard-read', 'clipboard-write'],
      });
      await page.goto(articleUrl);
      const selfLinks = await page
        .locator('.article-body .heading-link, .article-body .paragraph-link')
        .evaluateAll((links) =>
          links.map((link) => ({
            href: link.getAttribute('href'),
            ownerId: link.parentElement?.id,
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

      const copyButtons = page.locator('.article-body .copy-link');
      await expect(copyButtons.count()).resolves.toBe(selfLinks.length);
      // Check the first heading's, the first paragraph's and a later paragraph's button end to end.
      for (const owner of ['.article-body h2', '.article-body > p', '.article-body > p >> nth=5']) {
        const ownerElement = page.locator(owner).first();
        const ownerId = await ownerElement.getAttribute('id');
        await ownerElement.hover();
        await ownerElement.locator('.copy-link').click();
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        expect(copied).toBe(`${new URL(articleUrl).href}#${ownerId}`);
        const status = page.locator('[data-copy-status]');
        await expect(status.textContent()).resolves.toContain('已复制链接');
        await expect(status.isVisible()).resolves.toBe(true);
        await page.goto('about:blank');
        await page.goto(copied);
        await expect(page.evaluate(() => document.querySelector(':target')?.id)).resolves.toBe(ownerId);
      }
      expect(consoleErrors).toEqual([]);
      await context.close();
    },
  );

  it('marks the section being read in the table of contents on wide screens', async () => {
    const { page, context } = await openPage(siteUrl, { viewport: VIEWPORTS.desktop });
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
    await context.close();
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
      const { page, context, consoleErrors } = await openPage(siteUrl, { viewport });
      await page.goto(`${articleUrls[url]}#${id}`);
      await page.waitForLoadState('load');
      // Let the copy buttons be added: they must not push the target away.
      await page.waitForFunction(() => document.querySelectorAll('.copy-link').length > 0);
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
      await context.close();
    });
  }

  it('does nothing harmful for an unknown fragment or a text fragment', async () => {
    const { page, context, consoleErrors } = await openPage(siteUrl, { viewport: VIEWPORTS.phone });
    await page.goto(`${articleUrls[1]}#no-such-section`);
    await expect(page.evaluate(() => window.scrollY)).resolves.toBe(0);
    await expect(page.locator('h1').isVisible()).resolves.toBe(true);
    await page.goto(`${articleUrls[1]}#%3Cimg%20src=x%3E`);
    await expect(page.locator('.article-body img').count()).resolves.toBe(0);
    await page.goto(`${articleUrls[1]}#:~:text=${encodeURIComponent('最贴心地解答')}`);
    await expect(page.locator('.article-body .copy-link').count()).resolves.toBeGreaterThan(0);
    // The browser scrolls to the quoted text; our scripts must not undo that.
    await page.waitForFunction(() => window.scrollY > 0);
    const quoted = page.locator('#guangdong-3');
    const box = await quoted.evaluate((p) => p.getBoundingClientRect().toJSON() as DOMRect);
    expect(box.bottom).toBeGreaterThan(0);
    expect(box.top).toBeLessThan(VIEWPORTS.phone.height);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('keyboard use', () => {
  it('reaches every self-link and copy button with Tab, shows each when focused, and copies with Enter', async () => {
    const { page, context } = await openPage(siteUrl, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(articleUrls[0] ?? '');
    const expected = await page
      .locator('.article-body .heading-link, .article-body .paragraph-link, .article-body .copy-link')
      .count();
    const reached = new Set<string>();
    let invisibleWhenFocused = 0;
    for (let press = 0; press < expected + 40; press += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement;
        if (!element || !element.closest('.article-body')) return null;
        const owner = element.parentElement?.id ?? '';
        return { key: `${element.className}@${owner}`, opacity: getComputedStyle(element).opacity };
      });
      if (focused) {
        reached.add(focused.key);
        if (focused.opacity !== '1') invisibleWhenFocused += 1;
      }
    }
    expect(reached.size).toBe(expected);
    expect(invisibleWhenFocused).toBe(0);
    await page.locator('#resume-work .copy-link').focus();
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toMatch(/#resume-work$/);
    await context.close();
  });
});

describe('continue elsewhere', () => {
  it('offers a back-to-top link and a QR code of the canonical article URL', async () => {
    const { page, context } = await openPage(siteUrl, { viewport: VIEWPORTS.phone });
    await page.goto(articleUrls[0] ?? '');
    await page.locator('.back-to-top').scrollIntoViewIfNeeded();
    await page.locator('.back-to-top').click();
    await page.waitForFunction(() => location.hash === '#top');
    const titleTop = await page.locator('h1').evaluate((h1) => h1.getBoundingClientRect().top);
    expect(titleTop).toBeGreaterThanOrEqual(0);
    expect(titleTop).toBeLessThan(VIEWPORTS.phone.height / 3);
    const qr = page.locator('.qr-code svg');
    await expect(qr.getAttribute('role')).resolves.toBe('img');
    await expect(qr.getAttribute('aria-label')).resolves.toBe('本文网址的二维码');
    await expect(qr.locator('path').count()).resolves.toBeGreaterThan(0);
    await context.close();
  });
});
