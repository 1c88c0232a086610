import { describe, expect, it } from 'vitest';
import { searchMessages, type SearchMessage } from '../../../../src/i18n/wording.ts';
import { monthText, termCountsSentence } from '../../../../src/search/client/empty-results.ts';

/** The page's wording, filled in as the search page fills it. */
function say(key: SearchMessage, values: Readonly<Record<string, string>> = {}): string {
  return searchMessages[key].replace(/\{(\w+)\}/g, (placeholder, name: string) => values[name] ?? placeholder);
}

describe('termCountsSentence', () => {
  it('names each term, missing or found and in how many articles', () => {
    expect(
      termCountsSentence(
        [
          { term: '足球', count: 0, atLeast: false },
          { term: '广电', count: 2, atLeast: false },
        ],
        undefined,
        say,
      ),
    ).toBe('分开查找：“足球”没有找到；“广电”见于 2\u00a0篇。');
  });

  it('says when a count is a lower bound, or a term could not be checked to the end', () => {
    expect(
      termCountsSentence(
        [
          { term: '5G', count: 8, atLeast: true },
          { term: '足', count: 0, atLeast: true },
        ],
        undefined,
        say,
      ),
    ).toBe('分开查找：“5G”见于至少 8\u00a0篇；“足”未能查完。');
  });

  it('names the oldest month searched when older parts of the archive were not', () => {
    expect(
      termCountsSentence(
        [
          { term: '足球', count: 0, atLeast: false },
          { term: '广电', count: 3, atLeast: false },
        ],
        '2024-03-01',
        say,
      ),
    ).toBe('分开查找2024年3月以来的文章：“足球”没有找到；“广电”见于 3\u00a0篇。');
  });

  it('says nothing for a query of one term', () => {
    expect(termCountsSentence([{ term: '足球', count: 0, atLeast: false }], undefined, say)).toBe('');
  });
});

describe('monthText', () => {
  it('names the month of an ISO date', () => {
    expect(monthText('2024-03-01')).toBe('2024年3月');
    expect(monthText('2019-12-31')).toBe('2019年12月');
  });
});
