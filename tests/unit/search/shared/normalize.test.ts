import { describe, expect, it } from 'vitest';
import {
  foldExact,
  foldForSearch,
  foldWithOrigins,
  hasSearchableCharacter,
  removeInvisible,
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

describe('invisible and odd characters', () => {
  it('folds out zero-width space, non-joiner and joiner, word joiner, byte order mark and soft hyphen', () => {
    expect(foldForSearch('广\u200B电\u200C网\u200D络\u2060\uFEFF营业\u00AD厅')).toBe('广电网络营业厅');
    expect(foldExact('\uFEFF广电\u200B')).toBe('广电');
    expect(removeInvisible('a\u00ADb\u200Bc')).toBe('abc');
  });

  it('keeps the way back to the source across a removed character', () => {
    const folded = foldWithOrigins('广\u200B电');
    expect(folded.text).toBe('广电');
    expect(folded.origin).toEqual([0, 2, 3]);
  });

  it('makes no-break, narrow no-break and ideographic spaces plain spaces', () => {
    expect(foldForSearch('天津\u00A0视频\u202F会议\u3000App')).toBe('天津 视频 会议 app');
  });

  it('keeps the symbols that carry meaning', () => {
    expect(foldForSearch('7×24')).toBe('7*24');
    expect(foldForSearch('93.18%')).toBe('93.18%');
    expect(foldForSearch('C++')).toBe('c++');
  });
});
