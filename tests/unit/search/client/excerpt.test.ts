import { describe, expect, it } from 'vitest';
import { excerptSegments, markSegments, mergeRanges } from '../../../../src/search/client/excerpt.ts';

describe('markSegments', () => {
  it('splits text into marked and plain pieces that add up to the text', () => {
    const segments = markSegments('abcdef', [{ start: 1, end: 3 }]);
    expect(segments).toEqual([
      { text: 'a', marked: false },
      { text: 'bc', marked: true },
      { text: 'def', marked: false },
    ]);
  });

  it('merges overlapping ranges', () => {
    expect(
      mergeRanges([
        { start: 4, end: 6 },
        { start: 1, end: 3 },
        { start: 2, end: 5 },
      ]),
    ).toEqual([{ start: 1, end: 6 }]);
  });

  it('keeps markup in the text as text', () => {
    const segments = markSegments('<b>x</b>', [{ start: 3, end: 4 }]);
    expect(segments.map((segment) => segment.text).join('')).toBe('<b>x</b>');
  });
});

describe('excerptSegments', () => {
  it('cuts a window around the first match with ellipses', () => {
    const text = `${'甲'.repeat(100)}目标${'乙'.repeat(100)}`;
    const segments = excerptSegments(text, [{ start: 100, end: 102 }], 40);
    expect(segments[0]).toEqual({ text: '…', marked: false });
    expect(segments.at(-1)).toEqual({ text: '…', marked: false });
    expect(segments.filter((segment) => segment.marked).map((segment) => segment.text)).toEqual(['目标']);
  });

  it('never cuts a surrogate pair in half', () => {
    const text = '😀'.repeat(100);
    const joined = excerptSegments(text, [{ start: 81, end: 83 }], 41)
      .map((segment) => segment.text)
      .join('');
    expect(joined.isWellFormed()).toBe(true);
  });
});
