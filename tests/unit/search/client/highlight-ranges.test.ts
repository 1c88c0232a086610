import { describe, expect, it } from 'vitest';
import { findFoldedRanges, textPieces } from '../../../../src/search/client/highlight-ranges.ts';
import { foldWithOrigins } from '../../../../src/search/shared/normalize.ts';
import { tableForCharacters, toSimplifiedWith } from '../../../../src/search/shared/t2s.ts';

describe('findFoldedRanges', () => {
  it('finds a needle across text nodes and maps it back to node offsets', () => {
    const pieces = ['今年是', '５Ｇ', '建设'].map((text) => ({ folded: foldWithOrigins(text) }));
    expect(findFoldedRanges(pieces, ['是5g建'])).toEqual([
      { startPiece: 0, startOffset: 2, endPiece: 2, endOffset: 1 },
    ]);
  });
});

describe('highlighting a Traditional page', () => {
  // The classes of the T→S table as the build writes them (src/search/build/t2s-table.ts).
  const variants = new Map([
    ['复', '复復複'],
    ['復', '复復複'],
    ['產', '产產'],
    ['产', '产產'],
    ['发', '发發髮'],
    ['發', '发發髮'],
    ['髮', '发發髮'],
  ]);
  /** The page's text runs read as the search reads them, and the needles likewise. */
  function rangesOn(texts: string[], needles: string[]): { text: string; piece: number }[] {
    const table = tableForCharacters(variants, [...needles.join('')]);
    const ranges = findFoldedRanges(
      textPieces(texts, table),
      needles.map((needle) => toSimplifiedWith(table, needle)),
    );
    return ranges.map((range) => ({
      piece: range.startPiece,
      text:
        range.startPiece === range.endPiece
          ? (texts[range.startPiece] ?? '').slice(range.startOffset, range.endOffset)
          : (texts[range.startPiece] ?? '').slice(range.startOffset) +
            texts.slice(range.startPiece + 1, range.endPiece).join('') +
            (texts[range.endPiece] ?? '').slice(0, range.endOffset),
    }));
  }

  it('marks the Traditional text for a Simplified needle (复工复产 → 復工復產), across text nodes', () => {
    expect(rangesOn(['統籌推進', '復工', '復產，', '科學安排復工復產'], ['复工复产'])).toEqual([
      { piece: 1, text: '復工復產' },
      { piece: 3, text: '復工復產' },
    ]);
  });

  it('marks it for the Traditional needle a result passes, and for a variant spelling', () => {
    expect(rangesOn(['推進複工復產'], ['復工復產'])).toEqual([{ piece: 0, text: '複工復產' }]);
  });

  it('reads many-to-one conversions both ways: 发 finds 發 and 髮', () => {
    expect(rangesOn(['頭髮與發展'], ['发'])).toEqual([
      { piece: 0, text: '髮' },
      { piece: 0, text: '發' },
    ]);
    expect(rangesOn(['頭髮與發展'], ['發展'])).toEqual([{ piece: 0, text: '發展' }]);
  });

  it('keeps offsets of the page text where folding changes its length (full-width, astral)', () => {
    expect(rangesOn(['２０２０年復工', '𠀀復產'], ['2020年复工', '复产'])).toEqual([
      { piece: 0, text: '２０２０年復工' },
      { piece: 1, text: '復產' },
    ]);
  });

  it('without a table, matches the text as spelled, as on a Simplified page', () => {
    expect(findFoldedRanges(textPieces(['复工复产，復工復產']), ['复工复产'])).toEqual([
      { startPiece: 0, startOffset: 0, endPiece: 0, endOffset: 4 },
    ]);
  });
});
