import { HEADER_SECTION, offsetsInConversion, type SearchDocument } from '../shared/document.ts';
import { foldExact, foldWithOrigins } from '../shared/normalize.ts';
import type { ParsedQuery } from './query.ts';

/** Where a query term occurs in a document: a block and a range of that block's text (the same in its `original`). */
interface Occurrence {
  block: number;
  /** UTF-16 offsets into the block's text as stored (before folding). */
  start: number;
  end: number;
  /** Index of the query term found here. */
  term: number;
  /** Whether the text here is spelled as typed (only case and full/half width differ). */
  exact: boolean;
  /** Whether the text here is the mainland form of the term's regional wording (see QueryTerm.regional). */
  regional: boolean;
}

/** A section of a matching document, as offered to the reader: where to jump and why it ranks where it does. */
interface SectionMatch {
  /** Index into the document's sections. */
  section: number;
  id: string;
  title: string;
  /** Id of the element to link: the paragraph (or heading) in this section that matches best. */
  anchor: string;
  /** How many times a query term occurs in the section (one per term and place). */
  count: number;
  termsCovered: number;
  hasPhrase: boolean;
  exactCount: number;
  weight: number;
  firstBlock: number;
}

/** Everything the result list needs about one matching document. */
export interface DocumentMatch {
  document: SearchDocument;
  occurrences: Occurrence[];
  /** How many times a query term occurs in the document, title included (one per term and place). */
  count: number;
  /** Whether the whole query occurs as typed (all terms next to each other, in order). */
  hasPhrase: boolean;
  score: number;
  /** Sections holding matches, best first. */
  sections: SectionMatch[];
  /** The block to take the excerpt from. */
  excerptBlock: number;
  /** The mainland forms of regional wording found, as the text spells them (网络 for 網路), each once. */
  regionalForms: string[];
}

/** Most section links shown under a result. */
const MAX_SECTION_LINKS = 3;

function occurrencesIn(text: string, needle: string): number[] {
  const found: number[] = [];
  if (needle === '') return found;
  for (let index = text.indexOf(needle); index !== -1; index = text.indexOf(needle, index + 1)) found.push(index);
  return found;
}

/**
 * Phrases whose presence makes a page an exact-phrase match: the terms joined without and with a space,
 * and the query with the punctuation that stood between its terms (眼下，随着).
 */
function phrasesOf(query: ParsedQuery): string[] {
  const joined = (pick: (alternatives: string[]) => string | undefined): string[] => {
    const parts = query.terms.map((term) => pick(term.alternatives) ?? term.text);
    return [parts.join(''), parts.join(' ')];
  };
  const punctuated = query.phrase === undefined ? [] : [query.phrase];
  return [
    ...new Set([
      ...joined((alternatives) => alternatives[0]),
      ...joined((alternatives) => alternatives[1]),
      ...punctuated,
    ]),
  ];
}

/**
 * Checks a document against a query. A document matches only if every term occurs in it
 * (in some spelling of the term) as a contiguous string of one block; undefined otherwise.
 */
