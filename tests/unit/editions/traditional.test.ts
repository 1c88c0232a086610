import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { simplifiedOnlyCharacters } from '../../../src/editions/simplified-only.ts';
import {
  loadTraditionalExceptions,
  toTraditional,
  traditionalConverter,
  traditionalExceptions,
} from '../../../src/editions/traditional.ts';
import {
  articleBody,
  KEPT_VOCABULARY,
  TRADITIONAL_CONVERSIONS,
  type ConversionCase,
} from '../../fixtures/traditional-conversion.ts';
import { BROADCAST, TELECOM } from '../../fixtures/search-queries.ts';

const ARTICLES = [BROADCAST, TELECOM] as const;

/** Every key and value of OpenCC's own s2tw dictionaries (the ones Converter({ from: 'cn', to: 'tw' }) uses). */
function s2twEntries(): [string, string][] {
  const s2tw = OpenCC.Locale.configs.s2tw;
  if (s2tw === undefined) throw new Error('no s2tw configuration');
  return s2tw.conversionChain.flatMap((group) =>
    group.flatMap((dictionary): [string, string][] =>
      typeof dictionary === 'string'
        ? dictionary.split('|').map((entry): [string, string] => {
            const [key = '', value = ''] = entry.split(' ');
            return [key, value];
          })
        : dictionary.map(([key, value]): [string, string] => [key, value]),
    ),
  );
}

/** Checks each case alone, and in its article's text where it is quoted from one. */
function expectConverted(cases: readonly ConversionCase[]): void {
  const converted = new Map(ARTICLES.map((id) => [id, toTraditional(articleBody(id))]));
  for (const { simplified, traditional, from } of cases) {
    expect(toTraditional(simplified), simplified).toBe(traditional);
    if (from === 'news') continue;
    const body = articleBody(from);
    const index = body.indexOf(simplified);
    expect(index, `${simplified} is quoted from ${from}`).toBeGreaterThanOrEqual(0);
    expect(converted.get(from)?.slice(index, index + simplified.length), `${simplified} in ${from}`).toBe(traditional);
  }
}

describe('toTraditional', () => {
  it('writes each hard one-to-many character as the word needs, alone and in the articles', () => {
    expect(TRADITIONAL_CONVERSIONS.length).toBeGreaterThanOrEqual(80);
    expectConverted(TRADITIONAL_CONVERSIONS);
  });

  it('keeps the words: no Taiwan or Hong Kong vocabulary (信息, 網絡, 視頻, 軟件)', () => {
    expectConverted(KEPT_VOCABULARY);
    expect(toTraditional('信息')).toBe('信息');
    expect(toTraditional('网络')).toBe('網絡');
    expect(toTraditional('视频')).toBe('視頻');
    expect(toTraditional('软件')).toBe('軟件');
  });

  it('leaves punctuation, full-width marks, digits and Latin as they are', () => {
    const marks =
      '“”‘’「」『』，。！？：；（）【】《》〈〉、…—―·～ ABCxyz 0123456789 ５Ｇ％＃ 7\\*24 93.18% https://example.org/a?b=c#d';
    expect(toTraditional(marks)).toBe(marks);
    expect(toTraditional('截至1月31日，接通率达93.18%（5G）')).toBe('截至1月31日，接通率達93.18%（5G）');
  });

  it('converts character for character: the articles keep their length, every dictionary entry its code points', () => {
    for (const id of ARTICLES) {
      const body = articleBody(id);
      const converted = toTraditional(body);
      expect(converted).not.toBe(body);
      expect(converted.length, id).toBe(body.length);
    }
    const unequal = s2twEntries().filter(([key, value]) => [...key].length !== [...value].length);
    expect(unequal).toEqual([]);
    // The UTF-16 length changes only where a rare character is outside the BMP on one side.
    expect(toTraditional('周𫖮')).toBe('周顗');
    expect('周𫖮'.length - toTraditional('周𫖮').length).toBe(1);
  });

  it('normalizes compatibility ideographs first, as OpenCC does', () => {
    expect(toTraditional('\u{2F800}')).toBe('麗');
  });
});

describe('Simplified-only characters in the converted articles', () => {
  it('the Simplified text has them, the converted text none', () => {
    for (const id of ARTICLES) {
      const body = articleBody(id);
      expect(simplifiedOnlyCharacters(body).length, id).toBeGreaterThan(500);
      expect(simplifiedOnlyCharacters(toTraditional(body)), id).toEqual([]);
    }
  });
});

