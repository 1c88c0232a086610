import { describe, expect, it } from 'vitest';
import { readArticleText } from '../../../../src/editor/proofread/article-text.ts';

describe('readArticleText', () => {
  it('reads the front matter as written, and the body as blocks with lines and sections', () => {
    const article = readArticleText(
      [
        '---',
        "title: '专访: 5G时代'",
        'date: 2020-02-08',
        '---',
        '',
        '导语,保持7\\*24小时。',
        '',
        '## 天津:保障 {#tianjin}',
        '',
        '第一行',
        '第二行。',
        '',
        '<aside class="editor-note" data-archive-ignore><p>注</p></aside>',
        '',
        '<div>other HTML</div>',
      ].join('\n'),
    );
    expect(article.frontMatter).toEqual({ title: '专访: 5G时代', date: '2020-02-08' });
    expect(article.fieldLines).toEqual({ title: 2, date: 3 });
    expect(article.blocks).toEqual([
      { kind: 'paragraph', text: '导语,保持7*24小时。', line: 6, section: undefined },
      { kind: 'heading', text: '天津:保障', line: 8, section: '天津:保障' },
      { kind: 'paragraph', text: '第一行\n第二行。', line: 10, section: '天津:保障' },
      {
        kind: 'note',
        text: '<aside class="editor-note" data-archive-ignore><p>注</p></aside>',
        line: 13,
        section: '天津:保障',
      },
    ]);
  });

  it('says why a front matter cannot be read', () => {
    expect(readArticleText('---\ntitle: [专访\n---\n\n正文。').frontMatterProblem).toMatch(
      /^front matter is not valid YAML/,
    );
    expect(readArticleText('---\ntitle: 专访: 5G\n---\n\n正文。').frontMatter).toEqual({ title: '专访: 5G' });
    expect(readArticleText('---\ntitle: 标题\n正文。').frontMatterProblem).toBe('the front matter has no closing ---');
  });
});
