import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, sharedPage, VIEWPORTS } from '../support/browser.ts';
import { SEEDS } from '../support/seeds.ts';
import { TEXT_SIZE_IDS } from '../support/text-size.ts';

const siteUrl = inject('siteUrl');
const articlePaths = SEEDS.map((seed) => `articles/${seed.articleId}/`);
const articleUrls = articlePaths.map((path) => new URL(path, siteUrl).href);
/** The canonical URL the build writes (SITE_URL unset in tests), which is what readers share. */
const canonicalOf = (path: string): string => new URL(path, 'http://localhost:4321/').href;

/** The reader's calendar day in the browser, as the page computes it. */
function browserToday(page: Page): Promise<string> {
  return page.evaluate(() => {
    const now = new Date();
    const pad = (value: number): string => String(value).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  });
}

describe('字号 (text size)', () => {
  it('applies the chosen size and remembers it across a reload and other pages, before the first paint', async () => {
    const { page, context, consoleErrors } = await openPage(siteUrl);
    // Records the root font size when the page's content (<main>) first exists, before it can be laid out
    // or painted, and every layout shift.
    await context.addInitScript(() => {
      const record = window as unknown as { firstFontSize?: string; shifts: number };
      record.shifts = 0;
      new MutationObserver((_, observer) => {
        if (!document.querySelector('main')) return;
        record.firstFontSize = getComputedStyle(document.documentElement).fontSize;
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) record.shifts += (entry as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(articleUrls[0] ?? '');
    const tools = page.getByRole('group', { name: '阅读工具' });
    await expect(tools.isVisible()).resolves.toBe(true);
    const defaultSize = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    await page.getByRole('radio', { name: '特大' }).check();
    const largest = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    expect(largest / defaultSize).toBeCloseTo(1.3, 2);

    for (const url of [articleUrls[0], articleUrls[1], siteUrl]) {
      await page.goto(url ?? '');
      await page.waitForLoadState('load');
      const seen = await page.evaluate(() => {
        const record = window as unknown as { firstFontSize?: string; shifts: number };
        return {
          first: record.firstFontSize,
          now: getComputedStyle(document.documentElement).fontSize,
          shifts: record.shifts,
        };
      });
      expect(seen.first).toBe(seen.now);
      expect(parseFloat(seen.now)).toBeCloseTo(16 * 1.3, 1);
      expect(seen.shifts).toBe(0);
    }
    await page.goto(articleUrls[1] ?? '');
    await expect(page.getByRole('radio', { name: '特大' }).isChecked()).resolves.toBe(true);
    // Back to the standard size: the browser's own size, never smaller.
    await page.getByRole('radio', { name: '标准' }).check();
    await expect(page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).resolves.toBe('16px');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('is one radio group: a single Tab stop, chosen with the arrow keys', async () => {
    const { page } = await sharedPage(siteUrl);
    await page.goto(articleUrls[0] ?? '');
    await page.getByRole('radio', { name: '标准' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: '大', exact: true }).isChecked()).resolves.toBe(true);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('打印');
  });
});

describe('打印 (print)', () => {
  it('prints the site name, the article URL as text and QR code, the date printed, and no controls', async () => {
    const { page } = await sharedPage(siteUrl, { viewport: VIEWPORTS.phone });
    await page.goto(articleUrls[1] ?? '');
    // The button opens the browser's print dialog.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await page.getByRole('button', { name: '打印' }).click();
    await expect(page.evaluate(() => (window as unknown as { printed: number }).printed)).resolves.toBe(1);

    await page.emulateMedia({ media: 'print' });
    const masthead = page.locator('.print-masthead');
    await expect(masthead.isVisible()).resolves.toBe(true);
    const mastheadText = await masthead.innerText();
    expect(mastheadText).toContain('中文新闻档案');
    expect(mastheadText).toContain(canonicalOf(articlePaths[1] ?? ''));
    expect(mastheadText).toContain(`打印日期：${await browserToday(page)}`);
    await expect(page.locator('.qr-code svg').isVisible()).resolves.toBe(true);
    for (const control of [
      '.site-header',
      '.site-footer',
      '.breadcrumbs',
      '.reader-tools',
      '.article-aside',
      '.back-to-top',
      '.back-to-top-button',
      '.article-neighbours',
    ]) {
      const visible = await page
        .locator(control)
        .evaluateAll((elements) => elements.some((element) => element.getClientRects().length > 0));
      expect(visible, control).toBe(false);
    }
    await expect(page.locator('.article-body .paragraph-link').first().isVisible()).resolves.toBe(false);
    await expect(page.locator('h1').isVisible()).resolves.toBe(true);
  });
});

describe('分享 (share)', () => {
  it('copies the article link with a visible, announced confirmation where the browser cannot share', async () => {
    const { page, context } = await openPage(siteUrl, { permissions: ['clipboard-read', 'clipboard-write'] });
    await context.addInitScript(() => {
      // Desktop Chromium on Linux has no Web Share; make sure of it.
      Object.defineProperty(Navigator.prototype, 'share', { value: undefined, configurable: true });
    });
    await page.goto(articleUrls[0] ?? '');
    await page.getByRole('button', { name: '分享' }).click();
    const status = page.getByRole('status');
    await page.waitForFunction(() => document.querySelector('[data-status-message]')?.textContent !== '');
    await expect(status.textContent()).resolves.toBe(`已复制本文链接：${canonicalOf(articlePaths[0] ?? '')}`);
    await expect(status.isVisible()).resolves.toBe(true);
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(canonicalOf(articlePaths[0] ?? ''));
    await context.close();
  });

  it('hands title and link to the Web Share API where the browser has it', async () => {
    const { page, context } = await openPage(siteUrl, { viewport: VIEWPORTS.phone });
    await context.addInitScript(() => {
      const shared: ShareData[] = [];
      (window as unknown as { shared: ShareData[] }).shared = shared;
      Object.defineProperty(Navigator.prototype, 'share', {
        value: (data: ShareData) => {
          shared.push(data);
          return Promise.resolve();
        },
        configurable: true,
      });
    });
    await page.goto(articleUrls[1] ?? '');
    await page.getByRole('button', { name: '分享' }).click();
    await expect(page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared)).resolves.toEqual([
      { title: SEEDS[1]?.title, url: canonicalOf(articlePaths[1] ?? '') },
    ]);
    await context.close();
  });
});

describe('返回顶部 while reading', () => {
  it('waits in the margin beside the text on a wide screen once the reader is a screen down', async () => {
    const { page } = await sharedPage(siteUrl, { viewport: VIEWPORTS.desktop });
    await page.goto(articleUrls[1] ?? '');
    const button = page.getByRole('link', { name: '返回顶部' }).and(page.locator('.back-to-top-button'));
    await expect(button.isVisible()).resolves.toBe(false);
    await page.mouse.wheel(0, 2 * VIEWPORTS.desktop.height);
    await page.waitForFunction(() => !document.querySelector<HTMLElement>('.back-to-top-button')?.hidden);
    const overlap = await page.evaluate(() => {
      const box = document.querySelector('.back-to-top-button')?.getBoundingClientRect();
      const text = document.querySelector('.article-body')?.getBoundingClientRect();
      const aside = document.querySelector('.article-aside')?.getBoundingClientRect();
      const hits = (other: DOMRect | undefined): boolean =>
        !!box && !!other && box.left < other.right && box.right > other.left;
      return { text: hits(text), aside: hits(aside) };
    });
    expect(overlap).toEqual({ text: false, aside: false });
    await button.click();
    await page.waitForFunction(() => window.scrollY < 200);
  });

  it.each(
    [360, 800, 1024, 1280].flatMap((width) =>
      // Where the margin beside the article has room for it (at 1024 px the contents take the right margin).
      TEXT_SIZE_IDS.map((size) => ({
        width,
        size,
        shown: (width === 800 && size === 'standard') || (width === 1280 && size !== 'larger'),
      })),
    ),
  )(
    'at $width px, text size $size: shown $shown, never over text, its label on one line',
    async ({ width, size, shown }) => {
      const { page } = await sharedPage(siteUrl, { viewport: { width, height: 800 } }, size);
      await page.goto(articleUrls[1] ?? '');
      await page.evaluate(() => window.scrollTo(0, 3 * window.innerHeight));
      await page.waitForFunction(() => window.scrollY > 2 * window.innerHeight);
      // Two frames: the scroll handler runs on the next one.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const seen = await page.evaluate(() => {
        const button = document.querySelector<HTMLElement>('.back-to-top-button');
        if (!button || button.hidden) return { visible: false, lines: 0, overText: [] as string[] };
        const box = button.getBoundingClientRect();
        const label = document.createRange();
        label.selectNodeContents(button);
        // Vertical text: one column of characters is one line.
        const columns = new Set([...label.getClientRects()].map((rect) => Math.round(rect.left)));
        const overText: string[] = [];
        const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (button.contains(node) || (node.textContent ?? '').trim() === '') continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const rect of range.getClientRects()) {
            const overlaps =
              rect.width > 0 &&
              rect.left < box.right &&
              rect.right > box.left &&
              rect.top < box.bottom &&
              rect.bottom > box.top;
            if (overlaps) overText.push(node.textContent ?? '');
          }
        }
        return { visible: true, lines: columns.size, overText };
      });
      expect(seen.visible).toBe(shown);
      expect(seen.overText).toEqual([]);
      if (shown) expect(seen.lines).toBe(1);
    },
  );
});

