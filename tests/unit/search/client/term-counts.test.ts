import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../../src/search/client/query.ts';
import {
  countVerified,
  queryWithoutMissing,
  singleTermQueries,
  TERM_COUNT_CHECKS,
} from '../../../../src/search/client/term-counts.ts';

describe('countVerified', () => {
  it('counts the candidates that verify, checking at most the limit', async () => {
    const checked: number[] = [];
    const verify = async (candidate: number): Promise<boolean> => {
      checked.push(candidate);
      return candidate % 2 === 0;
    };
    await expect(countVerified([1, 2, 3, 4], verify, 10)).resolves.toEqual({ count: 2, atLeast: false });
    checked.length = 0;
    await expect(countVerified([2, 4, 6, 8, 10], verify, 3)).resolves.toEqual({ count: 3, atLeast: true });
    expect(checked).toEqual([2, 4, 6]);
  });

  it('checks nothing without candidates, and TERM_COUNT_CHECKS by default', async () => {
    await expect(countVerified([], async () => true)).resolves.toEqual({ count: 0, atLeast: false });
    const many = Array.from({ length: TERM_COUNT_CHECKS + 1 }, (_, index) => index);
    await expect(countVerified(many, async () => true)).resolves.toEqual({ count: TERM_COUNT_CHECKS, atLeast: true });
  });
});

describe('singleTermQueries', () => {
  it('makes a query of each term, as parsed', () => {
    const query = parseQuery('足球 廣電');
    const singles = singleTermQueries(query);
    expect(singles.map((single) => single.terms.map((term) => term.typed))).toEqual([['足球'], ['廣電']]);
    expect(singles[1]?.terms[0]).toBe(query.terms[1]);
  });
});

describe('queryWithoutMissing', () => {
  it('keeps the terms found, in order, when some are missing', () => {
    expect(
      queryWithoutMissing([
        { term: '广电', count: 2, atLeast: false },
        { term: '足球', count: 0, atLeast: false },
        { term: '5G', count: 1, atLeast: true },
      ]),
    ).toBe('广电 5G');
  });

  it('offers nothing when every term or no term is found', () => {
    expect(
      queryWithoutMissing([
        { term: '天津', count: 1, atLeast: false },
        { term: '复工复产', count: 1, atLeast: false },
      ]),
    ).toBeUndefined();
    expect(
      queryWithoutMissing([
        { term: '足球', count: 0, atLeast: false },
        { term: '篮球', count: 0, atLeast: false },
      ]),
    ).toBeUndefined();
  });
});
