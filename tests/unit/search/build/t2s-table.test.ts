import { describe, expect, it } from 'vitest';
import { buildVariantsTable } from '../../../../src/search/build/t2s-table.ts';

describe('buildVariantsTable', () => {
  it('lists, under each member of a class and its Simplified form, the form and then every member', () => {
    const variants = buildVariantsTable(
      new Map([
        ['復', '复'],
        ['複', '复'],
        ['廣', '广'],
      ]),
    );
    expect(variants.get('复')).toBe('复復複');
    expect(variants.get('復')).toBe('复復複');
    expect(variants.get('複')).toBe('复復複');
    expect(variants.get('廣')).toBe('广廣');
    expect(variants.get('广')).toBe('广廣');
    expect(variants.has('工')).toBe(false);
  });

  it('files a character the table both converts and converts to under its own conversion (麼 → 么 → 幺)', () => {
    const variants = buildVariantsTable(
      new Map([
        ['麼', '么'],
        ['么', '幺'],
      ]),
    );
    expect(variants.get('麼')).toBe('么麼');
    expect(variants.get('么')).toBe('幺么');
    expect(variants.get('幺')).toBe('幺么');
  });
});
