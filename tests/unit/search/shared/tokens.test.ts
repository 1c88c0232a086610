import { describe, expect, it } from 'vitest';
import {
  candidateQueries,
  indexTokens,
  MAX_PHRASE_TOKENS,
  singleCharacterQuery,
} from '../../../../src/search/shared/tokens.ts';

const spell = (text: string): string =>
  [...text].map((character) => (character.codePointAt(0) ?? 0).toString(36).padStart(4, '0')).join('');

describe('indexTokens', () => {
  it('turns Chinese runs into overlapping bigrams and keeps ASCII runs whole', () => {
    expect(indexTokens('疫情防控,5g基站')).toEqual([
      `zh${spell('疫情')}`,
      `zh${spell('情防')}`,
      `zh${spell('防控')}`,
      '5g',
      `zh${spell('基站')}`,
    ]);
  });

  it('spells a lone character and non-ASCII letters so the index never segments them', () => {
    expect(indexTokens('3个')).toEqual(['3', `zh${spell('个')}`]);
    expect(indexTokens('café')).toEqual([`zx${spell('café')}`]);
  });

  it('only ever yields lower-case ASCII words', () => {
    for (const token of indexTokens('抗击疫情,广电在行动 2020年2月8日 App ５Ｇ')) expect(token).toMatch(/^[a-z0-9]+$/);
  });
});

describe('candidateQueries', () => {
  it('searches a Chinese term as the exact phrase of its bigrams', () => {
    expect(candidateQueries('网速慢')).toEqual({ phrase: `"zh${spell('网速')} zh${spell('速慢')}"` });
  });

  it('leaves a lone character at either end to verification (it may sit inside a longer run)', () => {
    expect(candidateQueries('15万')).toEqual({ phrase: '"15"' });
    expect(candidateQueries('年3月')).toEqual({ phrase: '"3"' });
    expect(candidateQueries('月3日以来')).toEqual({ phrase: `"3 zh${spell('日以')} zh${spell('以来')}"` });
  });

  it('searches a trailing number or word by prefix, so 9695 still finds 96956, unless a phrase narrows already', () => {
    expect(candidateQueries('9695')).toEqual({ prefix: '9695' });
    expect(candidateQueries('app')).toEqual({ prefix: 'app' });
    expect(candidateQueries('93.18%')).toEqual({ phrase: '"93"' });
  });

  it('gives nothing to search for a single character; singleCharacterQuery narrows it instead', () => {
    expect(candidateQueries('网')).toEqual({});
    expect(singleCharacterQuery('网')).toBe(`zh${spell('网')}`);
  });
});

describe('long terms', () => {
  it('search at most MAX_PHRASE_TOKENS bigrams; verification checks the rest', () => {
    expect(candidateQueries('远程医疗问诊')).toEqual({
      phrase: `"zh${spell('远程')} zh${spell('程医')}"`,
    });
    expect(MAX_PHRASE_TOKENS).toBe(2);
  });
});

describe('dates and codes', () => {
  it('keep the numbers of a date in the phrase, whatever the cap on bigrams', () => {
    expect(candidateQueries('2020年3月3日')).toEqual({
      phrase: `"2020 zh${spell('年')} 3 zh${spell('月')} 3"`,
    });
    // Only a number that ends the term may continue in the text (3月30日): verification checks it.
    expect(candidateQueries('2020年3月3')).toEqual({ phrase: `"2020 zh${spell('年')} 3 zh${spell('月')}"` });
  });
});
