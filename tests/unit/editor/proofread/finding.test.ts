import { describe, expect, it } from 'vitest';
import { around, lineAt } from '../../../../src/editor/proofread/finding.ts';

describe('around', () => {
  it('quotes the text around a spot, with … where it is cut and lines joined', () => {
    expect(around('一二三四五六七八九十甲乙丙丁戊己庚辛壬癸子丑寅卯', 12, 1, 3)).toBe('…十甲乙丙丁戊己…');
    expect(around('短句\n第二行', 0, 2)).toBe('短句 第二行');
  });
});

describe('lineAt', () => {
  it('counts the line breaks of a block before the spot', () => {
    expect(lineAt('第一行\n第二行\n第三行', 9, 5)).toBe(7);
    expect(lineAt('第一行', 2, 5)).toBe(5);
  });
});
