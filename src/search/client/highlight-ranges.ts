import { foldWithOrigins, type FoldedText } from '../shared/normalize.ts';
import { toSimplifiedWithOrigins, type T2sTable } from '../shared/t2s.ts';

/** A run of page text (one DOM text node), folded for matching. */
export interface TextPiece {
  folded: FoldedText;
}

/**
 * The pieces of a page's text runs: folded for matching and, given a T→S table, converted to Simplified
 * as the needles are, so a Traditional page (復工復產) matches a Simplified needle (复工复产); offsets
 * still point into the page's own text.
 */
export function textPieces(texts: readonly string[], table?: T2sTable): TextPiece[] {
  return texts.map((text) => {
    const folded = foldWithOrigins(text);
    return { folded: table ? toSimplifiedWithOrigins(table, folded) : folded };
  });
}

/** Where a needle was found across pieces: start and end as (piece index, offset in the piece's original text). */
export interface PieceRange {
  startPiece: number;
  startOffset: number;
  endPiece: number;
  endOffset: number;
}

/**
 * Finds every occurrence of the (folded) needles in a sequence of pieces read as one text,
 * so a match may run across inline elements; overlapping occurrences are kept once.
 */
export function findFoldedRanges(pieces: readonly TextPiece[], needles: readonly string[]): PieceRange[] {
  let text = '';
  const pieceOf: number[] = [];
  const offsetOf: number[] = [];
  for (const [index, piece] of pieces.entries()) {
    for (let unit = 0; unit < piece.folded.text.length; unit += 1) {
      pieceOf.push(index);
      offsetOf.push(piece.folded.origin[unit] ?? 0);
    }
    text += piece.folded.text;
  }
  const found: { start: number; end: number }[] = [];
  for (const needle of needles) {
    if (needle === '') continue;
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) {
      found.push({ start: at, end: at + needle.length });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const ranges: PieceRange[] = [];
  let covered = -1;
  for (const { start, end } of found) {
    if (start < covered) continue;
    covered = end;
    const startPiece = pieceOf[start] ?? 0;
    const lastPiece = pieceOf[end - 1] ?? startPiece;
    const lastOrigin = pieces[lastPiece]?.folded.origin ?? [];
    // The end is just past the last folded unit's source character.
    const lastUnitInPiece = end - 1 - pieceOf.indexOf(lastPiece);
    const endOffset = nextOrigin(lastOrigin, lastUnitInPiece);
    ranges.push({ startPiece, startOffset: offsetOf[start] ?? 0, endPiece: lastPiece, endOffset });
  }
  return ranges;
}

/** The source offset just after the source character that produced folded unit `unit`. */
function nextOrigin(origin: readonly number[], unit: number): number {
  const own = origin[unit] ?? 0;
  for (let next = unit + 1; next < origin.length; next += 1) {
    const value = origin[next] ?? own;
    if (value > own) return value;
  }
  return own;
}
