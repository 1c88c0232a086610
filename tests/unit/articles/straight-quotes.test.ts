import { describe, expect, it } from 'vitest';
import { straightQuotesInChinese, straightQuoteWarning } from '../../../src/articles/straight-quotes.ts';

describe('straightQuotesInChinese', () => {
  it('finds both quotes of "加速度" in a Chinese sentence', () => {
    const text = '按下复工"加速度",全力推进。';
    expect(straightQuotesInChinese(text).map((quote) => quote.index)).toEqual([4, 8]);
    expect(straightQuotesInChinese(text)[0]?.context).toBe('按下复工"加速度",全力推');
  });

  it('leaves quotes in Latin text and curly Chinese quotes alone', () => {
    expect(straightQuotesInChinese('He said "yes" in English.')).toEqual([]);
    expect(straightQuotesInChinese('按下复工“加速度”。')).toEqual([]);
  });
});

describe('straightQuoteWarning', () => {
  it('says nothing for a body without straight quotes in Chinese text, or with them only in an HTML line', () => {
    expect(straightQuoteWarning('a.md', '正文“加速度”。')).toBeUndefined();
    expect(
      straightQuoteWarning('a.md', '正文。\n\n<aside class="editor-note" data-archive-ignore><p>注</p></aside>'),
    ).toBeUndefined();
  });

  it('shows a lone quote with what surrounds it', () => {
    expect(straightQuoteWarning('a.md', '他说"好。')).toContain(
      '1 straight quote (") in Chinese text, kept as received: …他说"好。…;',
    );
  });

  it('names the file, the count and what they quote', () => {
    expect(straightQuoteWarning('content/articles/a.md', '按下复工"加速度",全力推进。')).toBe(
      'content/articles/a.md: 2 straight quotes (") in Chinese text, kept as received: "加速度"; Chinese text uses “ ” (run npm run proofread for the lines)',
    );
  });
});