describe('the way back and the contents', () => {
  it.each(SEEDS.map((seed, index) => ({ seed, url: articleUrls[index] ?? '' })))(
    'breadcrumbs 首页 › month › 正文 with BreadcrumbList JSON-LD on $seed.articleId',
    async ({ seed, url }) => {
      const { page } = await sharedPage(siteUrl);
      await page.goto(url);
      const trail = page.getByRole('navigation', { name: '当前位置' });
      await expect(trail.locator('li').allInnerTexts()).resolves.toEqual([
        '首页',
        `${Number(seed.isoDate.slice(0, 4))}年${Number(seed.isoDate.slice(5, 7))}月`,
        '正文',
      ]);
      await expect(
        trail.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
      ).resolves.toEqual(['/', `/months/${seed.isoDate.slice(0, 7)}/`]);
      await expect(trail.locator('[aria-current="page"]').textContent()).resolves.toBe('正文');
      const jsonLd = await page
        .locator('script[type="application/ld+json"]')
        .evaluateAll((scripts) =>
          scripts.map((script) => JSON.parse(script.textContent ?? '{}') as Record<string, unknown>),
        );
      const breadcrumbs = jsonLd.find((document) => document['@type'] === 'BreadcrumbList');
      expect(breadcrumbs?.['itemListElement']).toEqual([
        { '@type': 'ListItem', position: 1, name: '首页', item: 'http://localhost:4321/' },
        {
          '@type': 'ListItem',
          position: 2,
          name: `${Number(seed.isoDate.slice(0, 4))}年${Number(seed.isoDate.slice(5, 7))}月`,
          item: `http://localhost:4321/months/${seed.isoDate.slice(0, 7)}/`,
        },
        { '@type': 'ListItem', position: 3, name: '正文' },
      ]);
    },
  );

  it('folds the contents under the title on a phone, so the text starts on the first screen', async () => {
    const { page } = await sharedPage(siteUrl, { viewport: VIEWPORTS.phone });
    await page.goto(articleUrls[1] ?? '');
    await expect(
      page.locator('.toc-details').evaluate((details) => (details as HTMLDetailsElement).open),
    ).resolves.toBe(false);
    await expect(page.locator('.toc ol a').first().isVisible()).resolves.toBe(false);
    const firstParagraphTop = await page
      .locator('.article-body > p')
      .first()
      .evaluate((p) => p.getBoundingClientRect().top);
    expect(firstParagraphTop).toBeLessThan(VIEWPORTS.phone.height - 60);
    await page.getByText('本文目录').click();
    await expect(page.locator('.toc ol a').first().isVisible()).resolves.toBe(true);
  });

  it('shows the contents open beside the text on a wide screen', async () => {
    const { page } = await sharedPage(siteUrl, { viewport: VIEWPORTS.desktop });
    await page.goto(articleUrls[1] ?? '');
    await expect(page.locator('.toc ol a').first().isVisible()).resolves.toBe(true);
  });
});

