import { describe, expect, it } from 'vitest';
import { withNeighbours } from '../../../src/articles/neighbours.ts';

describe('withNeighbours', () => {
  it('gives each item of a newest-first list its next newer and next older item', () => {
    expect(withNeighbours(['c', 'b', 'a'])).toEqual([
      { item: 'c', newer: undefined, older: 'b' },
      { item: 'b', newer: 'c', older: 'a' },
      { item: 'a', newer: 'b', older: undefined },
    ]);
  });

  it('gives a lone item no neighbours and an empty list nothing', () => {
    expect(withNeighbours(['a'])).toEqual([{ item: 'a', newer: undefined, older: undefined }]);
    expect(withNeighbours([])).toEqual([]);
  });
});
