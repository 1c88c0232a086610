import { describe, expect, it } from 'vitest';
import { qrCodeSvg } from '../../../src/articles/qr-code.ts';
import { simplifiedLeftovers, traditionalHtml, traditionalTextFile } from '../../../src/editions/traditional-page.ts';

const at = { origin: 'https://news.example.org', base: '/archive/' };

const page = [
  '<!DOCTYPE html><html lang="zh-Hans"><head>',
  '<title>复工复产 | 中文新闻档案</title>',
  '<link rel="canonical" href="https://news.example.org/archive/articles/x/">',
  '<link rel="alternate" hreflang="zh-Hans" href="https://news.example.org/archive/articles/x/">',
  '<link rel="alternate" hreflang="zh-Hant" href="https://news.example.org/archive/zh-hant/articles/x/">',
  '<meta property="og:locale" content="zh_CN"><meta property="og:locale:alternate" content="zh_TW">',
  '<script type="application/ld+json">{"headline":"发展","inLanguage":"zh-Hans","url":"https://news.example.org/archive/articles/x/"}</script>',
  '<script>const label = "发展";</script><style>.a::before{content:"发"}</style>',
  '</head><body>',
  '<a class="edition-switch" href="/archive/zh-hant/articles/x/" hreflang="zh-Hant" lang="zh-Hant" data-edition-switch>繁體</a>',
  '<a href="/archive/">首页</a> <a href="/archive/months/2020-03/#top">2020年3月</a> <a href="/archive/_astro/a.css">样式</a>',
  '<a href="/archive/articles/x/citation.ris">下载</a> <img src="/archive/favicon.svg" alt="图标">',
  '<form action="/archive/search/"><input placeholder="搜索文章"></form>',
  '<p id="intro-1" aria-label="链接到本段">头发、干部和面条。见 https://news.example.org/archive/articles/x/。</p>',
  '<aside data-edition-note hidden><p>编者注</p></aside>',
  '</body></html>',
].join('');

describe('traditionalHtml', () => {
  it('converts text and attribute values, leaving scripts and styles byte for byte', async () => {
    const html = await traditionalHtml(page, at);
    expect(html).toContain('<title>復工復產 | 中文新聞檔案</title>');
    expect(html).toContain('頭髮、幹部和麵條');
    expect(html).toContain('aria-label="連結到本段"');
    expect(html).toContain('placeholder="搜尋文章"');
    expect(html).toContain('<script>const label = "发展";</script><style>.a::before{content:"发"}</style>');
    expect(html).toContain('id="intro-1"');
  });

  it('moves links to pages, the feed and citation files into the edition, and leaves shared files', async () => {
    const html = await traditionalHtml(page, at);
    expect(html).toContain('href="/archive/zh-hant/"');
    expect(html).toContain('href="/archive/zh-hant/months/2020-03/#top"');
    expect(html).toContain('href="/archive/zh-hant/articles/x/citation.ris"');
    expect(html).toContain('action="/archive/zh-hant/search/"');
    expect(html).toContain('href="/archive/_astro/a.css"');
    expect(html).toContain('src="/archive/favicon.svg"');
    expect(html).toContain('見 https://news.example.org/archive/zh-hant/articles/x/。');
  });

  it('names the edition: lang, canonical, Open Graph locales, JSON-LD; keeps the alternates; turns the switch round', async () => {
    const html = await traditionalHtml(page, at);
    expect(html).toContain('<html lang="zh-Hant">');
    expect(html).toContain('<link rel="canonical" href="https://news.example.org/archive/zh-hant/articles/x/">');
    expect(html).toContain(
      '<link rel="alternate" hreflang="zh-Hans" href="https://news.example.org/archive/articles/x/">',
    );
    expect(html).toContain('content="zh_TW"><meta property="og:locale:alternate" content="zh_CN"');
    expect(html).toContain(
      '{"headline":"發展","inLanguage":"zh-Hant","url":"https://news.example.org/archive/zh-hant/articles/x/"}',
    );
    expect(html).toContain(
      '<a class="edition-switch" href="/archive/articles/x/" hreflang="zh-Hans" lang="zh-Hans" data-edition-switch>简体</a>',
    );
    expect(html).toContain('<aside data-edition-note><p>編者注</p></aside>');
  });
});

