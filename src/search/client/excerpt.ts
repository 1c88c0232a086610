// Excerpts are rebuilt from the article's plain text and the match offsets, never taken
// from HTML, so whatever the text or the query holds can only ever become text nodes.

/** A piece of an excerpt: plain text, marked or not. */
export interface ExcerptSegment {
  text: string;
  marked: boolean;
}

/** A range of a text to mark, in UTF-16 offsets. */
export interface MarkRange {
  start: number;
  end: number;
}

/** Length of an excerpt in UTF-16 units (about two lines of Chinese on a phone). */
const EXCERPT_LENGTH = 90;
/** Characters of context kept before the first match. */
const LEAD_IN = 24;

function isLowSurrogate(text: string, index: number): boolean {
  const unit = text.charCodeAt(index);
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** Merges overlapping or touching ranges and sorts them. */
export function mergeRanges(ranges: readonly MarkRange[]): MarkRange[] {
  const sorted = [...ranges].filter((range) => range.end > range.start).sort((a, b) => a.start - b.start);
  const merged: MarkRange[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** Splits `text` into marked and unmarked segments (the whole text, no window). */
export function markSegments(text: string, ranges: readonly MarkRange[]): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let cursor = 0;
  for (const range of mergeRanges(ranges)) {
    const start = Math.max(range.start, cursor);
    const end = Math.min(range.end, text.length);
    if (start >= end) continue;
    if (start > cursor) segments.push({ text: text.slice(cursor, start), marked: false });
    segments.push({ text: text.slice(start, end), marked: true });
    cursor = end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), marked: false });
  return segments;
}

/** How far (UTF-16 units) an excerpt's edge may move from its ideal place to reach a clause or word boundary. */
const EDGE_SLACK = 16;

/** Punctuation that ends a clause: an excerpt may start right after it or end with it. */
const CLAUSE_END = /^[，。；：、！？…）》」』”,;:!?)]$/u;
/** ASCII punctuation that ends a clause only when no digit follows (1,400 and 7:30 are one token). */
const ASCII_CLAUSE_END = /^[,:]$/;
/** A character of a Latin or number token (5G, 93.18%, 2020): an excerpt never starts or ends inside a run of them. */
const TOKEN_CHARACTER = /^[A-Za-z0-9.%]$/;

/** Whether offset `at` falls between two characters of one Latin or number token. */
function insideToken(text: string, at: number): boolean {
  return TOKEN_CHARACTER.test(text.charAt(at - 1)) && TOKEN_CHARACTER.test(text.charAt(at));
}

/** Whether a clause ends right before offset `at` (or the text starts or ends there). */
function isClauseBoundary(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return true;
  const before = text.charAt(at - 1);
  if (ASCII_CLAUSE_END.test(before)) return !/^\d$/.test(text.charAt(at));
  return CLAUSE_END.test(before);
}

/** Word boundaries of a text (Intl.Segmenter's Chinese word segmentation), as UTF-16 offsets. */
function wordBoundaries(text: string): Set<number> {
  const boundaries = new Set([0, text.length]);
  for (const { index } of new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)) boundaries.add(index);
  return boundaries;
}

/**
 * The offset within [low, high] closest to `ideal` where an excerpt edge may fall: a clause boundary if there
 * is one, else a word boundary outside Latin and number tokens, else `ideal` itself.
 */
function edgeNear(text: string, ideal: number, low: number, high: number, words: () => Set<number>): number {
  const offsets: number[] = [];
  for (let offset = Math.max(0, low); offset <= Math.min(text.length, high); offset += 1) offsets.push(offset);
  offsets.sort((a, b) => Math.abs(a - ideal) - Math.abs(b - ideal) || a - b);
  const clause = offsets.find((offset) => isClauseBoundary(text, offset) && !insideToken(text, offset));
  if (clause !== undefined) return clause;
  const boundaries = words();
  return offsets.find((offset) => boundaries.has(offset) && !insideToken(text, offset)) ?? ideal;
}

/**
 * A window of about `length` units around the first range, with ellipses where text was cut. Its edges fall
 * at a clause boundary near where they would be, else at a word boundary, and never inside a Latin or number
 * token (not "…G基站" for "5G基站").
 */
export function excerptSegments(text: string, ranges: readonly MarkRange[], length = EXCERPT_LENGTH): ExcerptSegment[] {
  const merged = mergeRanges(ranges);
  const first = merged[0];
  let words: Set<number> | undefined;
  const lazyWords = (): Set<number> => (words ??= wordBoundaries(text));
  const ideal = first ? Math.max(0, Math.min(first.start - LEAD_IN, text.length - length)) : 0;
  let start =
    ideal === 0
      ? 0
      : edgeNear(text, ideal, ideal - EDGE_SLACK, Math.min(ideal + EDGE_SLACK, first?.start ?? 0), lazyWords);
  while (insideToken(text, start)) start -= 1;
  const mustShow = first ? first.end : 0;
  const idealEnd = Math.min(text.length, start + Math.max(length, mustShow - start));
  let end =
    idealEnd === text.length
      ? idealEnd
      : edgeNear(text, idealEnd, Math.max(idealEnd - EDGE_SLACK, mustShow), idealEnd + EDGE_SLACK, lazyWords);
  while (end < text.length && insideToken(text, end)) end += 1;
  if (start > 0 && isLowSurrogate(text, start)) start -= 1;
  if (end < text.length && isLowSurrogate(text, end)) end += 1;
  const window = text.slice(start, end);
  const shifted = merged
    .map((range) => ({ start: Math.max(range.start, start) - start, end: Math.min(range.end, end) - start }))
    .filter((range) => range.end > range.start);
  const segments = markSegments(window, shifted);
  if (start > 0) segments.unshift({ text: '…', marked: false });
  if (end < text.length) segments.push({ text: '…', marked: false });
  return segments;
}
