import { describe, expect, it } from 'vitest';
import { foldWithOrigins } from '../../../../src/search/shared/normalize.ts';
import {
  parseT2sBlock,
  t2sBlockName,
  tableForCharacters,
  toSimplifiedWith,
  toSimplifiedWithOrigins,
} from '../../../../src/search/shared/t2s.ts';

describe('Traditional → Simplified table', () => {
  it('names blocks by code point and converts with a block', () => {
    expect(t2sBlockName('廣')).toBe('5e');
    const table = parseT2sBlock({ 廣: '广', bad: 3 });
    expect(toSimplifiedWith(table, '廣電')).toBe('广電');
    expect(parseT2sBlock(null).size).toBe(0);
  });
});

describe('the part of the table a string needs', () => {
  const variants = new Map([
    ['复', '复復複'],
    ['復', '复復複'],
    ['複', '复復複'],
    ['产', '产產'],
    ['產', '产產'],
    ['发', '发發髮'],
    ['發', '发發髮'],
    ['髮', '发發髮'],
  ]);

  it('maps every character read the same as one of the string’s to their Simplified form', () => {
    const table = tableForCharacters(variants, ['復', '工', '产']);
    expect(toSimplifiedWith(table, '複工復產复产')).toBe('复工复产复产');
    // Only the classes asked for: 發 is not one of them.
    expect(toSimplifiedWith(table, '發')).toBe('發');
    expect(toSimplifiedWith(tableForCharacters(variants, ['发']), '頭髮發展')).toBe('頭发发展');
  });

  it('converts folded text keeping each unit’s offset in the source', () => {
    const table = tableForCharacters(variants, ['复', '产']);
    const converted = toSimplifiedWithOrigins(table, foldWithOrigins('Ｘ復工復產'));
    expect(converted.text).toBe('x复工复产');
    expect(converted.origin).toEqual([0, 1, 2, 3, 4, 5]);
    // A character outside the Basic Multilingual Plane converted to one inside it keeps its source offset.
    const wide = toSimplifiedWithOrigins(new Map([['𫖮', '顗']]), foldWithOrigins('周𫖮说'));
    expect(wide.text).toBe('周顗说');
    expect(wide.origin).toEqual([0, 1, 3, 4]);
  });
});
