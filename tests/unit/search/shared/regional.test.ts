import { describe, expect, it } from 'vitest';
import {
  isRegionalKey,
  parseRegionalBlock,
  regionalForms,
  regionalValue,
} from '../../../../src/search/shared/regional.ts';

const table = new Map([
  ['网路', ['网络']],
  ['网际网路', ['互联网']],
  ['远端', ['远程']],
  ['资讯', ['信息']],
  ['视讯', ['视频', '影像']],
]);

describe('regional block entries', () => {
  it('reads the phrases of a block file and leaves its characters to the T→S table', () => {
    const parsed = parseRegionalBlock({ 網: '网', 网路: regionalValue(['网络']), 视讯: 'a|b', 坏: 3, 资讯: '' });
    expect([...parsed]).toEqual([
      ['网路', ['网络']],
      ['视讯', ['a', 'b']],
    ]);
    expect(parseRegionalBlock(null).size).toBe(0);
    expect(isRegionalKey('網')).toBe(false);
    expect(isRegionalKey('𠀀')).toBe(false);
    expect(isRegionalKey('网路')).toBe(true);
  });
});

describe('regionalForms', () => {
  it('replaces the longest phrase at each position', () => {
    expect(regionalForms(table, '网际网路')).toEqual(['互联网']);
    expect(regionalForms(table, '网路')).toEqual(['网络']);
    expect(regionalForms(table, '远端办公')).toEqual(['远程办公']);
    expect(regionalForms(table, '资讯网路')).toEqual(['信息网络']);
  });

  it('gives each mainland form of a phrase', () => {
    expect(regionalForms(table, '视讯会议')).toEqual(['视频会议', '影像会议']);
  });

  it('gives nothing for a term without regional wording, or without a table', () => {
    expect(regionalForms(table, '广电')).toEqual([]);
    expect(regionalForms(table, '网络')).toEqual([]);
    expect(regionalForms(new Map(), '网路')).toEqual([]);
  });
});
