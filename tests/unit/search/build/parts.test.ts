import { describe, expect, it } from 'vitest';
import { planParts } from '../../../../src/search/build/parts.ts';

/** `count` articles on `date`, with URLs numbered from `from`. */
function on(date: string, count: number, from = 0) {
  return Array.from({ length: count }, (_, index) => ({ date, url: `/articles/${date}-${from + index}/` }));
}

describe('planParts', () => {
  it('makes one part per year while a year is within the limit, newest first', () => {
    const parts = planParts([...on('2019-05-01', 3), ...on('2021-01-02', 2), ...on('2020-12-31', 4)], 10);
    expect(parts.map((part) => [part.key, part.articles.length])).toEqual([
      ['2021', 2],
      ['2020', 4],
      ['2019', 3],
    ]);
  });

  it('splits a year over the limit into runs of whole months, each within the limit', () => {
    const articles = [...on('2020-01-05', 4), ...on('2020-02-05', 3), ...on('2020-03-05', 5), ...on('2020-04-05', 1)];
    const parts = planParts(articles, 8);
    expect(parts.map((part) => [part.key, part.articles.length])).toEqual([
      ['2020-03', 6],
      ['2020-01', 7],
    ]);
    expect(parts.every((part) => part.articles.length <= 8)).toBe(true);
  });

  it('splits a single month over the limit into numbered pieces', () => {
    const parts = planParts(on('2020-03-03', 5), 2);
    expect(parts.map((part) => [part.key, part.articles.length])).toEqual([
      ['2020-03.003', 1],
      ['2020-03.002', 2],
      ['2020-03.001', 2],
    ]);
  });

  it('orders the articles of a part by date, then URL, whatever order they come in', () => {
    const [part] = planParts([...on('2020-05-01', 2, 5), ...on('2020-01-01', 1), ...on('2020-05-01', 1, 1)]);
    expect(part?.articles.map((article) => article.url)).toEqual([
      '/articles/2020-01-01-0/',
      '/articles/2020-05-01-1/',
      '/articles/2020-05-01-5/',
      '/articles/2020-05-01-6/',
    ]);
  });

  it('keeps every other year as it was when an article is added to one year', () => {
    const before = planParts([...on('2018-02-01', 6), ...on('2019-06-01', 9), ...on('2020-06-01', 3)], 8);
    const after = planParts([...on('2018-02-01', 6), ...on('2019-06-01', 9), ...on('2020-06-01', 4)], 8);
    const byKey = (parts: typeof before) => new Map(parts.map((part) => [part.key, part.articles]));
    expect(byKey(after).get('2018')).toEqual(byKey(before).get('2018'));
    expect(byKey(after).get('2019-06.001')).toEqual(byKey(before).get('2019-06.001'));
    expect(byKey(after).get('2020')).not.toEqual(byKey(before).get('2020'));
  });

  it('packs consecutive years of few articles, from the oldest, into parts of at most half the limit', () => {
    const parts = planParts(
      [
        ...on('2016-03-01', 2),
        ...on('2017-03-01', 1),
        ...on('2018-03-01', 2),
        ...on('2019-03-01', 6),
        ...on('2021-03-01', 1),
        ...on('2022-03-01', 3),
      ],
      10,
    );
    expect(parts.map((part) => [part.key, part.articles.length])).toEqual([
      ['2021-2022', 4],
      ['2019', 6],
      ['2016-2018', 5],
    ]);
    expect(parts.at(-1)?.articles.map((article) => article.date)).toEqual([
      '2016-03-01',
      '2016-03-01',
      '2017-03-01',
      '2018-03-01',
      '2018-03-01',
    ]);
  });

  it('keeps the older packs as they were when the newest year grows out of its pack', () => {
    const older = [...on('2016-03-01', 2), ...on('2017-03-01', 2)];
    const before = planParts([...older, ...on('2018-03-01', 3)], 10);
    const after = planParts([...older, ...on('2018-03-01', 4)], 10);
    expect(before.map((part) => part.key)).toEqual(['2018', '2016-2017']);
    expect(after.map((part) => part.key)).toEqual(['2018', '2016-2017']);
    expect(after[1]).toEqual(before[1]);
    expect(planParts([...older, ...on('2018-03-01', 1)], 10).map((part) => part.key)).toEqual(['2016-2018']);
  });

  it('rejects a limit that is not a positive whole number', () => {
    expect(() => planParts([], 0)).toThrow(/part limit 0/);
  });

  it('puts the whole archive in one part when the limit is infinite', () => {
    const parts = planParts([...on('2019-05-01', 3), ...on('2021-01-02', 2)], Number.POSITIVE_INFINITY);
    expect(parts.map((part) => [part.key, part.articles.length])).toEqual([['all', 5]]);
    expect(planParts([], Number.POSITIVE_INFINITY)).toEqual([]);
  });
});
