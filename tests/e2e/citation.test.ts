import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, sharedPage, VIEWPORTS } from '../support/browser.ts';
import { SEEDS, type Seed } from '../support/seeds.ts';
import { TEXT_SIZE_IDS } from '../support/text-size.ts';

const siteUrl = inject('siteUrl');

/**
 * A reader 14 hours ahead of UTC at a fixed moment: 2031-05-07 for them, still 2031-05-06 in Beijing (and
 * never the day the site was built), so only the reader's own day can show as the access date.
 */
const READER = { timezoneId: 'Pacific/Kiritimati', now: new Date('2031-05-06T12:00:00Z'), today: '2031-05-07' };

/** Whether a seed article comes from a newspaper (cited [N/OL]); the other comes from the web ([EB/OL]). */
function isNewspaper(seed: Seed): boolean {
  return seed.source === '人民邮电报';
}

const newspaper = SEEDS.find(isNewspaper);
const webSource = SEEDS.find((seed) => seed.source === '网络及微信公众号');
if (!newspaper || !webSource) throw new Error('the seeds no longer hold a 人民邮电报 and a 网络及微信公众号 article');

function articleUrlOf(seed: Seed): string {
  return new URL(`articles/${seed.articleId}/`, siteUrl).href;
}

/** Today in `timeZone` as YYYY-MM-DD. */
function todayIn(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(),
  );
}

