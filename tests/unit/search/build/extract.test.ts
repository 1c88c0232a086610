import { describe, expect, it } from 'vitest';
import { extractSearchDocument } from '../../../../src/search/build/extract.ts';
import { HEADER_SECTION, parseDocument, serializeDocument } from '../../../../src/search/shared/document.ts';

const page = `<!doctype html><html lang="zh-CN"><body><header>站点 <a href="/">首页</a></header>
<main><article class="article" data-archive-body><header class="article-header">
<h1 class="article-title">标题 &amp; 副题</h1>
<p class="article-meta"><time datetime="2020-03-03">2020年3月3日</time><span aria-hidden="true">·</span><span>来源：人民邮电报</span></p></header>
<div class="article-body"><p id="intro-1">导语文字。<a href="#intro-1" data-archive-ignore=""></a></p>
<h2 id="build-5g">大力推进5G发展<a href="#build-5g" data-archive-ignore=""></a></h2>
<p id="build-5g-1">今年是<strong>5G</strong>建设发展的关键之年。</p>
<aside class="editor-note" data-archive-ignore><p>编者注</p></aside>
</div></article><nav data-archive-ignore>目录</nav></main></body></html>`;

describe('extractSearchDocument', () => {
  it('reads title, date, source, sections and paragraphs with their ids, skipping ignored parts', () => {
    const document = extractSearchDocument(page, '/articles/x/');
    expect(document).toMatchObject({
      url: '/articles/x/',
      title: '标题 & 副题',
      date: '2020-03-03',
      dateText: '2020年3月3日',
      source: '人民邮电报',
      sections: [
        { id: 'intro', title: '导语' },
        { id: 'build-5g', title: '大力推进5G发展' },
      ],
    });
    expect(document?.blocks).toEqual([
      { section: HEADER_SECTION, anchor: '', text: '标题 & 副题' },
      { section: HEADER_SECTION, anchor: '', text: '2020年3月3日·来源：人民邮电报' },
      { section: 0, anchor: 'intro-1', text: '导语文字。' },
      { section: 1, anchor: 'build-5g', text: '大力推进5G发展' },
      { section: 1, anchor: 'build-5g-1', text: '今年是5G建设发展的关键之年。' },
    ]);
  });

  it('decodes character references in the text, named and numeric', () => {
    const document = extractSearchDocument(
      page.replace('标题 &amp; 副题', '&lt;标题&gt; &#x4e2d;&#25991;&nbsp;&quot;'),
      '/x/',
    );
    expect(document?.title).toBe('<标题> 中文 "');
  });

  it('ignores pages without a data-archive-body element', () => {
    expect(extractSearchDocument('<html><body><p>x</p></body></html>', '/')).toBeUndefined();
  });

  it('survives a round trip through its file form', () => {
    const document = extractSearchDocument(page, '/articles/x/');
    if (!document) throw new Error('no document');
    expect(parseDocument(JSON.parse(serializeDocument(document)))).toEqual(document);
    expect(parseDocument({ url: 1 })).toBeUndefined();
  });
});
