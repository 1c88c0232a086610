import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { simplifiedOnlyCharacters, simplifiedOnlyCharacterSet } from '../../../src/editions/simplified-only.ts';
import { toTraditional } from '../../../src/editions/traditional.ts';
import { BROADCAST, TELECOM } from '../../fixtures/search-queries.ts';
import { articleBody } from '../../fixtures/traditional-conversion.ts';

/** Every value of OpenCC's s2tw conversion dictionaries: all that Converter({ from: 'cn', to: 'tw' }) can write. */
function s2twValues(): string[] {
  const chain = OpenCC.Locale.configs.s2tw?.conversionChain ?? [];
  return chain.flatMap((group) =>
    group.flatMap((dictionary) =>
      typeof dictionary === 'string'
        ? dictionary.split('|').map((entry) => entry.split(' ')[1] ?? '')
        : dictionary.map(([, value]) => value),
    ),
  );
}

describe('the Simplified-only set', () => {
  const set = simplifiedOnlyCharacterSet();

  it('has the characters only Simplified script writes, and none that Traditional text uses', () => {
    expect(set.size).toBeGreaterThan(3500);
    expect(set.size).toBeLessThan(4000);
    for (const character of '发这们网复丽钟历冲众战学国') expect(set.has(character), character).toBe(true);
    // Characters Traditional text uses: in words (干涉 皇后 公里 只有 面子 系統 長征 天台, the surname 范), Taiwan's
    // 么, OpenCC's standard forms that Taiwan writes otherwise (着 裏), Hong Kong's forms (户 温 税 脱), variants (麽).
    for (const character of '干后里只面系范征台么着裏户温税脱麽') expect(set.has(character), character).toBe(false);
  });

  it('holds characters that the conversion changes alone and never writes', () => {
    const unchanged = [...set].filter((character) => toTraditional(character) === character);
    expect(unchanged).toEqual([]);
    const written = new Set(s2twValues().flatMap((value) => [...value]));
    expect([...set].filter((character) => written.has(character))).toEqual([]);
  });

  it('is computed once', () => {
    expect(simplifiedOnlyCharacterSet()).toBe(set);
  });
});

describe('simplifiedOnlyCharacters', () => {
  it('finds every Simplified-only character with its offset and context', () => {
    const text = '天津广电网络立即行动，在24小时内完成。';
    const found = simplifiedOnlyCharacters(text);
    // 广 is a Traditional character too (the radical yǎn: 广部 → 广部).
    expect(found.map(({ character }) => character)).toEqual(['电', '网', '络', '动', '时', '内']);
    for (const { character, index, context } of found) {
      expect(text.slice(index, index + character.length)).toBe(character);
      expect(text).toContain(context);
    }
    expect(found[0]).toEqual({ character: '电', index: 3, context: '天津广电网络立即行动，在' });
    expect(found[5]).toEqual({ character: '内', index: 16, context: '行动，在24小时内完成。' });
  });

  it('counts offsets in UTF-16 units and keeps characters outside the BMP whole', () => {
    const text = '𠀀周𫖮说';
    const found = simplifiedOnlyCharacters(text);
    expect(found.map(({ character, index }) => [character, index])).toEqual([
      ['𫖮', 3],
      ['说', 5],
    ]);
    expect(found[0]?.context).toBe(text);
  });

  it('finds nothing in the converted articles and plenty in the originals', () => {
    for (const id of [BROADCAST, TELECOM] as const) {
      const body = articleBody(id);
      const found = simplifiedOnlyCharacters(body);
      expect(found.length, id).toBeGreaterThan(500);
      expect(found.map(({ character }) => character)).toContain('发');
      expect(simplifiedOnlyCharacters(toTraditional(body)), id).toEqual([]);
    }
  });

  it('allows the characters inside an exception, the longest one where several start', () => {
    const text = '学习强国，学习，学习强国App';
    expect(simplifiedOnlyCharacters(text, ['学习强国']).map(({ index }) => index)).toEqual([5, 6]);
    expect(simplifiedOnlyCharacters(text, ['学习', '学习强国']).map(({ character }) => character)).toEqual([]);
    expect(simplifiedOnlyCharacters(text, ['学', '学习强国']).map(({ index }) => index)).toEqual([6]);
    expect(simplifiedOnlyCharacters('发展', [''])).toHaveLength(1);
  });

  // 50,000 phrases, about 200,000 characters: more than the default 5 s on a busy machine.
  it('passes what OpenCC writes for every one of its phrases', { timeout: 30_000 }, () => {
    const phrases = (OpenCC.Locale.configs.s2tw?.conversionChain[0] ?? [])
      .flatMap((dictionary) => (typeof dictionary === 'string' ? dictionary.split('|') : []))
      .map((entry) => entry.split(' ')[0] ?? '');
    expect(phrases.length).toBeGreaterThan(40_000);
    expect(simplifiedOnlyCharacters(toTraditional(phrases.join('\n')))).toEqual([]);
  });
});
