import { describe, expect, it } from 'vitest';
import { chineseDateForm, MAX_TERMS, parseQuery, sanitizeQuery } from '../../../../src/search/client/query.ts';
import { MAX_QUERY_LENGTH } from '../../../../src/search/shared/contract.ts';

describe('parseQuery', () => {
  it('splits on any whitespace, folds each term and drops terms without letters or digits', () => {
    const query = parseQuery('  广电\u3000疫情  ，。 ');
    expect(query.terms.map((term) => term.text)).toEqual(['广电', '疫情']);
  });

  it('strips quotes around a term but keeps inner punctuation', () => {
    expect(parseQuery('"广电网络" 93.18%').terms.map((term) => term.text)).toEqual(['广电网络', '93.18%']);
  });

  it('adds the Simplified spelling as an alternative', () => {
    const query = parseQuery('廣電', (text) => text.replace('廣', '广').replace('電', '电'));
    expect(query.terms[0]?.alternatives).toEqual(['廣電', '广电']);
  });

  it('adds the printed date for a typed one', () => {
    expect(parseQuery('2020-03-03').terms[0]?.alternatives).toEqual(['2020-03-03', '2020年3月3日']);
  });

  it('keeps the typed spelling for telling exact matches from folded ones', () => {
    expect(parseQuery('７×24').terms[0]).toMatchObject({ text: '7*24', typed: '7×24' });
  });

  it('returns no terms for empty, whitespace, punctuation or emoji queries', () => {
    for (const raw of ['', '   ', '，。！？', '😀😀', '<>', '\uD800']) expect(parseQuery(raw).terms).toEqual([]);
  });

  it('takes markup as plain text: its brackets separate terms', () => {
    expect(parseQuery('<script>alert(1)</script>').terms.map((term) => term.text)).toEqual(['script', 'alert', '1']);
  });

  it('separates terms at punctuation as at spaces, and trims punctuation pasted around a term', () => {
    const texts = (raw: string): string[] => parseQuery(raw).terms.map((term) => term.text);
    for (const raw of [
      '网络、客服',
      '网络，客服',
      '网络,客服',
      '网络；客服',
      '“网络”“客服”',
      '《网络》客服',
      '网络-客服',
      '网络/客服',
    ]) {
      expect(texts(raw), raw).toEqual(['网络', '客服']);
    }
    for (const raw of ['客服。', '客服、', '“客服”', '（客服）', '客服…', '【客服】', '客服.'])
      expect(texts(raw), raw).toEqual(['客服']);
  });

  it('keeps marks that join letters or digits within a term', () => {
    const texts = (raw: string): string[] => parseQuery(raw).terms.map((term) => term.text);
    expect(texts('2020-03-03，2020.3.3、10:30')).toEqual(['2020-03-03', '2020.3.3', '10:30']);
    expect(texts('COVID-19 93.18% 7×24')).toEqual(['covid-19', '93.18%', '7*24']);
  });

  it('keeps the punctuation between terms as the phrase to rank first, folded like the text', () => {
    expect(parseQuery('眼下，随着').phrase).toBe('眼下,随着');
    expect(parseQuery('。眼下、随着 各地。').phrase).toBe('眼下、随着 各地');
    expect(parseQuery('眼下 随着').phrase).toBeUndefined();
    expect(parseQuery('眼下。').phrase).toBeUndefined();
  });

  it('caps the length and the number of terms', () => {
    const long = parseQuery('广'.repeat(5000));
    expect(long.truncated).toBe(true);
    expect([...(long.terms[0]?.text ?? '')].length).toBe(MAX_QUERY_LENGTH);
    const many = parseQuery(Array.from({ length: 20 }, (_, index) => `词${index}`).join(' '));
    expect(many.terms.length).toBe(MAX_TERMS);
    expect(many.truncated).toBe(true);
  });
});

describe('sanitizeQuery', () => {
  it('makes lone surrogates well-formed and does not split surrogate pairs when cutting', () => {
    expect(sanitizeQuery('a\uDC00').query).toBe('a\uFFFD');
    const cut = sanitizeQuery('😀'.repeat(MAX_QUERY_LENGTH + 5)).query;
    expect(cut.isWellFormed()).toBe(true);
  });
});

describe('chineseDateForm', () => {
  it('reads the usual ways of typing a date', () => {
    for (const typed of ['2020-03-03', '2020/3/3', '2020.03.03', '20200303', '2020年03月03日', '2020年3月3日']) {
      expect(chineseDateForm(typed)).toBe('2020年3月3日');
    }
    expect(chineseDateForm('2020-02')).toBe('2020年2月');
  });

  it('ignores numbers that are not dates', () => {
    expect(chineseDateForm('10010')).toBeUndefined();
    expect(chineseDateForm('2020-13-01')).toBeUndefined();
    expect(chineseDateForm('96956')).toBeUndefined();
  });
});

describe('indexForms', () => {
  it('looks a Traditional term up once, in Simplified, since the index holds Simplified text', () => {
    const toSimplified = (text: string): string => text.replaceAll('復', '复').replaceAll('產', '产');
    expect(parseQuery('復工復產', toSimplified).terms[0]).toMatchObject({
      alternatives: ['復工復產', '复工复产'],
      indexForms: ['复工复产'],
    });
  });
});

describe('pasted text', () => {
  it('reads a query with invisible characters as the clean one', () => {
    const clean = parseQuery('广电');
    for (const pasted of ['广电\u200B', '\uFEFF广电', '广\u2060电', '广\u00AD电\u200D']) {
      expect(parseQuery(pasted)).toEqual(clean);
    }
  });

  it('splits terms at no-break, narrow no-break and ideographic spaces', () => {
    for (const space of ['\u00A0', '\u202F', '\u3000']) {
      expect(parseQuery(`天津${space}视频会议`).terms.map((term) => term.text)).toEqual(['天津', '视频会议']);
    }
  });
});

describe('regional wording', () => {
  const toSimplified = (text: string): string => text.replace('網', '网').replace('線', '线');
  const toMainland = (simplified: string): string[] => ({ 网路: ['网络'], 线上: ['在线'] })[simplified] ?? [];

  it('adds the mainland form of the Simplified spelling as an alternative, and looks it up in the index', () => {
    const [term] = parseQuery('網路', toSimplified, toMainland).terms;
    expect(term).toMatchObject({
      text: '網路',
      alternatives: ['網路', '网路', '网络'],
      regional: ['网络'],
      indexForms: ['网路', '网络'],
    });
  });

  it('finds both spellings of 線上: 线上 and 在线', () => {
    expect(parseQuery('線上', toSimplified, toMainland).terms[0]?.indexForms).toEqual(['线上', '在线']);
  });

  it('adds nothing to a term without regional wording', () => {
    expect(parseQuery('广电', toSimplified, toMainland).terms[0]).toMatchObject({
      alternatives: ['广电'],
      regional: [],
    });
  });
});
