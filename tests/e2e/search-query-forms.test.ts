import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sharedPage } from '../support/browser.ts';
import { readSearchPage, searchOnSite } from '../support/search-page.ts';
import { BROADCAST, TELECOM } from '../fixtures/search-queries.ts';
import { extractSearchDocument } from '../../src/search/build/extract.ts';
import { editions } from '../../src/site.ts';

// What a reader types, as a reader would type it: Taiwan and Hong Kong wording (網路 for 网络), text pasted
// with invisible characters, and the excerpts that show the matches. In both editions: the Traditional one
// runs the same script on the same index, in its own script.

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');

/** Each edition: its search page's site root, the folder its pages are under, and a converter of its wording. */
const EDITIONS = [
  { name: 'Simplified', root: siteUrl, folder: '', spell: (text: string) => text },
  {
    name: 'Traditional',
    root: `${siteUrl}${editions.traditional.pathPrefix}`,
    folder: editions.traditional.pathPrefix,
    spell: (text: string) => text.replace('网络', '網絡').replace('线', '線').replace('带', '帶'),
  },
] as const;

/** The "按“…”找到" note of each result, '' when it is hidden. */
function matchedAsNotes(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-search-results] > li [data-result-matched-as]')].map((note) =>
      note.hidden || note.getClientRects().length === 0 ? '' : (note.textContent ?? ''),
    ),
  );
}

/** The texts of the search highlight on an article page, once it is set. */
async function highlightedTexts(page: Page): Promise<string[]> {
  await page.waitForFunction(() => (CSS.highlights.get('search-result')?.size ?? 0) > 0);
  return page.evaluate(() =>
    ([...(CSS.highlights.get('search-result') ?? [])] as Range[]).map((range) => range.toString()),
  );
}

/** The text blocks of a built article page of an edition, as the search reads them. */
async function articleBlocks(folder: string, articleId: string): Promise<string[]> {
  const html = await readFile(join(siteDir, folder, 'articles', articleId, 'index.html'), 'utf8');
  return (extractSearchDocument(html, `/articles/${articleId}/`)?.blocks ?? []).map((block) => block.text);
}

const TOKEN = /[A-Za-z0-9.%]/;

