import { MAX_QUERY_LENGTH } from '../shared/contract.ts';
import { foldExact, foldForSearch, hasSearchableCharacter } from '../shared/normalize.ts';

/** Most whitespace-separated terms handled; more would only multiply index look-ups. */
export const MAX_TERMS = 8;

/** One whitespace-separated term of a query, folded for matching. */
interface QueryTerm {
  /** The term as folded (see search-normalize.ts). */
  text: string;
  /** The term with only NFKC and case folded: occurrences spelled like this are exact matches. */
  typed: string;
  /**
   * Every spelling that counts as this term: the folded term, its Simplified form, a date's Chinese form,
   * the mainland form of its regional wording (see `regional`).
   */
  alternatives: string[];
  /** The alternatives that are the mainland form of Taiwan or Hong Kong wording (網路 → 网络; ../shared/regional.ts). */
  regional: string[];
  /**
   * The spellings to look up in the index, which holds the articles' text converted to Simplified:
   * the alternatives converted to Simplified, each once (a Traditional query costs one look-up, not two).
   */
  indexForms: string[];
}

/** A query ready to run. */
export interface ParsedQuery {
  /** The terms a page must all contain; empty when nothing searchable was typed. */
  terms: QueryTerm[];
  /** Whether the query was cut to MAX_QUERY_LENGTH code points or MAX_TERMS terms. */
  truncated: boolean;
  /**
   * The query as folded, from its first term to its last with the punctuation between them (眼下,随着), when
   * punctuation separated its terms: a page holding it as typed ranks first (see ./match.ts).
   */
  phrase?: string;
}

/** Converts folded text to Simplified script, character by character; the identity when no table is loaded. */
export type ToSimplified = (foldedText: string) => string;

/** The mainland spellings of a Simplified term's regional wording; none when no table is loaded. */
export type ToMainland = (simplified: string) => string[];