describe('exceptions', () => {
  const converter = traditionalConverter([
    { word: '学习强国', traditional: '学习强国' },
    { word: '余华', traditional: '余華' },
  ]);

  it('keeps an entry exactly as written, and the check allows it there only', () => {
    const converted = converter('下载学习强国App，学习发展经验');
    expect(converted).toBe('下載学习强国App，學習發展經驗');
    expect(simplifiedOnlyCharacters(converted, ['学习强国'])).toEqual([]);
    expect(simplifiedOnlyCharacters(converted).map(({ character }) => character)).toEqual(['学', '习', '强', '国']);
    expect(simplifiedOnlyCharacters('学习', ['学习强国']).map(({ character }) => character)).toEqual(['学', '习']);
  });

  it("writes a correction's form instead of OpenCC's", () => {
    expect(toTraditional('作家余华')).toBe('作家餘華');
    expect(converter('作家余华的小说')).toBe('作家余華的小說');
  });

  // Builds a converter: OpenCC's tries take about a second, several on a busy machine (the default limit is 5 s).
  it("is matched like OpenCC's phrases: longest word at each position, left to right", { timeout: 30_000 }, () => {
    const withNames = traditionalConverter([
      { word: '张三', traditional: '张三' },
      { word: '发展', traditional: '发展' },
    ]);
    expect(withNames('张三说')).toBe('张三說');
    // 张三丰 is one of OpenCC's phrases, longer than the entry at the same position.
    expect(withNames('张三丰')).toBe('張三丰');
    // 头发 (OpenCC's phrase) starts before the entry 发展 and wins.
    expect(withNames('头发展示')).toBe('頭髮展示');
    // 主张 is no phrase of OpenCC's (it needs none), so the entry hits inside it: entries must be unambiguous.
    expect(withNames('主张三个')).toBe('主张三個');
  });

  // Builds a converter and converts 50,000 phrases twice.
  it('changes nothing else: the rebuilt s2tw pipeline equals OpenCC’s Converter', { timeout: 30_000 }, () => {
    const plain = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const s2tw = OpenCC.Locale.configs.s2tw;
    const segmentation = s2tw?.segmentation;
    const phrases = (Array.isArray(segmentation) ? segmentation : [segmentation])
      .flatMap((dictionary) => (typeof dictionary === 'string' ? dictionary.split('|') : []))
      .map((entry) => entry.split(' ')[0] ?? '');
    expect(phrases.length).toBeGreaterThan(40_000);
    const text = [...phrases, ...ARTICLES.map(articleBody), '\u{2F800}\uF900'].join('\n');
    expect(converter(text)).toBe(plain(text));
    expect(toTraditional(text)).toBe(plain(text).replaceAll('總檯', '總臺'));
  });

  it('leaves text without Chinese characters as it is', () => {
    const markup = '\n    <p class="x">7×24 https://example.org/</p>';
    expect(toTraditional(markup)).toBe(markup);
    expect(toTraditional('')).toBe('');
  });
});

describe('loadTraditionalExceptions', () => {
  const fileWith = (text: string): string => {
    const file = join(mkdtempSync(join(tmpdir(), 'traditional-exceptions-')), 'exceptions.txt');
    writeFileSync(file, text);
    return file;
  };

  it("reads the editors' file: comments only, plus the corrections the articles need", () => {
    expect(loadTraditionalExceptions()).toEqual([{ word: '总台', traditional: '總臺' }]);
    expect(traditionalExceptions).toEqual(loadTraditionalExceptions());
  });

  it('reads words, corrections, comments and blank lines', () => {
    const file = fileWith('# 说明\n\n学习强国\n  余华   余華  # 姓余\r\n# 张三\n');
    expect(loadTraditionalExceptions(file)).toEqual([
      { word: '学习强国', traditional: '学习强国' },
      { word: '余华', traditional: '余華' },
    ]);
  });

  it('names the file and line of a wrong entry', () => {
    const cases: [string, RegExp][] = [
      ['学习 强国 強國', /:1: expected a word, or a word and its Traditional form/],
      ['# 说明\n学习|强国', /:2: \| cannot be part of a word/],
      ['App', /:1: the word has no Chinese character/],
      ['余华 余華先生', /:1: the Traditional form must have as many characters/],
      ['余华\n余华 余華', /:2: the word is listed twice/],
    ];
    for (const [text, message] of cases) {
      const file = fileWith(text);
      expect(() => loadTraditionalExceptions(file), text).toThrow(message);
      expect(() => loadTraditionalExceptions(file)).toThrow(file);
    }
  });
});
