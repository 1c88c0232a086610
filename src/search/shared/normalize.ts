// One normalization for both sides of a search: the query a reader types and the
// article text it is compared with. Folding is done one code point at a time so
// every character of the folded text can be traced back to the original (needed
// to mark matches in excerpts and on the article page).

/** Symbols readers type interchangeably for the same thing (after NFKC): 7×24 = 7*24, “” = "", — = -. */
const SYMBOL_FOLDS: ReadonlyMap<string, string> = new Map([
  ['×', '*'],
  ['✕', '*'],
  ['“', '"'],
  ['”', '"'],
  ['„', '"'],
  ['「', '"'],
  ['」', '"'],
  ['『', '"'],
  ['』', '"'],
  ['‘', "'"],
  ['’', "'"],
  ['‐', '-'],
  ['‑', '-'],
  ['‒', '-'],
  ['–', '-'],
  ['—', '-'],
  ['―', '-'],
  ['−', '-'],
  ['・', '·'],
  ['‧', '·'],
  ['•', '·'],
]);

/**
 * Characters that carry no meaning in a search and often ride along in pasted text (WeChat, web pages):
 * zero-width space, non-joiner and joiner, word joiner, byte order mark, soft hyphen. Folded out of both
 * the query and the text, so 广电 followed by U+200B is 广电. (No-break, narrow no-break and ideographic
 * spaces are whitespace already: NFKC and \s make them term separators.)
 */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/gu;

const WHITESPACE = /^\s$/u;
const SURROGATE = /^[\uD800-\uDFFF]$/;

/** How one code point is folded for matching: NFKC, lower case, symbol folds; lone surrogates become U+FFFD. */
function foldCodePoint(codePoint: string): string {
  if (SURROGATE.test(codePoint)) return '\uFFFD';
  if (removeInvisible(codePoint) === '') return '';
  if (WHITESPACE.test(codePoint)) return ' ';
  let folded = '';
  for (const character of codePoint.normalize('NFKC').toLowerCase()) {
    folded += WHITESPACE.test(character) ? ' ' : (SYMBOL_FOLDS.get(character) ?? character);
  }
  return folded;
}

/** `text` without the characters that carry no meaning in a search (see INVISIBLE). */
export function removeInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** Lighter folding used to tell an exact match from a folded one: NFKC and lower case only (and no invisible characters). */
export function foldExact(text: string): string {
  return removeInvisible(text.toWellFormed()).normalize('NFKC').toLowerCase();
}

/** Folded text together with, for each of its UTF-16 units, the index in the source it came from. */
export interface FoldedText {
  /** The folded text. */
  text: string;
  /** `origin[i]` is the source index of folded unit `i`; `origin[text.length]` is the source length. */
  origin: number[];
}

/** Folds `source` for matching and keeps the way back to source offsets. */
export function foldWithOrigins(source: string): FoldedText {
  let text = '';
  const origin: number[] = [];
  let sourceIndex = 0;
  for (const codePoint of source) {
    const folded = foldCodePoint(codePoint);
    for (let unit = 0; unit < folded.length; unit += 1) origin.push(sourceIndex);
    text += folded;
    sourceIndex += codePoint.length;
  }
  origin.push(sourceIndex);
  return { text, origin };
}

/** Folds `source` for matching (see foldCodePoint). */
export function foldForSearch(source: string): string {
  let text = '';
  for (const codePoint of source) text += foldCodePoint(codePoint);
  return text;
}

/** Whether a code point is a Chinese character (Unicode script Han). */
export function isHan(codePoint: string): boolean {
  return /^\p{Script=Han}$/u.test(codePoint);
}

/** Whether the text holds anything searchable: a letter or a digit of any script. */
export function hasSearchableCharacter(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
