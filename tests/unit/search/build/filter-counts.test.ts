import { describe, expect, it } from 'vitest';
import { filterCounts } from '../../../../src/search/build/filter-counts.ts';

describe('filterCounts', () => {
  it('counts articles per year (newest first), month within year and source (most first)', () => {
    const counts = filterCounts([
      { day: '2020-03-03', source: '人民邮电报' },
      { day: '2020-02-08', source: '网络及微信公众号' },
      { day: '2020-03-20', source: '人民邮电报' },
      { day: '2019-12-31', source: '新华社' },
    ]);
    expect(counts).toEqual({
      total: 4,
      years: [
        ['2020', 3],
        ['2019', 1],
      ],
      months: {
        '2020': [
          [2, 1],
          [3, 2],
        ],
        '2019': [[12, 1]],
      },
      sources: [
        ['人民邮电报', 2],
        ...(['新华社', '网络及微信公众号'].sort((a, b) => a.localeCompare(b, 'zh')).map((source) => [source, 1]) as [
          string,
          number,
        ][]),
      ],
    });
  });

  it('counts nothing in an empty archive', () => {
    expect(filterCounts([])).toEqual({ total: 0, years: [], months: {}, sources: [] });
  });
});