/** The article's canonical URL as its page declares it (SITE_URL at build time). */
async function canonicalOf(page: Page): Promise<string> {
  return (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
}

/** The GB/T 7714—2025 reference of a seed article at `canonical`, read on `accessDay`. */
function expectedReference(seed: Seed, canonical: string, accessDay: string): string {
  return isNewspaper(seed)
    ? `${seed.title}[N/OL]. ${seed.source}，${seed.isoDate}. ${canonical}.`
    : `${seed.title}[EB/OL]. （${seed.isoDate}）[${accessDay}]. ${canonical}.`;
}

/** The RIS record of a seed article at `canonical`. */
function expectedRis(seed: Seed, canonical: string): string {
  const lines = isNewspaper(seed)
    ? ['TY  - NEWS', `TI  - ${seed.title}`, `T2  - ${seed.source}`]
    : ['TY  - ELEC', `TI  - ${seed.title}`, 'T2  - 中文新闻档案'];
  lines.push('PY  - 2020', `DA  - ${seed.isoDate.replaceAll('-', '/')}/`, `UR  - ${canonical}`);
  if (isNewspaper(seed)) lines.push('DB  - 中文新闻档案');
  lines.push('LA  - zh', 'ER  - ', '');
  return lines.join('\r\n');
}

describe('引用本文 on an article page', () => {
  it.each(SEEDS)(
    'shows the GB/T 7714—2025 reference of $articleId, dated the reader’s today where it has an access date',
    async (seed) => {
      const { page, context, consoleErrors } = await openPage(siteUrl, { timezoneId: READER.timezoneId });
      await page.clock.setFixedTime(READER.now);
      await page.goto(articleUrlOf(seed));
      const box = page.locator('.cite-article');
      await expect(box.getByRole('heading', { name: '引用本文' }).isVisible()).resolves.toBe(true);
      const reference = expectedReference(seed, await canonicalOf(page), READER.today);
      await expect(box.locator('.cite-article-text').textContent()).resolves.toBe(reference);
      await expect(box.locator('time').count()).resolves.toBe(isNewspaper(seed) ? 0 : 1);
      // The reference comes after the text of the article, and every control of the box is reachable.
      const afterText = await page.evaluate(() => {
        const body = document.querySelector('.article-body');
        const cite = document.querySelector('.cite-article');
        return body && cite ? (body.compareDocumentPosition(cite) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 : false;
      });
      expect(afterText).toBe(true);
      await expect(box.getByRole('button', { name: '复制引文' }).isVisible()).resolves.toBe(true);
      await expect(box.getByRole('link', { name: '下载 RIS' }).isVisible()).resolves.toBe(true);
      await expect(box.getByRole('link', { name: '下载 BibTeX' }).isVisible()).resolves.toBe(true);
      expect(consoleErrors).toEqual([]);
      await context.close();
    },
  );

  it.each(SEEDS)(
    'copies exactly the reference shown on $articleId, from the keyboard, and announces it',
    async (seed) => {
      const { page, context, consoleErrors } = await openPage(siteUrl, {
        permissions: ['clipboard-read', 'clipboard-write'],
        viewport: VIEWPORTS.phone,
      });
      await page.goto(articleUrlOf(seed));
      const shown = (await page.locator('.cite-article-text').textContent()) ?? '';
      expect(shown).toBe(expectedReference(seed, await canonicalOf(page), todayIn(await browserTimeZone(page))));
      await page.locator('.cite-article-copy').focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelector('[role="status"]')?.textContent?.includes('已复制引文'));
      await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(shown);
      const status = page.locator('[role="status"]');
      await expect(status.textContent()).resolves.toBe(`已复制引文：${shown}`);
      await expect(status.isVisible()).resolves.toBe(true);
      expect(consoleErrors).toEqual([]);
      await context.close();
    },
  );

  it('selects the reference and says how to copy it by hand when the clipboard is refused', async () => {
    const { page, context } = await openPage(siteUrl);
    await page.addInitScript(() => {
      Object.defineProperty(navigator.clipboard, 'writeText', {
        value: () => Promise.reject(new DOMException('refused', 'NotAllowedError')),
      });
    });
    await page.goto(articleUrlOf(webSource));
    const shown = (await page.locator('.cite-article-text').textContent()) ?? '';
    await page.locator('.cite-article-copy').click();
    await page.waitForFunction(() => document.querySelector('[role="status"]')?.textContent?.includes('无法自动复制'));
    await expect(page.locator('[role="status"]').textContent()).resolves.toBe(
      `无法自动复制，引文已选中，请手动复制：${shown}`,
    );
    await expect(page.evaluate(() => window.getSelection()?.toString())).resolves.toBe(shown);
    await context.close();
  });

  it.each(SEEDS)('offers the RIS file of $articleId, served as RIS in UTF-8 and downloaded as such', async (seed) => {
    const { page } = await sharedPage(siteUrl);
    await page.goto(articleUrlOf(seed));
    const canonical = await canonicalOf(page);
    const link = page.locator('.cite-article').getByRole('link', { name: '下载 RIS' });
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toBe(`/articles/${seed.articleId}/citation.ris`);
    const response = await fetch(new URL(href, siteUrl));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/x-research-info-systems; charset=utf-8');
    await expect(response.text()).resolves.toBe(expectedRis(seed, canonical));
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(`${seed.articleId}.ris`);
    const saved = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of saved) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(expectedRis(seed, canonical));
  });

  it.each(SEEDS)('offers the BibTeX entry of $articleId', async (seed) => {
    const { page } = await sharedPage(siteUrl);
    await page.goto(articleUrlOf(seed));
    const href =
      (await page.locator('.cite-article').getByRole('link', { name: '下载 BibTeX' }).getAttribute('href')) ?? '';
    const response = await fetch(new URL(href, siteUrl));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/x-bibtex; charset=utf-8');
    const entry = await response.text();
    expect(entry).toMatch(isNewspaper(seed) ? /^@article\{/ : /^@online\{/);
    expect(entry).toContain(`  title = {${seed.title}},\n`);
    expect(entry).toContain(`  url = {${await canonicalOf(page)}},\n`);
  });

  it.each(SEEDS)('describes $articleId in citation_* meta tags for reference managers', async (seed) => {
    const { page } = await sharedPage(siteUrl);
    await page.goto(articleUrlOf(seed));
    const canonical = await canonicalOf(page);
    const tags = await page
      .locator('head meta[name^="citation_"]')
      .evaluateAll((metas) => metas.map((meta) => [meta.getAttribute('name'), meta.getAttribute('content')]));
    const day = seed.isoDate.replaceAll('-', '/');
    expect(Object.fromEntries(tags)).toEqual({
      citation_title: seed.title,
      citation_publication_date: day,
      citation_online_date: day,
      ...(isNewspaper(seed) ? { citation_journal_title: seed.source } : {}),
      citation_language: 'zh',
      citation_public_url: canonical,
      citation_fulltext_html_url: canonical,
    });
  });

  it('shows the reference, the build day as its access date with a note, and the downloads without JavaScript, but no copy button', async () => {
    const { page } = await sharedPage(siteUrl, { javaScriptEnabled: false });
    await page.goto(articleUrlOf(webSource));
    const canonical = await canonicalOf(page);
    const buildDay = (await page.locator('.cite-article time').getAttribute('datetime')) ?? '';
    expect(buildDay).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await expect(page.locator('.cite-article-text').textContent()).resolves.toBe(
      expectedReference(webSource, canonical, buildDay),
    );
    await expect(page.locator('.cite-article-note').textContent()).resolves.toContain(`本页生成之日（${buildDay}）`);
    await expect(page.locator('.cite-article-note').isVisible()).resolves.toBe(true);
    await expect(page.locator('.cite-article-copy').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: '复制引文' }).count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: '下载 RIS' }).isVisible()).resolves.toBe(true);
    await page.goto(articleUrlOf(newspaper));
    await expect(page.locator('.cite-article-text').textContent()).resolves.toBe(
      expectedReference(newspaper, await canonicalOf(page), ''),
    );
    await expect(page.locator('.cite-article-note').count()).resolves.toBe(0);
  });

  it('prints the reference without its controls', async () => {
    const { page } = await sharedPage(siteUrl);
    await page.goto(articleUrlOf(webSource));
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.cite-article-text').isVisible()).resolves.toBe(true);
    await expect(page.locator('.cite-article-copy').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('link', { name: '下载 RIS' }).isVisible()).resolves.toBe(false);
  });
});

