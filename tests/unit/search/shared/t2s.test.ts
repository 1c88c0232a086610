import { describe, expect, it } from 'vitest';
import { parseT2sBlock, t2sBlockName, toSimplifiedWith } from '../../../../src/search/shared/t2s.ts';

describe('Traditional → Simplified table', () => {
  it('names blocks by code point and converts with a block', () => {
    expect(t2sBlockName('廣')).toBe('5e');
    const table = parseT2sBlock({ 廣: '广', bad: 3 });
    expect(toSimplifiedWith(table, '廣電')).toBe('广電');
    expect(parseT2sBlock(null).size).toBe(0);
  });
});
