import { describe, expect, it } from 'vitest';
import {
  foldExact,
  foldForSearch,
  foldWithOrigins,
  hasSearchableCharacter,
} from '../../../../src/search/shared/normalize.ts';

describe('foldForSearch', () => {
  it('folds full-width letters, digits and punctuation to half width and lower case', () => {
    expect(foldForSearch('５Ｇ')).toBe('5g');
    expect(foldForSearch('ＡＰＰ')).toBe('app');
    expect(foldForSearch('９３．１８％')).toBe('93.18%');
    expect(foldForSearch('抗击疫情，广电在行动')).toBe('抗击疫情,广电在行动');
  });

  it('spells the multiplication sign and the asterisk the same (7×24 = 7*24 = 7＊24)', () => {
    expect(foldForSearch('7×24')).toBe(foldForSearch('7*24'));
    expect(foldForSearch('7＊24')).toBe(foldForSearch('7*24'));
  });

  it('folds curly quotes and dashes, and every kind of space to one space', () => {
    expect(foldForSearch('“逆行”')).toBe('"逆行"');
    expect(foldForSearch('a\u3000b\u00a0c')).toBe('a b c');
    expect(foldForSearch('2020—03')).toBe('2020-03');
  });

  it('leaves Chinese characters alone (Traditional is converted elsewhere)', () => {
    expect(foldForSearch('廣電网络')).toBe('廣電网络');
  });

  it('turns lone surrogates into U+FFFD instead of failing', () => {
    expect(foldForSearch('a\uD800b')).toBe('a\uFFFDb');
    expect(foldExact('\uDC00')).toBe('\uFFFD');
  });
});

describe('foldWithOrigins', () => {
  it('maps every folded unit back to the source, also when folding changes the length', () => {
    const source = 'x㎏５Ｇ😀';
    const folded = foldWithOrigins(source);
    expect(folded.text).toBe('xkg5g😀');
    expect(folded.origin).toEqual([0, 1, 1, 2, 3, 4, 4, 6]);
  });
});

describe('hasSearchableCharacter', () => {
  it('is false for punctuation, symbols and emoji only', () => {
    expect(hasSearchableCharacter('，。!?…')).toBe(false);
    expect(hasSearchableCharacter('😀👍')).toBe(false);
    expect(hasSearchableCharacter('广')).toBe(true);
    expect(hasSearchableCharacter('5')).toBe(true);
  });
});
