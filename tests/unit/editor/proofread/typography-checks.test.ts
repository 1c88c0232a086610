import { describe, expect, it } from 'vitest';
import type { TextBlock } from '../../../../src/editor/proofread/article-text.ts';
import { halfWidthPunctuation, straightQuotes } from '../../../../src/editor/proofread/typography-checks.ts';

const paragraphs = (...texts: string[]): TextBlock[] =>
  texts.map((text, at) => ({ kind: 'paragraph', text, line: 1 + at * 2, section: undefined }));

describe('halfWidthPunctuation', () => {
  it('counts the marks pages show full-width, by mark, in one finding at the first', () => {
    const [finding, ...rest] = halfWidthPunctuation(
      paragraphs('接通率达93.18%,在线解决1,000单。', '会议指出:要做好!工作,保障(重点)。'),
    );
    expect(rest).toEqual([]);
    expect([finding?.line, finding?.what]).toEqual([
      1,
      '6 half-width marks between Chinese characters (, ×2, : ×1, ! ×1, ( ×1, ) ×1); the first here',
    ]);
  });

  it('finds nothing in full-width text, numbers and addresses', () => {
    expect(
      halfWidthPunctuation(paragraphs('会议指出：要做好工作。', '1,000 和 12:30 和 https://example.org/?a=1')),
    ).toEqual([]);
  });
});

describe('straightQuotes', () => {
  it('lists each straight quote in Chinese text with its line', () => {
    expect(
      straightQuotes(paragraphs('正文。', '按下复工"加速度"。')).map((finding) => [finding.line, finding.kind]),
    ).toEqual([
      [3, 'straight-quote'],
      [3, 'straight-quote'],
    ]);
  });
});