export function matchDocument(document: SearchDocument, query: ParsedQuery): DocumentMatch | undefined {
  if (query.terms.length === 0) return undefined;
  const occurrences: Occurrence[] = [];
  const phraseBlocks = new Set<number>();
  const phrases = query.terms.length > 1 ? phrasesOf(query) : [];
  for (const [blockIndex, block] of document.blocks.entries()) {
    // The Simplified original where the text is the Traditional edition's: the same matches, on the same characters.
    const matched = block.original ?? block.text;
    const inText = offsetsInConversion(matched, block.text);
    const folded = foldWithOrigins(matched);
    const seen = new Set<string>();
    for (const [termIndex, term] of query.terms.entries()) {
      for (const alternative of term.alternatives) {
        const regional = term.regional.includes(alternative);
        for (const at of occurrencesIn(folded.text, alternative)) {
          const start = folded.origin[at] ?? 0;
          const end = folded.origin[at + alternative.length] ?? matched.length;
          const key = `${termIndex}:${start}:${end}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const exact = foldExact(matched.slice(start, end)) === term.typed;
          occurrences.push({
            block: blockIndex,
            start: inText(start),
            end: inText(end),
            term: termIndex,
            exact,
            regional,
          });
        }
      }
    }
    if (phrases.some((phrase) => folded.text.includes(phrase))) phraseBlocks.add(blockIndex);
  }
  const termsFound = new Set(occurrences.map((occurrence) => occurrence.term));
  if (termsFound.size < query.terms.length) return undefined;

  const hasPhrase = query.terms.length > 1 ? phraseBlocks.size > 0 : occurrences.some((occurrence) => occurrence.exact);
  // A query whose terms punctuation separated (a pasted title, 眼下，随着) was one phrase as typed: where the
  // page holds it, its sections are those that hold the phrase, not every place a part of it occurs.
  const phraseOccurrences = occurrences.filter((occurrence) => phraseBlocks.has(occurrence.block));
  const sectionOccurrences = query.phrase !== undefined && hasPhrase ? phraseOccurrences : occurrences;
  const sections = rankSections(document, sectionOccurrences, phraseBlocks);
  const titleHits = occurrences.filter((occurrence) => document.blocks[occurrence.block]?.anchor === '').length;
  const exactCount = occurrences.filter((occurrence) => occurrence.exact).length;
  const score = (hasPhrase ? 1000 : 0) + 20 * titleHits + 3 * exactCount + occurrences.length;
  const best = sections[0];
  const excerptBlock = best
    ? document.blocks.findIndex((block) => block.anchor === best.anchor)
    : (occurrences[0]?.block ?? 0);
  return {
    document,
    occurrences,
    count: occurrences.length,
    hasPhrase,
    score,
    sections: sections.slice(0, MAX_SECTION_LINKS),
    excerptBlock,
    regionalForms: regionalFormsOf(document, occurrences),
  };
}

/** The texts of the occurrences of regional wording's mainland forms, each once (see DocumentMatch.regionalForms). */
function regionalFormsOf(document: SearchDocument, occurrences: readonly Occurrence[]): string[] {
  const forms = occurrences
    .filter((occurrence) => occurrence.regional)
    .map((occurrence) => document.blocks[occurrence.block]?.text.slice(occurrence.start, occurrence.end) ?? '');
  return [...new Set(forms)].filter((form) => form !== '');
}

function rankSections(document: SearchDocument, occurrences: Occurrence[], phraseBlocks: Set<number>): SectionMatch[] {
  const bySection = new Map<number, Occurrence[]>();
  for (const occurrence of occurrences) {
    const section = document.blocks[occurrence.block]?.section ?? HEADER_SECTION;
    if (section === HEADER_SECTION) continue;
    bySection.set(section, [...(bySection.get(section) ?? []), occurrence]);
  }
  const ranked: SectionMatch[] = [];
  for (const [sectionIndex, found] of bySection) {
    const section = document.sections[sectionIndex];
    if (!section) continue;
    ranked.push({
      section: sectionIndex,
      id: section.id,
      title: section.title,
      anchor: bestAnchor(document, found, phraseBlocks),
      count: found.length,
      termsCovered: new Set(found.map((occurrence) => occurrence.term)).size,
      hasPhrase: found.some((occurrence) => phraseBlocks.has(occurrence.block)),
      exactCount: found.filter((occurrence) => occurrence.exact).length,
      // A heading that names the query says more about its section than a passing mention.
      weight: found.reduce(
        (sum, occurrence) => sum + (document.blocks[occurrence.block]?.anchor === section.id ? 3 : 1),
        0,
      ),
      firstBlock: Math.min(...found.map((occurrence) => occurrence.block)),
    });
  }
  return ranked.sort(
    (a, b) =>
      b.termsCovered - a.termsCovered ||
      Number(b.hasPhrase) - Number(a.hasPhrase) ||
      b.exactCount - a.exactCount ||
      b.weight - a.weight ||
      a.firstBlock - b.firstBlock,
  );
}

/** The block of a section to link: the one with the most distinct terms, then a phrase, then exact spellings, then the first. */
function bestAnchor(document: SearchDocument, found: Occurrence[], phraseBlocks: Set<number>): string {
  const byBlock = new Map<number, Occurrence[]>();
  for (const occurrence of found) byBlock.set(occurrence.block, [...(byBlock.get(occurrence.block) ?? []), occurrence]);
  const blocks = [...byBlock.entries()].map(([block, hits]) => ({
    block,
    terms: new Set(hits.map((hit) => hit.term)).size,
    phrase: phraseBlocks.has(block),
    exact: hits.filter((hit) => hit.exact).length,
  }));
  blocks.sort(
    (a, b) => b.terms - a.terms || Number(b.phrase) - Number(a.phrase) || b.exact - a.exact || a.block - b.block,
  );
  const chosen = blocks[0];
  return chosen === undefined ? '' : (document.blocks[chosen.block]?.anchor ?? '');
}

/** Orders matching documents: exact phrase first, then score, then newest. */
export function compareMatches(a: DocumentMatch, b: DocumentMatch): number {
  return (
    Number(b.hasPhrase) - Number(a.hasPhrase) || b.score - a.score || b.document.date.localeCompare(a.document.date)
  );
}

/**
 * A document listed without a query (a filter alone): no matches, its excerpt from the first block after
 * the title and date line (the build puts those two first).
 */
export function listedDocument(document: SearchDocument): DocumentMatch {
  const lede = document.blocks.findIndex((block, index) => index >= 2 || block.section !== HEADER_SECTION);
  return {
    document,
    occurrences: [],
    count: 0,
    hasPhrase: false,
    score: 0,
    sections: [],
    excerptBlock: Math.max(lede, 0),
    regionalForms: [],
  };
}

/**
 * Orders documents by date, newest first (or oldest first), then by URL the same way: the order of the
 * index parts' text numbers (date, then URL), so results checked a part at a time arrive in this order.
 */
export function compareByDate(newestFirst: boolean): (a: DocumentMatch, b: DocumentMatch) => number {
  const direction = newestFirst ? -1 : 1;
  return (a, b) =>
    direction * (a.document.date.localeCompare(b.document.date) || a.document.url.localeCompare(b.document.url));
}