describe('traditionalHtml: reading the page as HTML', () => {
  it('leaves comments, quoting and markup-like text in scripts as written, and converts only what is read', async () => {
    const html = await traditionalHtml(
      `<p class='lede' data-note=发展>发展<!-- 发展 --></p><script>if (a<b) x = "</p>发";</script><p title="a>b 发">头发</p>`,
      at,
    );
    expect(html).toBe(
      `<p class='lede' data-note="發展">發展<!-- 发展 --></p><script>if (a<b) x = "</p>发";</script><p title="a&gt;b 發">頭髮</p>`,
    );
  });

  it('draws the QR code again for the Traditional address', async () => {
    const modules = (svg: string): string => [...svg.matchAll(/ d="([^"]+)"/g)].map((path) => path[1]).join(' ');
    const simplifiedCode = await qrCodeSvg('https://news.example.org/archive/articles/x/');
    const traditionalCode = await qrCodeSvg('https://news.example.org/archive/zh-hant/articles/x/');
    expect(modules(traditionalCode)).not.toBe(modules(simplifiedCode));
    const html = await traditionalHtml(
      page.replace('</body>', `<div class="qr-code-image">${simplifiedCode}</div></body>`),
      at,
    );
    expect(html).toContain(`<div class="qr-code-image"><svg`);
    expect(modules(html.slice(html.indexOf('qr-code-image'), html.indexOf('</svg>') + 6))).toBe(
      modules(traditionalCode),
    );
  });
});

describe('traditionalHtml: the interface in Taiwan’s words', () => {
  const marked = [
    '<html lang="zh-Hans"><head><title data-archived-text>如何打印和搜索 | 中文新闻档案</title></head><body>',
    '<button aria-label="打印本文">打印</button><h1 data-archived-text>如何打印<wbr>和搜索</h1>',
    '<div class="article-body" data-archived-text><p>用户可以搜索<strong>文件</strong>并打印。<a aria-label="链接到本段">¶</a></p>',
    '<div><p>二维码</p></div></div><p>搜索文件、打开链接、扫描二维码</p>',
    '</body></html>',
  ].join('');

  it('rewords the interface outside the archived text, and the archived text not at all', async () => {
    const html = await traditionalHtml(marked, at);
    expect(html).toContain('<button aria-label="列印本文">列印</button>');
    expect(html).toContain('<p>搜尋檔案、開啟連結、掃描QR 碼</p>');
    // The archive's words stay as converted, nested elements included; only the label a reader hears changes.
    expect(html).toContain('<title data-archived-text>如何打印和搜索 | 中文新聞檔案</title>');
    expect(html).toContain('<h1 data-archived-text>如何打印<wbr>和搜索</h1>');
    expect(html).toContain('<p>用戶可以搜索<strong>文件</strong>並打印。<a aria-label="連結到本段">¶</a></p>');
    expect(html).toContain('<div><p>二維碼</p></div></div>');
  });
});

describe('simplifiedLeftovers', () => {
  it('finds Simplified-only characters a reader would read, and none in a converted page', async () => {
    expect(simplifiedLeftovers('<p>发展</p>').map((finding) => finding.character)).toEqual(['发']);
    expect(simplifiedLeftovers('<p title="头发">x</p>').map((finding) => finding.character)).toEqual(['头', '发']);
    expect(simplifiedLeftovers(await traditionalHtml(page, at))).toEqual([]);
  });
});

describe('traditionalTextFile', () => {
  it('converts a feed, moves its links and names its language', () => {
    const feed =
      '<rss><channel><language>zh-cn</language><link>https://news.example.org/archive/</link>' +
      '<item><title>复工复产</title><link>https://news.example.org/archive/articles/x/</link></item></channel></rss>';
    expect(traditionalTextFile(feed, at)).toBe(
      '<rss><channel><language>zh-tw</language><link>https://news.example.org/archive/zh-hant/</link>' +
        '<item><title>復工復產</title><link>https://news.example.org/archive/zh-hant/articles/x/</link></item></channel></rss>',
    );
  });
});
