import { describe, expect, it } from 'vitest';
import { buildRegionalTable, regionalBlockEntries } from '../../../../src/search/build/regional-table.ts';
import { buildT2sTable, buildVariantsTable } from '../../../../src/search/build/t2s-table.ts';
import { parseRegionalBlock, regionalForms } from '../../../../src/search/shared/regional.ts';
import { t2sBlockName, toSimplifiedWith } from '../../../../src/search/shared/t2s.ts';

const t2s = buildT2sTable();
const regional = buildRegionalTable(t2s);

/** What a reader's term becomes: its characters converted, then its regional wording. */
function mainland(term: string): string[] {
  return regionalForms(regional, toSimplifiedWith(t2s, term));
}

describe('buildRegionalTable (OpenCC twp and hkp → cn)', () => {
  it('maps Taiwan wording to the mainland word, keyed by its character conversion', () => {
    expect(regional.get('网路')).toEqual(['网络']);
    expect(mainland('網路')).toEqual(['网络']);
    expect(mainland('線上')).toEqual(['在线']);
    expect(mainland('寬頻')).toEqual(['宽带']);
    expect(mainland('視訊會議')).toEqual(['视频会议']);
    expect(mainland('資訊')).toEqual(['信息']);
    // Not a phrase of the dictionary: 遠端 → 远程 inside it.
    expect(regional.has('远端办公')).toBe(false);
    expect(mainland('遠端辦公')).toEqual(['远程办公']);
  });

  it("takes Hong Kong's phrase dictionary too (伺服器 → 服务器)", () => {
    expect(mainland('伺服器')).toEqual(['服务器']);
  });

  it('leaves words alone that are written the same on the mainland', () => {
    for (const term of ['廣電', '网络', '信息', '疫情', '营业厅', '视频会议', '抖音'])
      expect(mainland(term)).toEqual([]);
  });
});

describe('regionalBlockEntries', () => {
  it('files a phrase under the block of every character its first character is read as', () => {
    const blocks = regionalBlockEntries(regional, buildVariantsTable(t2s));
    for (const first of ['网', '網']) {
      expect(parseRegionalBlock(blocks.get(t2sBlockName(first))).get('网路')).toEqual(['网络']);
    }
  });
});
