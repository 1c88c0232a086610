// Word-aware line breaking for short Chinese lines (titles, headings, contents entries): with
// `word-break: keep-all` a browser breaks CJK text only at spaces, after punctuation and where the markup
// allows it, so the build marks the boundaries between two words (<wbr>), found by the ICU word segmenter
// every JavaScript runtime has. Never next to punctuation: a <wbr> would let “，” or ” start a line.

import { site } from '../site.ts';

const segmenter = new Intl.Segmenter(site.language, { granularity: 'word' });

/** `text` cut where a line may break between two words; joined, the pieces give `text` back. */
export function lineBreakPieces(text: string): string[] {
  const pieces: string[] = [];
  let current = '';
  // Only between two words of two or more characters: the segmenter splits off single characters that
  // belong with a neighbour (不 in 维修不打烊, 党 and 建 in 智慧党建平台), so they never stand at a break.
  let previousCanEnd = false;
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    const canBreakAround = isWordLike === true && Array.from(segment).length > 1;
    if (canBreakAround && previousCanEnd && current !== '') {
      pieces.push(current);
      current = '';
    }
    current += segment;
    previousCanEnd = canBreakAround;
  }
  if (current !== '') pieces.push(current);
  return pieces;
}