const WRAPPING_QUOTES = /^["'`]+|["'`]+$/g;

/**
 * Punctuation that separates terms like a space (after NFKC, which turns ，；：！？（） into their ASCII
 * forms): readers list keywords with 、 and ，as often as with spaces, and paste terms with 。 or quotes
 * attached. Not `%`, `×` or `*`, which belong to what they follow (93.18%, 7×24).
 */
const SEPARATING_PUNCTUATION = /[,;!?()[\]{}<>"`、。〃〈〉《》「」『』【】〔〕〖〗〘〙〚〛〝〞〟“”„…‥—–―~～]/u;

/**
 * Marks that join letters or digits within one term (2020-03-03, 2020.3.3, 10:30, COVID-19, 1/2, don't),
 * and separate terms anywhere else (网络-客服, 疫情. ).
 */
const JOINING_PUNCTUATION = /['.:/\-‘’·_]/u;

/** A letter or digit that is not a Chinese character: the neighbours a joining mark joins. */
const JOINED = /^(?!\p{Script=Han})[\p{L}\p{N}]$/u;

/** Replaces every mark that separates terms in `text` (folded by foldExact) by a space. */
function separateTerms(text: string): string {
  const codePoints = [...text];
  return codePoints
    .map((codePoint, index) => {
      if (/\s|\uFFFD/u.test(codePoint) || SEPARATING_PUNCTUATION.test(codePoint)) return ' ';
      if (!JOINING_PUNCTUATION.test(codePoint)) return codePoint;
      const joins = JOINED.test(codePoints[index - 1] ?? '') && JOINED.test(codePoints[index + 1] ?? '');
      return joins ? codePoint : ' ';
    })
    .join('');
}

/** The query as a reader typed it, made safe to handle: well-formed UTF-16 and at most MAX_QUERY_LENGTH code points. */
export function sanitizeQuery(raw: string): { query: string; truncated: boolean } {
  const codePoints = [...raw.toWellFormed()];
  const truncated = codePoints.length > MAX_QUERY_LENGTH;
  return { query: codePoints.slice(0, MAX_QUERY_LENGTH).join(''), truncated };
}

/**
 * The way the archive prints a date (2020年3月3日) for the ways a reader may type it:
 * 2020-03-03, 2020/3/3, 2020.3.3, 20200303, 2020年03月03日, and 2020-03 for a month.
 */
export function chineseDateForm(foldedTerm: string): string | undefined {
  const full =
    /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(foldedTerm) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(foldedTerm);
  if (full) {
    const [, year, month, day] = full;
    const monthNumber = Number(month);
    const dayNumber = Number(day);
    if (monthNumber < 1 || monthNumber > 12 || dayNumber < 1 || dayNumber > 31) return undefined;
    return `${year}年${monthNumber}月${dayNumber}日`;
  }
  const monthOnly = /^(\d{4})[-/.年](\d{1,2})月?$/.exec(foldedTerm);
  if (monthOnly) {
    const [, year, month] = monthOnly;
    const monthNumber = Number(month);
    if (monthNumber < 1 || monthNumber > 12) return undefined;
    return `${year}年${monthNumber}月`;
  }
  return undefined;
}

/** Splits a query into folded terms with their alternative spellings (see QueryTerm). */
export function parseQuery(
  raw: string,
  toSimplified: ToSimplified = (text) => text,
  toMainland: ToMainland = () => [],
): ParsedQuery {
  const { query, truncated: cut } = sanitizeQuery(raw);
  const seen = new Set<string>();
  const terms: QueryTerm[] = [];
  // U+FFFD stands for what could not be read (e.g. a lone surrogate): it separates terms like a space, as
  // punctuation between or around terms does (网络、客服, 疫情。).
  const exact = foldExact(query);
  const separated = separateTerms(exact);
  for (const piece of separated.split(/\s+/u)) {
    const text = foldForSearch(piece).replaceAll(' ', '').replace(WRAPPING_QUOTES, '');
    if (!hasSearchableCharacter(text) || seen.has(text)) continue;
    seen.add(text);
    const alternatives = new Set([text, toSimplified(text)]);
    const dateForm = chineseDateForm(text);
    if (dateForm) alternatives.add(dateForm);
    const regional = toMainland(toSimplified(text)).filter((form) => !alternatives.has(form));
    for (const form of regional) alternatives.add(form);
    terms.push({
      text,
      typed: piece.replace(/^["'`“”‘’「」『』]+|["'`“”‘’「」『』]+$/gu, ''),
      alternatives: [...alternatives],
      regional,
      indexForms: [...new Set([...alternatives].map(toSimplified))],
    });
  }
  const kept = terms.slice(0, MAX_TERMS);
  const phrase = punctuatedPhrase(exact, separated, kept.length);
  return { terms: kept, truncated: cut || terms.length > MAX_TERMS, ...(phrase === undefined ? {} : { phrase }) };
}

/**
 * The query from its first term to its last, punctuation between them kept and folded for matching
 * (眼下，随着 → 眼下,随着), when punctuation (not only spaces) separated terms; undefined otherwise.
 */
function punctuatedPhrase(exact: string, separated: string, termCount: number): string | undefined {
  if (termCount < 2) return undefined;
  const exactPoints = [...exact];
  const separatedPoints = [...separated];
  const kept = (index: number): boolean => /\S/u.test(separatedPoints[index] ?? ' ');
  const first = separatedPoints.findIndex((_, index) => kept(index));
  const last = separatedPoints.findLastIndex((_, index) => kept(index));
  const inner = exactPoints.slice(first, last + 1);
  const punctuated = inner.some(
    (codePoint, index) => codePoint !== separatedPoints[first + index] && /\S/u.test(codePoint),
  );
  return punctuated ? foldForSearch(inner.join('')) : undefined;
}

/** Every Chinese character of a query, once each: the ones whose Simplified form must be looked up. */
export function hanCharactersOf(raw: string): string[] {
  return [...new Set(foldForSearch(sanitizeQuery(raw).query).match(/\p{Script=Han}/gu) ?? [])];
}
