import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { articleMarkdown, escapeMarkdownText, yamlScalar } from '../../../src/editor/article-markdown.ts';

describe('yamlScalar', () => {
  it('writes a value bare when YAML reads it back unchanged, else quoted', () => {
    expect(yamlScalar('抗击疫情,广电在行动')).toBe('抗击疫情,广电在行动');
    expect(yamlScalar('目标不变,力度不减!信息通信业积极推进复工复产')).toBe(
      '目标不变,力度不减!信息通信业积极推进复工复产',
    );
    expect(yamlScalar('专访: 5G时代的复工')).toBe('"专访: 5G时代的复工"');
    expect(yamlScalar('他说:"好" #1')).toBe('"他说:\\"好\\" #1"');
    expect(yamlScalar('2020')).toBe('"2020"');
    for (const value of ['专访: 5G时代的复工', '- 列表', '#标签', "It's: 2020", '他说:"好" #1', 'true']) {
      expect(parse(`title: ${yamlScalar(value)}`, { schema: 'core' })).toEqual({ title: value });
    }
  });
});

describe('escapeMarkdownText', () => {
  it('escapes only what Markdown reads as markup', () => {
    expect(escapeMarkdownText('保持7*24小时在岗,接通率达93.18%。')).toBe('保持7\\*24小时在岗,接通率达93.18%。');
    expect(escapeMarkdownText('a_b <b> [链接] `代码` &amp; ~删~')).toBe(
      'a\\_b \\<b> \\[链接\\] \\`代码\\` \\&amp; \\~删\\~',
    );
    expect(escapeMarkdownText('# 不是标题')).toBe('\\# 不是标题');
    expect(escapeMarkdownText('1. 不是列表')).toBe('1\\. 不是列表');
    expect(escapeMarkdownText('2020.03 统计')).toBe('2020.03 统计');
  });
});

describe('articleMarkdown', () => {
  it('writes front matter, paragraphs and headings with ids, in the README’s form', () => {
    expect(
      articleMarkdown({ title: '标题', date: '2020-02-08', source: '来源', column: '栏目' }, [
        { kind: 'paragraph', text: '导语。' },
        { kind: 'heading', text: '天津:保障 {重点}' },
        { kind: 'paragraph', text: '正文。' },
      ]),
    ).toBe(
      '---\ntitle: 标题\ndate: 2020-02-08\nsource: 来源\ncolumn: 栏目\n---\n\n导语。\n\n## 天津:保障 \\{重点\\} {#tianjin}\n\n正文。\n',
    );
  });
});