describe('without JavaScript', () => {
  it('reads fully, and the controls that need a script are absent rather than broken', async () => {
    const { page } = await sharedPage(siteUrl, { javaScriptEnabled: false, viewport: VIEWPORTS.desktop });
    await page.goto(articleUrls[1] ?? '');
    await expect(page.locator('.reader-tools').isVisible()).resolves.toBe(false);
    await expect(page.locator('.back-to-top-button').isVisible()).resolves.toBe(false);
    await expect(page.locator('.toc ol a').first().isVisible()).resolves.toBe(true);
    await expect(page.locator('.article-body > p').count()).resolves.toBeGreaterThan(20);
    await expect(page.locator('.back-to-top').isVisible()).resolves.toBe(true);
  });
});

describe('Chinese typography', () => {
  it.each([...articleUrls, ...articlePaths.map((path) => new URL(`zh-hant/${path}`, siteUrl).href)])(
    'sets quotes, ellipses and dashes one em wide in the body text of %s',
    async (url) => {
      const { page } = await sharedPage(siteUrl, { viewport: VIEWPORTS.phone });
      await page.goto(url);
      const widths = await page.evaluate(() => {
        // The glyphs' own width: justification (inter-character) would add its share of a line's slack.
        for (const block of document.querySelectorAll<HTMLElement>('.article-body :is(p, li, h2)')) {
          block.style.textAlign = 'start';
        }
        const found: { character: string; em: number }[] = [];
        const walker = document.createTreeWalker(
          document.querySelector('.article-body') ?? document.body,
          NodeFilter.SHOW_TEXT,
        );
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          if (!node.parentElement?.checkVisibility()) continue;
          for (let index = 0; index < text.length; index += 1) {
            const character = text[index] ?? '';
            // Between two Han characters, where no punctuation compression applies.
            if (!'“”‘’…—'.includes(character)) continue;
            if (!/\p{Script=Han}/u.test(text[index - 1] ?? '') || !/\p{Script=Han}/u.test(text[index + 1] ?? ''))
              continue;
            const range = document.createRange();
            range.setStart(node, index);
            range.setEnd(node, index + 1);
            const size = parseFloat(getComputedStyle(node.parentElement ?? document.body).fontSize);
            found.push({ character, em: Math.round((range.getBoundingClientRect().width / size) * 100) / 100 });
          }
        }
        return found;
      });
      expect(widths.length).toBeGreaterThan(3);
      for (const { character, em } of widths) expect(em, character).toBeCloseTo(1, 1);
    },
  );

  it.each(Object.entries(VIEWPORTS))(
    'breaks titles, headings and contents only between words (%s)',
    async (_name, viewport) => {
      const { page } = await sharedPage(siteUrl, { viewport });
      const badBreaks: string[] = [];
      for (const url of articleUrls) {
        await page.goto(url);
        await page.evaluate(() => {
          const details = document.querySelector<HTMLDetailsElement>('.toc-details');
          if (details) details.open = true;
        });
        badBreaks.push(
          ...(await page.evaluate(() => {
            const problems: string[] = [];
            for (const element of document.querySelectorAll('.article-title, .article-body h2, .toc li a')) {
              // Every character with the line it sits on, and whether a <wbr> stands right before it.
              const characters: { character: string; top: number; afterWbr: boolean }[] = [];
              let afterWbr = false;
              const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                if (node instanceof Element) {
                  if (node.tagName === 'WBR') afterWbr = true;
                  continue;
                }
                const text = node.textContent ?? '';
                for (let index = 0; index < text.length; index += 1) {
                  const range = document.createRange();
                  range.setStart(node, index);
                  range.setEnd(node, index + 1);
                  const rects = range.getClientRects();
                  characters.push({ character: text[index] ?? '', top: rects[0]?.top ?? 0, afterWbr });
                  afterWbr = false;
                }
              }
              for (let index = 1; index < characters.length; index += 1) {
                const before = characters[index - 1];
                const here = characters[index];
                if (!before || !here || here.top <= before.top + 2) continue;
                // A new line may start after a word boundary the build marked, or after punctuation or a space.
                if (here.afterWbr || /[\s，。、；：！？）”’]/u.test(before.character)) continue;
                problems.push(`${element.textContent?.trim()}: ${before.character}/${here.character}`);
              }
            }
            return problems;
          })),
        );
      }
      expect(badBreaks).toEqual([]);
    },
  );

  it('never breaks a fact of the meta line inside ("栏/目")', async () => {
    const { page } = await sharedPage(siteUrl, { viewport: VIEWPORTS.phone });
    await page.goto(articleUrls[1] ?? '');
    const lineCounts = await page
      .locator('.article-header .article-meta > :not(.meta-separator)')
      .evaluateAll((facts) =>
        facts.map((fact) => new Set([...fact.getClientRects()].map((rect) => Math.round(rect.top))).size),
      );
    expect(lineCounts.length).toBe(3);
    for (const count of lineCounts) expect(count).toBe(1);
  });
});