describe.each(EDITIONS)('regional wording ($name edition)', ({ root, spell }) => {
  it('finds 網路 as 网络 in both articles, says so under each result and marks 网络', async () => {
    const { page, consoleErrors, foreignRequests } = await sharedPage(siteUrl);
    const shown = await searchOnSite(page, root, '網路');
    expect(shown.results.map((result) => result.articleId).sort()).toEqual([BROADCAST, TELECOM].sort());
    expect(shown.status).toContain('找到 2 篇');
    await expect(matchedAsNotes(page)).resolves.toEqual([`按“${spell('网络')}”找到`, `按“${spell('网络')}”找到`]);
    for (const result of shown.results) {
      expect(result.marked.length).toBeGreaterThan(0);
      expect(new Set(result.marked)).toEqual(new Set([spell('网络')]));
      expect(new URL(result.titleHref, root).searchParams.getAll('highlight')).toEqual([spell('网络')]);
    }
    // The article page marks what matched.
    await page.locator('[data-search-results] > li .search-result-sections a').first().click();
    await page.waitForURL(/\/articles\/.*\?highlight=/);
    expect(new Set(await highlightedTexts(page))).toEqual(new Set([spell('网络')]));
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('finds 線上 where 线上 or 在线 occurs, and names 在线 only where it was found', async () => {
    const { page, consoleErrors } = await sharedPage(siteUrl);
    const shown = await searchOnSite(page, root, '線上');
    expect(shown.results.map((result) => result.articleId).sort()).toEqual([BROADCAST, TELECOM].sort());
    const notes = await matchedAsNotes(page);
    // 在线 is in the broadcast article (广东, 重庆), not in the telecom one, which has 线上 only.
    const byArticle = new Map(shown.results.map((result, index) => [result.articleId, notes[index]]));
    expect(byArticle.get(BROADCAST)).toBe(`按“${spell('在线')}”找到`);
    expect(byArticle.get(TELECOM)).toBe('');
    for (const result of shown.results) {
      for (const marked of result.marked) expect([spell('线上'), spell('在线')]).toContain(marked);
    }
    expect(consoleErrors).toEqual([]);
  });

  it('shows no note for a word typed as the articles spell it, and still finds nothing for 軟體', async () => {
    const { page, consoleErrors } = await sharedPage(siteUrl);
    const shown = await searchOnSite(page, root, '网络');
    expect(shown.results.length).toBe(2);
    await expect(matchedAsNotes(page)).resolves.toEqual(['', '']);
    const absent = await searchOnSite(page, root, '軟體');
    expect(absent.results).toEqual([]);
    expect(absent.status).toMatch(/沒有找到|没有找到/);
    expect(consoleErrors).toEqual([]);
  });
});

describe.each(EDITIONS)('pasted text ($name edition)', ({ root }) => {
  it('finds for 广电 with a zero-width space what it finds for 广电, typed or from the URL', async () => {
    const { page, consoleErrors } = await sharedPage(siteUrl);
    const clean = await searchOnSite(page, root, '广电');
    expect(clean.results.length).toBe(2);
    for (const pasted of ['广电\u200B', '\uFEFF广\u2060电\u00AD']) {
      const shown = await searchOnSite(page, root, pasted);
      expect(shown.results).toEqual(clean.results);
    }
    await page.locator('#page-search-input').fill('天津');
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('天津'));
    await page.locator('#page-search-input').fill('广电\u200B');
    await page.waitForFunction(() => document.querySelector('[data-search-results]')?.children.length === 2);
    expect((await readSearchPage(page)).results).toEqual(clean.results);
    await expect(matchedAsNotes(page)).resolves.toEqual(['', '']);
    expect(consoleErrors).toEqual([]);
  });

  it('reads no-break and ideographic spaces as spaces', async () => {
    const { page } = await sharedPage(siteUrl);
    const clean = await searchOnSite(page, root, '天津 视频会议');
    expect(clean.results.map((result) => result.articleId)).toEqual([BROADCAST]);
    for (const query of ['天津\u00A0视频会议', '天津\u3000视频会议', '天津\u202F视频会议']) {
      expect((await searchOnSite(page, root, query)).results).toEqual(clean.results);
    }
  });
});

describe.each(EDITIONS)('excerpt edges ($name edition)', ({ root, folder }) => {
  it('starts and ends every excerpt outside Latin and number tokens (广电, 5G, 93.18%, 25万, 10010)', async () => {
    const { page } = await sharedPage(siteUrl);
    const blocks = new Map([
      [BROADCAST, await articleBlocks(folder, BROADCAST)],
      [TELECOM, await articleBlocks(folder, TELECOM)],
    ]);
    let checked = 0;
    for (const query of ['广电', '5G', '93.18%', '25万', '10010', '基站']) {
      const shown = await searchOnSite(page, root, query);
      expect(shown.results.length).toBeGreaterThan(0);
      for (const result of shown.results) {
        const inner = result.excerpt.replace(/^…/, '').replace(/…$/, '');
        const block = blocks.get(result.articleId)?.find((text) => text.includes(inner));
        expect(block, `${query}: ${result.excerpt}`).toBeDefined();
        const start = block?.indexOf(inner) ?? -1;
        const end = start + inner.length;
        const cut = (at: number): boolean =>
          TOKEN.test(block?.charAt(at - 1) ?? '') && TOKEN.test(block?.charAt(at) ?? '');
        expect(cut(start), `${query} starts inside a token: ${result.excerpt}`).toBe(false);
        expect(cut(end), `${query} ends inside a token: ${result.excerpt}`).toBe(false);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(7);
    // The case that was reported: the telecom result for 广电 started "…G基站25万个".
    const telecom = (await searchOnSite(page, root, '广电')).results.find((result) => result.articleId === TELECOM);
    expect(telecom?.excerpt).not.toMatch(/^…G/);
  });
});

describe.each(EDITIONS)('punctuation typed or pasted in the box ($name edition)', ({ root }) => {
  it.each(['网络、客服', '网络，客服', '网络,客服', '网络；客服', '“网络”“客服”', '网络 客服。'])(
    'takes the punctuation of %s as a space between the terms',
    async (typed) => {
      const { page, consoleErrors } = await sharedPage(siteUrl);
      const shown = await searchOnSite(page, root, typed);
      expect(shown.results.map((result) => result.articleId).sort()).toEqual([BROADCAST, TELECOM].sort());
      expect(shown.results.every((result) => result.marked.length > 0)).toBe(true);
      expect(consoleErrors).toEqual([]);
    },
  );

  it.each(['客服。', '客服、', '（客服）', '《客服》'])('trims the punctuation pasted around %s', async (typed) => {
    const { page } = await sharedPage(siteUrl);
    const shown = await searchOnSite(page, root, typed);
    expect(shown.results.map((result) => result.articleId).sort()).toEqual([BROADCAST, TELECOM].sort());
  });

  it.each([
    { typed: '眼下，随着', results: [TELECOM] },
    // Both articles hold 会议 and 远程 (the broadcast one more often); only the telecom one as 会议、远程.
    { typed: '会议、远程', results: [TELECOM, BROADCAST] },
    { typed: '当前，疫情', results: [TELECOM, BROADCAST] },
  ])('finds the phrase $typed with its punctuation and ranks it first', async ({ typed, results }) => {
    const { page } = await sharedPage(siteUrl);
    const shown = await searchOnSite(page, root, typed);
    expect(shown.results.map((result) => result.articleId)).toEqual(results);
  });
});
