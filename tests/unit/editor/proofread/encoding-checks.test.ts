import { describe, expect, it } from 'vitest';
import type { TextBlock } from '../../../../src/editor/proofread/article-text.ts';
import { lostCharacters } from '../../../../src/editor/proofread/encoding-checks.ts';

const paragraph = (text: string): TextBlock[] => [{ kind: 'paragraph', text, line: 3, section: undefined }];

describe('lostCharacters', () => {
  it('finds replacement characters and each kind of mojibake, with the line', () => {
    expect(
      lostCharacters(paragraph('广电\uFFFD网络')).map((finding) => [finding.kind, finding.line, finding.context]),
    ).toEqual([['replacement-character', 3, '广电\uFFFD网络']]);
    expect(
      lostCharacters(paragraph('第一行\n广电å¹¿ç”µ网络')).map((finding) => [finding.line, finding.context]),
    ).toEqual([[4, '第一行 广电å¹¿ç”µ网络']]);
    expect(lostCharacters(paragraph('锟斤拷锟斤拷')).map((finding) => finding.kind)).toEqual(['mojibake']);
    expect(lostCharacters(paragraph('私用\uE000区')).map((finding) => finding.kind)).toEqual(['mojibake']);
  });

  it('leaves real Latin text with accents alone', () => {
    expect(lostCharacters(paragraph('Café à Paris, naïve résumé, São Paulo.'))).toEqual([]);
  });
});
