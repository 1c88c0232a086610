import { describe, expect, it } from 'vitest';
import { partSearchFilters, partsInOrder } from '../../../../src/search/client/part-filters.ts';
import type { SearchPart } from '../../../../src/search/shared/contract.ts';

function part(key: string, firstDate: string, lastDate: string): SearchPart {
  return { key, articles: 10, firstDate, lastDate, fingerprint: key };
}

const year2020 = part('2020', '2020-01-05', '2020-12-20');
const march2020 = part('2020-03', '2020-03-01', '2020-04-30');
const whole = part('all', '2019-06-01', '2021-02-01');

describe('partSearchFilters', () => {
  it('narrows to the part alone without filters', () => {
    expect(partSearchFilters(year2020, {})).toEqual({ part: '2020' });
  });

  it('skips parts whose dates cannot hold the year or month', () => {
    expect(partSearchFilters(year2020, { year: '2019' })).toBeUndefined();
    expect(partSearchFilters(march2020, { year: '2020', month: 5 })).toBeUndefined();
    expect(partSearchFilters(march2020, { year: '2020', month: 2 })).toBeUndefined();
  });

  it('sends no date filter to a part lying wholly inside the year', () => {
    expect(partSearchFilters(year2020, { year: '2020' })).toEqual({ part: '2020' });
    expect(partSearchFilters(march2020, { year: '2020' })).toEqual({ part: '2020-03' });
  });

  it('filters by year or month where the part spans more', () => {
    expect(partSearchFilters(whole, { year: '2020' })).toEqual({ part: 'all', year: '2020' });
    expect(partSearchFilters(march2020, { year: '2020', month: 4 })).toEqual({ part: '2020-03', month: '2020-04' });
  });

  it('always filters by source', () => {
    expect(partSearchFilters(year2020, { source: '人民邮电报' })).toEqual({ part: '2020', source: '人民邮电报' });
  });
});

describe('partsInOrder', () => {
  const parts = [year2020, part('2019', '2019-01-01', '2019-12-31')];

  it('keeps newest first for relevance and newest-first dates', () => {
    expect(partsInOrder(parts, 'relevance').map((p) => p.key)).toEqual(['2020', '2019']);
    expect(partsInOrder(parts, 'date').map((p) => p.key)).toEqual(['2020', '2019']);
  });

  it('reads oldest first for oldest-first dates, without changing the list', () => {
    expect(partsInOrder(parts, 'date-asc').map((p) => p.key)).toEqual(['2019', '2020']);
    expect(parts.map((p) => p.key)).toEqual(['2020', '2019']);
  });
});
