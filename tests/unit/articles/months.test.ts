import { describe, expect, it } from 'vitest';
import { groupByMonth, groupMonthsByYear, monthKey, monthLabel } from '../../../src/articles/months.ts';

interface Dated {
  id: string;
  date: Date;
}
const dated = (id: string, iso: string): Dated => ({ id, date: new Date(iso) });

describe('archive months', () => {
  it('puts a date in its month in the archive time zone (Beijing)', () => {
    expect(monthKey(new Date('2020-03-03'))).toBe('2020-03');
    // 18:00 UTC on 31 March is already 1 April in Beijing.
    expect(monthKey(new Date('2020-03-31T18:00:00Z'))).toBe('2020-04');
  });

  it('labels a month the way Chinese readers write it', () => {
    expect(monthLabel('2020-03')).toBe('2020年3月');
    expect(monthLabel('2019-12')).toBe('2019年12月');
  });

  it('groups items newest month first and keeps their order within a month', () => {
    const items = [
      dated('c', '2020-03-20'),
      dated('b', '2020-03-03'),
      dated('a', '2020-02-08'),
      dated('z', '2019-12-31'),
    ];
    const months = groupByMonth(items, (item) => item.date);
    expect(months.map((month) => [month.key, month.items.map((item) => item.id)])).toEqual([
      ['2020-03', ['c', 'b']],
      ['2020-02', ['a']],
      ['2019-12', ['z']],
    ]);
    expect(months[0]).toMatchObject({ year: 2020, month: 3 });
    const years = groupMonthsByYear(months);
    expect(years.map(([year, yearMonths]) => [year, yearMonths.map((month) => month.key)])).toEqual([
      [2020, ['2020-03', '2020-02']],
      [2019, ['2019-12']],
    ]);
  });

  it('sorts months even when the items are not in date order', () => {
    const months = groupByMonth(
      [dated('a', '2018-01-05'), dated('b', '2021-07-01'), dated('c', '2018-01-01')],
      (item) => item.date,
    );
    expect(months.map((month) => month.key)).toEqual(['2021-07', '2018-01']);
    expect(months[1]?.items.map((item) => item.id)).toEqual(['a', 'c']);
  });

  it('gives no months for no items', () => {
    expect(groupByMonth([], (item: Dated) => item.date)).toEqual([]);
  });
});
