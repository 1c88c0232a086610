import { describe, expect, it } from 'vitest';
import { splitTitleColumn } from '../../../src/editor/imported-page.ts';

describe('splitTitleColumn', () => {
  it('splits the column off at the last separator', () => {
    expect(splitTitleColumn('抗击疫情,广电在行动--防疫前沿', ['--'])).toEqual({
      title: '抗击疫情,广电在行动',
      column: '防疫前沿',
    });
    expect(splitTitleColumn('甲--乙--丙', ['--'])).toEqual({ title: '甲--乙', column: '丙' });
  });

  it('keeps a title without a separator, or with one at either end, whole', () => {
    expect(splitTitleColumn('目标不变,力度不减!', ['--'])).toEqual({ title: '目标不变,力度不减!', column: undefined });
    expect(splitTitleColumn('--防疫前沿', ['--'])).toEqual({ title: '--防疫前沿', column: undefined });
  });
});
