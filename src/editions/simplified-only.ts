// Characters that exist only in Simplified script (发 这 们 网 复 么…), to check that a page of the Traditional
// edition has none left: text that skipped the conversion shows up, a converted text has none. The set is
// derived from opencc-js's own dictionaries (its public Locale), once, on first use:
//
// - candidates: every single character that OpenCC's cn → tw dictionaries (Locale.from.cn, Locale.to.tw)
//   turn into something else;
// - minus every character that Traditional text uses: that appears in a value of those dictionaries (干 stays
//   because 干涉 → 干涉, 后 because 皇后 → 皇后, 里 because 公里 → 公里, 么 because Taiwan's standard writes 幺
//   as 么), that is one of Hong Kong's standard forms (the single characters of Locale.to.hk: 户 温 税 脱 悦,
//   which look like the Simplified ones; not its phrases, Hong Kong people's names written 郭偉强, 吳子冲), or
//   that OpenCC's Traditional → Simplified dictionary (Locale.to.cn) takes as a Traditional character (the
//   variants 緼 藴 輼 醖 麽).
//
// Characters that OpenCC changes only inside some phrases (只 → 隻 in 一只, 面 → 麵 in 面条, 系 → 係 in 关系)
// are no candidates: alone, they stay as they are.
import { type DictGroup } from 'opencc-js/core';
import * as Locale from 'opencc-js/preset';
import { traditionalExceptions } from './traditional.ts';

/** One Simplified-only character found in a text. */
export interface SimplifiedOnlyCharacter {
  /** The character (one code point). */
  character: string;
  /** Its UTF-16 offset in the text: `text.slice(index, index + character.length) === character`. */
  index: number;
  /** The text around it (up to CONTEXT characters each side), for a message. */
  context: string;
}

/** Characters of context on each side of a finding. */
const CONTEXT = 8;
/** What the Traditional edition prints for the editors' exceptions: allowed as they are. */
const EDITORS_WORDS: readonly string[] = traditionalExceptions.map(({ traditional }) => traditional);

/** One locale's dictionary groups; throws if opencc-js no longer has it (an empty set would pass any text). */
function dictionaries(locales: Record<string, readonly DictGroup[]>, locale: string): readonly DictGroup[] {
  const groups = locales[locale];
  if (groups === undefined) throw new Error(`opencc-js: no "${locale}" dictionaries in Locale`);
  return groups;
}

/** Every [key, value] entry of some dictionary groups, whichever of OpenCC's two forms they are written in. */
function* entries(groups: readonly DictGroup[]): Generator<readonly [string, string]> {
  for (const group of groups) {
    for (const dictionary of group) {
      if (typeof dictionary !== 'string') {
        yield* dictionary;
        continue;
      }
      for (const entry of dictionary.split('|')) {
        const [key = '', value = ''] = entry.split(' ');
        yield [key, value];
      }
    }
  }
}

/** Whether a dictionary entry changes a single character (one code point). */
function changesCharacter([key, value]: readonly [string, string]): boolean {
  return value !== key && [...key].length === 1;
}

let cachedSet: ReadonlySet<string> | undefined;

/** The Simplified-only characters (发 这 们 网 …), computed on first use from about 60,000 dictionary entries. */
export function simplifiedOnlyCharacterSet(): ReadonlySet<string> {
  if (cachedSet !== undefined) return cachedSet;
  const candidates = new Set<string>();
  const traditional = new Set<string>();
  for (const entry of entries([...dictionaries(Locale.from, 'cn'), ...dictionaries(Locale.to, 'tw')])) {
    if (changesCharacter(entry)) candidates.add(entry[0]);
    for (const character of entry[1]) traditional.add(character);
  }
  for (const entry of entries(dictionaries(Locale.to, 'hk'))) {
    if (changesCharacter(entry)) traditional.add(entry[1]);
  }
  for (const entry of entries(dictionaries(Locale.to, 'cn'))) {
    if (changesCharacter(entry)) traditional.add(entry[0]);
  }
  cachedSet = new Set([...candidates].filter((character) => !traditional.has(character)));
  return cachedSet;
}

/** `text[start, end)` with up to CONTEXT characters (code points) on each side. */
function contextAround(text: string, start: number, end: number): string {
  let from = start;
  for (let n = 0; n < CONTEXT && from > 0; n += 1) {
    const lowSurrogate = text.charCodeAt(from - 1) >= 0xdc00 && text.charCodeAt(from - 1) <= 0xdfff;
    from -= lowSurrogate && from >= 2 ? 2 : 1;
  }
  let to = end;
  for (let n = 0; n < CONTEXT && to < text.length; n += 1) {
    to += (text.codePointAt(to) ?? 0) > 0xffff ? 2 : 1;
  }
  return text.slice(from, to);
}

/**
 * Every character of `text` that exists only in Simplified script, except inside an occurrence of one of
 * `exceptions` (default: the Traditional forms of the editors' exceptions, content/traditional-exceptions.txt).
 * One pass over the text: O(length), times the few exceptions that start with the same character.
 */
export function simplifiedOnlyCharacters(
  text: string,
  exceptions: readonly string[] = EDITORS_WORDS,
): SimplifiedOnlyCharacter[] {
  const simplifiedOnly = simplifiedOnlyCharacterSet();
  // The exceptions by their first UTF-16 unit, longest first, so the longest occurrence is skipped whole.
  const byFirstUnit = new Map<number, string[]>();
  for (const word of [...exceptions].sort((a, b) => b.length - a.length)) {
    if (word === '') continue;
    const first = word.charCodeAt(0);
    byFirstUnit.set(first, [...(byFirstUnit.get(first) ?? []), word]);
  }
  const found: SimplifiedOnlyCharacter[] = [];
  for (let index = 0; index < text.length;) {
    const allowed = byFirstUnit.get(text.charCodeAt(index))?.find((word) => text.startsWith(word, index));
    if (allowed !== undefined) {
      index += allowed.length;
      continue;
    }
    const width = (text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1;
    const character = width === 1 ? text.charAt(index) : text.slice(index, index + width);
    if (simplifiedOnly.has(character)) {
      found.push({ character, index, context: contextAround(text, index, index + width) });
    }
    index += width;
  }
  return found;
}
