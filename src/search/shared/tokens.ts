// The auxiliary Pagefind index does not hold words: it holds overlapping pairs of
// Chinese characters (bigrams) and whole Latin/number runs, in document order, so
// that a Pagefind phrase search for the bigrams of a query finds every page that
// contains the query as a contiguous string, whatever its word boundaries. Pagefind
// segments Chinese text itself, which would split the bigrams again, so each Chinese
// character is spelled as four base-36 digits of its code point: the index only ever
// sees lower-case ASCII words, which it stores and matches verbatim.

/** A run of the folded text that becomes index tokens: Chinese characters, or letters/digits of other scripts. */
const UNIT = /(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}])+)/gu;

/** Prefix of a token that spells a pair (or a lone) Chinese character. */
const HAN_TOKEN_PREFIX = 'zh';
/** Prefix of a token that spells a letter/digit run outside ASCII (Cyrillic, kana, accented Latin…). */
const OTHER_TOKEN_PREFIX = 'zx';

function spell(codePoint: string): string {
  return (codePoint.codePointAt(0) ?? 0).toString(36).padStart(4, '0');
}

interface Unit {
  text: string;
  isHan: boolean;
}

function unitsOf(foldedText: string): Unit[] {
  return [...foldedText.matchAll(UNIT)].map((match) => ({ text: match[0], isHan: match[1] !== undefined }));
}

function tokensOfUnit(unit: Unit): string[] {
  const characters = [...unit.text];
  if (!unit.isHan) {
    return [/^[a-z0-9]+$/.test(unit.text) ? unit.text : OTHER_TOKEN_PREFIX + characters.map(spell).join('')];
  }
  if (characters.length === 1) return [HAN_TOKEN_PREFIX + spell(unit.text)];
  const pairs: string[] = [];
  for (let index = 0; index + 1 < characters.length; index += 1) {
    pairs.push(HAN_TOKEN_PREFIX + spell(characters[index] ?? '') + spell(characters[index + 1] ?? ''));
  }
  return pairs;
}

/** The index tokens of already folded text, in order (see the note at the top of this file). */
export function indexTokens(foldedText: string): string[] {
  return unitsOf(foldedText).flatMap(tokensOfUnit);
}

/**
 * Most Chinese bigrams in one phrase search. Every token of a phrase may sit in a different index
 * chunk (about 35 KB each on a large archive, per part searched); three characters already single out
 * a passage, and verification checks the rest of the term. At 10,000 articles a third bigram cost the
 * nine bench queries 30 kB at the median and 93 kB at the worst, and found no other first results
 * (docs/search.md). Number and Latin tokens are kept: they are what makes a date or a code selective
 * (2020年3月3日 must not become "any page of 2020年3月").
 */
export const MAX_PHRASE_TOKENS = 2;

function capHanTokens(tokens: string[]): string[] {
  const kept: string[] = [];
  let hanTokens = 0;
  for (const token of tokens) {
    if (token.startsWith(HAN_TOKEN_PREFIX)) {
      if (hanTokens === MAX_PHRASE_TOKENS) break;
      hanTokens += 1;
    }
    kept.push(token);
  }
  return kept;
}

/** The Pagefind query whose results bound the pages holding a folded term (at most one of the two). */
export interface CandidateQueries {
  /** An exact phrase search (quoted) over the term's inner tokens, if it has any. */
  phrase?: string;
  /** Otherwise a prefix search for the term's Latin/number run, which may continue in the text (9695 → 96956). */
  prefix?: string;
}

/**
 * Pagefind queries that return every page containing `foldedTerm` as a contiguous string.
 * A single Chinese character at either end of the term may belong to a longer run in the
 * text (its bigram there is unknown), so it is left to verification; so is everything when
 * the term has no index tokens at all (returns {}: the caller cannot narrow candidates).
 */
export function candidateQueries(foldedTerm: string): CandidateQueries {
  const units = unitsOf(foldedTerm);
  const first = units[0];
  if (first?.isHan && [...first.text].length === 1) units.shift();
  const last = units.at(-1);
  const endsInLoneCharacter = last !== undefined && last.isHan && [...last.text].length === 1;
  if (endsInLoneCharacter) units.pop();
  const trailing = units.at(-1);
  // A Latin/number run that ends the term may continue in the text (9695 → 96956): it cannot be
  // part of an exact phrase, and a prefix search for it only pays when there is no phrase to narrow
  // with. Followed by a character in the term (3日), it is complete and stays in the phrase.
  const trailingToken = !endsInLoneCharacter && trailing && !trailing.isHan ? tokensOfUnit(trailing)[0] : undefined;
  if (trailingToken !== undefined) units.pop();
  const phraseTokens = capHanTokens(units.flatMap(tokensOfUnit));
  if (phraseTokens.length > 0) return { phrase: `"${phraseTokens.join(' ')}"` };
  return trailingToken === undefined ? {} : { prefix: trailingToken };
}

/**
 * A prefix query for a lone Chinese character: every bigram that starts with it and the
 * character on its own. It misses the character where it ends a run, so it only narrows
 * the search for one-character queries, which the archive does not promise to find.
 */
export function singleCharacterQuery(foldedTerm: string): string | undefined {
  const characters = [...foldedTerm].filter((character) => /\p{Script=Han}/u.test(character));
  const [first] = characters;
  return first === undefined ? undefined : HAN_TOKEN_PREFIX + spell(first);
}
