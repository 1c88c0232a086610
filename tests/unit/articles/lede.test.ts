import { describe, expect, it } from 'vitest';
import { ledeFromBody } from '../../../src/articles/lede.ts';

describe('ledeFromBody', () => {
  it('takes the first paragraph, skipping headings and HTML blocks', () => {
    expect(ledeFromBody('## 小标题\n\n<aside>注</aside>\n\n第一段。\n\n第二段。')).toBe('第一段。');
  });

  it('cuts a long paragraph at the last sentence end that fits', () => {
    const body = `${'甲'.repeat(50)}。${'乙'.repeat(50)}。${'丙'.repeat(50)}。`;
    expect(ledeFromBody(body, 120)).toBe(`${'甲'.repeat(50)}。${'乙'.repeat(50)}。`);
  });

  it('cuts with an ellipsis when no sentence ends early enough', () => {
    const lede = ledeFromBody('字'.repeat(300), 120);
    expect(Array.from(lede)).toHaveLength(120);
    expect(lede.endsWith('…')).toBe(true);
  });

  it('removes Markdown escapes', () => {
    expect(ledeFromBody('保持7\\*24小时。')).toBe('保持7*24小时。');
  });
});

describe('ledeFromBody with Markdown marks', () => {
  it('keeps the text of bold, italic, code and links, not their marks', () => {
    expect(ledeFromBody('**粗体**开头，*斜体*与`代码`，见[链接](https://example.org/)。')).toBe(
      '粗体开头，斜体与代码，见链接。',
    );
  });

  it('skips a heading with a chosen id before the first paragraph', () => {
    expect(ledeFromBody('## 天津 {#tianjin}\n\n天津的第一段。')).toBe('天津的第一段。');
  });
});

describe('ledeFromBody reads only as much of the body as it needs', () => {
  it('finds the same first paragraph after headings, comments and HTML blocks spanning blank lines', () => {
    expect(ledeFromBody('<!-- 注\n\n释 -->\n\n## 节\n\n第一段，\n续行。\n\n第二段。')).toBe('第一段，续行。');
  });

  it('resolves a link whose definition comes after the paragraph, as the whole body does', () => {
    expect(ledeFromBody('见[原文][src]。\n\n第二段。\n\n[src]: https://example.org/')).toBe('见原文。');
  });
});
