import { describe, expect, it } from 'vitest';
import { lineBreakPieces } from '../../../src/typography/word-breaks.ts';

describe('lineBreakPieces', () => {
  it('cuts between words, never inside one', () => {
    expect(lineBreakPieces('坚守岗位为用户提供优质服务')).toEqual(['坚守岗位为用户', '提供', '优质', '服务']);
  });

  it('keeps a single character with its neighbours (维修不打烊 never breaks after 不)', () => {
    expect(lineBreakPieces('维修不打烊')).toEqual(['维修不打烊']);
    expect(lineBreakPieces('智慧党建平台')).toEqual(['智慧党建平台']);
  });

  it('keeps punctuation with the word before and after it', () => {
    const pieces = lineBreakPieces('天津：“逆行”坚守岗位');
    expect(pieces.join('')).toBe('天津：“逆行”坚守岗位');
    expect(pieces.some((piece) => /^[：”]/.test(piece))).toBe(false);
    expect(pieces.some((piece) => piece.endsWith('“'))).toBe(false);
  });

  it('leaves a single word whole', () => {
    expect(lineBreakPieces('广电')).toEqual(['广电']);
    expect(lineBreakPieces('')).toEqual([]);
  });
});
