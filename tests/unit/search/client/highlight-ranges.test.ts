import { describe, expect, it } from 'vitest';
import { findFoldedRanges } from '../../../../src/search/client/highlight-ranges.ts';
import { foldWithOrigins } from '../../../../src/search/shared/normalize.ts';

describe('findFoldedRanges', () => {
  it('finds a needle across text nodes and maps it back to node offsets', () => {
    const pieces = ['今年是', '５Ｇ', '建设'].map((text) => ({ folded: foldWithOrigins(text) }));
    expect(findFoldedRanges(pieces, ['是5g建'])).toEqual([
      { startPiece: 0, startOffset: 2, endPiece: 2, endOffset: 1 },
    ]);
  });
});
