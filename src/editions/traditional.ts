// The Traditional edition's text: the Simplified original converted character by character, phrase-aware,
// with OpenCC's Taiwan character standard (`tw`: 裡, 著, 麵), never its vocabulary (`twp` would turn
// 信息 into 資訊 and 网络 into 網路; an archive keeps the words that were published), except where the
// editors' exceptions file (content/traditional-exceptions.txt) says otherwise.
//
// Every entry of OpenCC's s2tw dictionaries has as many code points on each side, and so has every
// exception (checked when the file is read): the output has as many code points as the input. Its
// UTF-16 length (`string.length`) is the same too, except where a rare character lies outside the
// Basic Multilingual Plane on one side only (周𫖮 → 周顗, a compatibility ideograph 丽 U+2F800 → 麗).
import { readFileSync } from 'node:fs';
import { ConverterBuilder, type LocalePreset } from 'opencc-js/core';
import * as Locale from 'opencc-js/preset';

/** The editors' exceptions file, relative to the project root (the working directory of builds and tests). */
const EXCEPTIONS_FILE = 'content/traditional-exceptions.txt';
/** A Han character: every key of OpenCC's s2tw dictionaries has one, so text without one is left as it is. */
const HAN = /\p{Script=Han}/u;

/** One entry of the exceptions file: a Simplified word and what the Traditional edition prints for it. */
export interface TraditionalException {
  /** The word as the Simplified text writes it. */
  word: string;
  /** Its form in the Traditional edition: the word itself (kept as written) or the editors' correction. */
  traditional: string;
}

/** The entries of an exceptions file (default content/traditional-exceptions.txt); throws naming file and line. */
export function loadTraditionalExceptions(file: string = EXCEPTIONS_FILE): TraditionalException[] {
  const entries: TraditionalException[] = [];
  const seen = new Set<string>();
  readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .forEach((line, index) => {
      const content = line.replace(/#.*/, '').trim();
      if (content === '') return;
      const fail = (why: string): never => {
        throw new Error(`${file}:${index + 1}: ${why}: ${content}`);
      };
      const fields = content.split(/\s+/);
      const [word = '', traditional = word] = fields;
      if (fields.length > 2) fail('expected a word, or a word and its Traditional form');
      // OpenCC's serialized dictionaries ("word form|word form") take no | inside a word.
      if (content.includes('|')) fail('| cannot be part of a word');
      if (!HAN.test(word)) fail('the word has no Chinese character');
      if ([...word].length !== [...traditional].length) {
        fail('the Traditional form must have as many characters as the word (characters change, words do not)');
      }
      if (seen.has(word)) fail('the word is listed twice');
      seen.add(word);
      entries.push({ word, traditional });
    });
  return entries;
}

/** `value` as a list of serialized dictionaries ("word form|…"), the form OpenCC's segmentation takes. */
function serializedDictionaries(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((dictionary): dictionary is string => typeof dictionary === 'string'))
    return value;
  throw new Error(
    "opencc-js: unexpected shape of the s2tw segmentation dictionaries (has the package's format changed?)",
  );
}

/**
 * A cn → tw converter: OpenCC's own s2tw pipeline (normalization, phrase segmentation, Simplified → Traditional,
 * Taiwan variants) with each exception's word added to the segmentation and to both conversion steps.
 */
export function traditionalConverter(exceptions: readonly TraditionalException[]): (text: string) => string {
  // ConverterBuilder(Locale) is what opencc-js exports as Converter (its main entry point does not export
  // ConverterBuilder, its `core` entry point does).
  if (exceptions.length === 0) return ConverterBuilder(Locale)({ from: 'cn', to: 'tw' });
  // Not the README's ConverterFactory(Locale.from.cn, Locale.to.tw.concat([custom])): that chain has no
  // segmentation and lacks s2tw's regional phrases (方便面 → 方便面, 索马里 → 索馬裡, where Converter writes
  // 方便麵, 索馬里), and a word added to its second (Taiwan) step has already been converted by the first.
  // So the s2tw configuration itself is rebuilt with the entries put first (first dictionary wins on equal
  // words; the longest word at each position wins, as for OpenCC's phrases) and handed to ConverterBuilder.
  const s2tw = Locale.configs.s2tw;
  if (s2tw === undefined) throw new Error('opencc-js: no s2tw configuration in Locale.configs');
  const words = exceptions.map(({ word }) => `${word} ${word}`).join('|');
  const forms = exceptions.map(({ word, traditional }): [string, string] => [word, traditional]);
  const keepForms = exceptions.map(({ traditional }): [string, string] => [traditional, traditional]);
  const preset: LocalePreset = {
    from: Locale.from,
    to: Locale.to,
    configs: {
      s2tw: {
        // The spread keeps s2tw's normalization chain (compatibility ideographs), which the types do not name.
        ...s2tw,
        segmentation: [words, ...serializedDictionaries(s2tw.segmentation)],
        conversionChain: s2tw.conversionChain.map((group, step) => [step === 0 ? forms : keepForms, ...group]),
      },
    },
  };
  return ConverterBuilder(preset)({ from: 'cn', to: 'tw' });
}

/** The editors' exceptions (content/traditional-exceptions.txt), read once when the build loads this module. */
export const traditionalExceptions: readonly TraditionalException[] = loadTraditionalExceptions();

// Built once, on first use: building OpenCC's tries takes 0.5–1.5 s (which `astro dev` and `astro check`, loading
// the config that imports this module, need not wait for); converting an article page takes a few milliseconds.
let convert: ((text: string) => string) | undefined;

/** `text` in Traditional characters (发展 → 發展, 头发 → 頭髮, 干部 → 幹部), same words, same punctuation. */
export function toTraditional(text: string): string {
  if (!HAN.test(text)) return text;
  convert ??= traditionalConverter(traditionalExceptions);
  return convert(text);
}