/** The time zone the page's browser runs in. */
function browserTimeZone(page: Page): Promise<string> {
  return page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
}

describe('引用本文 on a phone', () => {
  it.each(
    ['', 'zh-hant/'].flatMap((prefix) =>
      [360, 1280].flatMap((width) => TEXT_SIZE_IDS.map((size) => ({ prefix, width, size }))),
    ),
  )(
    'never breaks the type mark or a date over two lines ($width px, $size, "$prefix")',
    async ({ prefix, width, size }) => {
      const { page } = await sharedPage(siteUrl, { viewport: { width, height: 740 } }, size);
      for (const seed of SEEDS) {
        await page.goto(new URL(`${prefix}articles/${seed.articleId}/`, siteUrl).href);
        const kept = await page.locator('[data-cite-text] .cite-article-keep').evaluateAll((spans) =>
          spans.map((span) => ({
            text: span.textContent ?? '',
            lines: new Set([...span.getClientRects()].map((rect) => Math.round(rect.top))).size,
          })),
        );
        // The type mark and at least one date; the web page's reference also the creation and access dates.
        expect(kept.length).toBeGreaterThanOrEqual(2);
        expect(kept.map((piece) => piece.text).join(' ')).toMatch(/\[(N|EB)\/OL\].*\d{4}-\d{2}-\d{2}/u);
        for (const piece of kept) expect(piece, seed.articleId).toMatchObject({ lines: 1 });
      }
    },
  );
});

describe('the about page on citing', () => {
  it('says what each kind of reference names, as the references do', async () => {
    const { page } = await sharedPage(siteUrl);
    await page.goto(new URL('about/', siteUrl).href);
    const citing = (await page.locator('#citing').locator('xpath=..').innerText()).replace(/\s+/g, '');
    expect(citing).toContain('写明报纸名称和出版日期');
    expect(citing).toContain('[EB/OL]');
    expect(citing).toContain('不列来源名称');
    // And the references agree: the newspaper's names its paper, the web page's does not name its source.
    await page.goto(articleUrlOf(newspaper));
    await expect(page.locator('[data-cite-text]').innerText()).resolves.toContain(`[N/OL]. ${newspaper.source}，`);
    await page.goto(articleUrlOf(webSource));
    const web = await page.locator('[data-cite-text]').innerText();
    expect(web).toContain('[EB/OL]');
    expect(web).not.toContain(webSource.source);
  });
});
