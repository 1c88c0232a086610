import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, writeArticleFixture, type ArticleFixture } from '../support/article-fixtures.ts';
import { sharedPage } from '../support/browser.ts';
import { serveWithNginx, type ServedSite } from '../../src/server/nginx.ts';

// Straight ASCII quotes in Chinese text, as pasted copy often has them ("加速度"), are shown as “ ” on
// every page that prints the text (title, body, citation, listing, feed), in both editions; Latin text and
// code keep them, and the archived Markdown is not changed. A site of its own, built from one such article.

const ARTICLE_ID = 'straight-quotes';
const ARTICLE = `---
title: 快递业跑出"加速度"
date: 2020-03-01
source: 测试来源
---

春节后快递业跑出"加速度",所谓"云上"办公成为常态。英文原话是 "business as usual",代码写作 \`"quoted"\`。

## 第一节 {#part-one}

他说:"好的。"
`;

let fixture: ArticleFixture;
let site: ServedSite;

beforeAll(async () => {
  fixture = await writeArticleFixture({ [`${ARTICLE_ID}.md`]: ARTICLE });
  const build = await buildFixture(fixture);
  if (build.failed) throw new Error(build.output);
  site = await serveWithNginx(fixture.outDir);
});

afterAll(async () => {
  await site.close();
  await fixture.remove();
});

describe.each([
  ['Simplified', ''],
  ['Traditional', 'zh-hant/'],
] as const)('straight quotes in Chinese text (%s edition)', (_edition, prefix) => {
  it('are shown as “ ” in the title, the body and the citation; Latin text and code keep theirs', async () => {
    const { page } = await sharedPage(site.url);
    await page.goto(new URL(`${prefix}articles/${ARTICLE_ID}/`, site.url).href);
    await expect(page.locator('h1').innerText()).resolves.toMatch(/^快遞?递?業?业?跑出“加速度”$/u);
    const body = await page.locator('.article-body').innerText();
    expect(body).toMatch(/跑出“加速度”，所[谓謂]“[云雲]上”/u);
    expect(body).toMatch(/[说說]：“好的。”/u);
    expect(body).toContain('"business as usual"');
    await expect(page.locator('.article-body code').innerText()).resolves.toBe('"quoted"');
    await expect(page.locator('[data-cite-text]').first().innerText()).resolves.toContain('“加速度”');
    // The home page's listing prints the title and the lede too.
    await page.goto(new URL(prefix, site.url).href);
    const listing = await page.locator('main').innerText();
    expect(listing).toContain('“加速度”');
    expect(listing).not.toMatch(/"加速度"/u);
  });

  it('are shown as “ ” in the feed’s titles and descriptions', async () => {
    const response = await fetch(new URL(`${prefix}rss.xml`, site.url));
    const feed = await response.text();
    expect(feed).toMatch(/<title>快遞?递?業?业?跑出“加速度”<\/title>/u);
    expect(feed).toMatch(/跑出“加速度”，/u);
    expect(feed).not.toMatch(/"加速度"/u);
  });
});
