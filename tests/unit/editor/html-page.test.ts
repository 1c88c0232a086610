import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHtmlPage, visibleText } from '../../../src/editor/html-page.ts';
import { loadImportRules } from '../../../src/editor/import-rules.ts';
import { projectRoot } from '../../support/build-site.ts';

const rules = await loadImportRules();
const paragraph = (text: string): string =>
  `<p>${text}会议指出,要做好疫情防控和复工复产各项工作,统筹推进经济社会发展。</p>`;

describe('readHtmlPage', () => {
  it('finds the article of the saved page fixture: title, column, date, source and its 29 blocks, none of the chrome', async () => {
    const html = await readFile(join(projectRoot, 'tests', 'fixtures', 'pages', 'broadcast-networks.html'), 'utf8');
    const page = readHtmlPage(html, rules);
    expect([page.title, page.column, page.date, page.source]).toEqual([
      '抗击疫情,广电在行动',
      '防疫前沿',
      '2020-02-08',
      '网络及微信公众号',
    ]);
    expect(page.blocks.filter((block) => block.kind === 'heading').map((block) => block.text.slice(0, 2))).toEqual([
      '天津',
      '贵州',
      '山东',
      '广东',
      '重庆',
    ]);
    expect(page.blocks).toHaveLength(29);
    expect(page.blocks.map((block) => block.text).join('\n')).not.toMatch(
      /首页|热点新闻|分享|版权所有|返回顶部|扫一扫|QQ空间/,
    );
  });

  it('takes the date from the page’s metadata when no line shows it; a bold sentence stays a paragraph, an h2 is a heading', () => {
    const html = `<!DOCTYPE html><html><head><title>会议 - 某网</title><meta property="article:published_time" content="2020-03-03T08:00:00+08:00"></head>
      <body><nav><a href="/">首页</a></nav><article><h1>某地召开会议</h1><p>来源:人民邮电报</p>
      ${paragraph('一')}<p><strong>这是一句加粗的话。</strong></p>${paragraph('二')}<h2>坚守岗位!</h2>${paragraph('三')}</article></body></html>`;
    const page = readHtmlPage(html, rules);
    expect([page.title, page.date, page.source]).toEqual(['某地召开会议', '2020-03-03', '人民邮电报']);
    expect(page.blocks.map((block) => block.kind)).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
      'heading',
      'paragraph',
    ]);
  });
});

describe('visibleText', () => {
  it('drops the source’s line breaks between Chinese characters and keeps other spaces as one', () => {
    expect(visibleText('\n  面对疫情,\n  广电网络全力保障 5G 网络\n')).toBe('面对疫情,广电网络全力保障 5G 网络');
    expect(visibleText('贵州:隔离病毒 但不隔离爱')).toBe('贵州:隔离病毒 但不隔离爱');
  });
});
