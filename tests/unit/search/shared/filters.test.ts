import { describe, expect, it } from 'vitest';
import {
  hasFilter,
  monthFilterValue,
  readSelection,
  sourceFilterValue,
  writeSelection,
} from '../../../../src/search/shared/filters.ts';

const read = (search: string) => readSelection(new URLSearchParams(search));

describe('readSelection', () => {
  it('reads year, month, source and sort', () => {
    expect(read('q=5G&source=人民邮电报&year=2020&month=3&sort=date')).toEqual({
      filters: { year: '2020', month: 3, source: '人民邮电报' },
      sort: 'date',
    });
  });

  it('defaults to no filter and relevance', () => {
    expect(read('q=广电')).toEqual({ filters: {}, sort: 'relevance' });
  });

  it('ignores values it cannot use instead of guessing', () => {
    expect(read('year=20&month=3&sort=newest&source=')).toEqual({ filters: {}, sort: 'relevance' });
    expect(read('year=2020&month=13')).toEqual({ filters: { year: '2020' }, sort: 'relevance' });
    expect(read('year=2020&month=2.5')).toEqual({ filters: { year: '2020' }, sort: 'relevance' });
    expect(read(`source=${'长'.repeat(61)}`).filters).toEqual({});
  });

  it('takes a month only within a year', () => {
    expect(read('month=3').filters).toEqual({});
  });
});

describe('writeSelection', () => {
  it('writes the selection and keeps the query, leaving defaults out', () => {
    const parameters = new URLSearchParams('q=5G&sort=date&month=4');
    writeSelection(parameters, { filters: { source: '人民邮电报' }, sort: 'relevance' });
    expect(parameters.toString()).toBe(`q=5G&source=${encodeURIComponent('人民邮电报')}`);
  });

  it('round-trips through readSelection', () => {
    const selection = { filters: { year: '2019', month: 12, source: '网络及微信公众号' }, sort: 'date-asc' as const };
    const parameters = new URLSearchParams();
    writeSelection(parameters, selection);
    expect(readSelection(parameters)).toEqual(selection);
  });
});

describe('hasFilter', () => {
  it('is true for a year or a source, not for a sort', () => {
    expect(hasFilter({ year: '2020' })).toBe(true);
    expect(hasFilter({ source: '人民邮电报' })).toBe(true);
    expect(hasFilter({})).toBe(false);
  });
});

describe('filter values', () => {
  it('writes a month as the index holds it', () => {
    expect(monthFilterValue('2020', 3)).toBe('2020-03');
    expect(monthFilterValue('2020', 11)).toBe('2020-11');
  });

  it('folds a source and converts it as queries are', () => {
    const toSimplified = (text: string) => text.replace('郵', '邮').replace('電', '电');
    expect(sourceFilterValue(' 人民郵電報 ', toSimplified)).toBe('人民邮电報');
    expect(sourceFilterValue('ＡＢＣ', (text) => text)).toBe('abc');
  });
});
