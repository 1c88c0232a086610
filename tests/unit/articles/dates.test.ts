import { describe, expect, it } from 'vitest';
import { formatChineseDate, isoDay } from '../../../src/articles/dates.ts';

describe('dates', () => {
  it('formats a front-matter date the way Chinese readers write it', () => {
    expect(formatChineseDate(new Date('2020-03-03'))).toBe('2020年3月3日');
  });

  it('gives the calendar day in China for <time datetime>', () => {
    expect(isoDay(new Date('2020-02-08'))).toBe('2020-02-08');
    // 20:00 UTC on the 7th is already the 8th in Beijing.
    expect(isoDay(new Date('2020-02-07T20:00:00Z'))).toBe('2020-02-08');
  });
});
