import { describe, expect, it } from 'vitest';
import { compareNewestFirst } from '../../../src/articles/order.ts';

const article = (date: string, title: string): { data: { date: Date; title: string } } => ({
  data: { date: new Date(date), title },
});

describe('compareNewestFirst', () => {
  it('puts newer articles first and breaks ties by title', () => {
    const sorted = [article('2020-02-08', '乙'), article('2020-03-03', '甲'), article('2020-02-08', '丙')].sort(
      compareNewestFirst,
    );
    expect(sorted.map((entry) => entry.data.title)).toEqual(['甲', '丙', '乙']);
  });
});
