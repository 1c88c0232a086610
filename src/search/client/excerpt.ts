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

/** A window of about EXCERPT_LENGTH units around the first range, with ellipses where text was cut. */
export function excerptSegments(text: string, ranges: readonly MarkRange[], length = EXCERPT_LENGTH): ExcerptSegment[] {
  const merged = mergeRanges(ranges);
  const first = merged[0];
  let start = first ? Math.max(0, Math.min(first.start - LEAD_IN, text.length - length)) : 0;
  let end = Math.min(text.length, start + Math.max(length, first ? first.end - start : 0));
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
