import { describe, expect, it } from 'vitest';
import {
  HEADER_SECTION,
  offsetsInConversion,
  parseDocument,
  sameCharacterCount,
  serializeDocument,
  type SearchDocument,
} from '../../../../src/search/shared/document.ts';

const simplified: SearchDocument = {
  url: '/articles/a/',
  title: '复工复产',
  date: '2020-03-03',
  dateText: '2020年3月3日',
  source: '人民邮电报',
  sections: [{ id: 'resume-work', title: '统筹推进复工复产' }],
  blocks: [
    { section: HEADER_SECTION, anchor: '', text: '复工复产' },
    { section: 0, anchor: 'resume-work', text: '统筹推进复工复产' },
  ],
};

/** The same article in Traditional characters, each block keeping its original (著 stands for 著 and for 着). */
const traditional: SearchDocument = {
  ...simplified,
  title: '復工復產',
  source: '人民郵電報',
  sections: [{ id: 'resume-work', title: '統籌推進復工復產' }],
  blocks: [
    { section: HEADER_SECTION, anchor: '', text: '復工復產', original: '复工复产' },
    { section: 0, anchor: 'resume-work', text: '統籌推進復工復產', original: '统筹推进复工复产' },
    { section: 0, anchor: 'resume-work-1', text: '看著著名的頭髮與發展', original: '看着著名的头发与发展' },
  ],
};

function roundTrip(document: SearchDocument): SearchDocument | undefined {
  return parseDocument(JSON.parse(serializeDocument(document)));
}

describe('search documents', () => {
  it('read back what was written', () => {
    expect(roundTrip(simplified)).toEqual(simplified);
  });

  it('keep the original of each converted block, exactly, exceptions included', () => {
    expect(roundTrip(traditional)).toEqual(traditional);
    // 著 stands for 着 once and for 著 once: one of them is stored as an exception.
    const stored = JSON.parse(serializeDocument(traditional)) as { exceptions: unknown[]; toOriginal: string };
    expect(stored.exceptions).toHaveLength(1);
    expect(stored.toOriginal).toContain('復复');
  });

  it('store the originals as a way back, much smaller than a second copy', () => {
    const longer: SearchDocument = {
      ...traditional,
      blocks: Array.from({ length: 50 }, (_, index) => ({
        section: 0,
        anchor: `resume-work-${index}`,
        text: '統籌推進復工復產，確保建設不停步',
        original: '统筹推进复工复产，确保建设不停步',
      })),
    };
    const withoutOriginals: SearchDocument = {
      ...longer,
      blocks: longer.blocks.map((block) => ({ section: block.section, anchor: block.anchor, text: block.text })),
    };
    const cost = serializeDocument(longer).length - serializeDocument(withoutOriginals).length;
    const copies = longer.blocks.reduce((length, block) => length + (block.original?.length ?? 0), 0);
    expect(cost).toBeLessThan(copies / 10);
  });

  it('refuse a converted block without one character per character of its original', () => {
    const broken: SearchDocument = {
      ...traditional,
      blocks: [{ section: HEADER_SECTION, anchor: '', text: '復工', original: '复工复产' }],
    };
    expect(() => serializeDocument(broken)).toThrow(/\/articles\/a\/.*block 0/);
  });

  it('reject malformed originals', () => {
    const stored = JSON.parse(serializeDocument(traditional)) as Record<string, unknown>;
    expect(parseDocument({ ...stored, exceptions: [[0, 'x', '着']] })).toBeUndefined();
    expect(parseDocument({ ...stored, toOriginal: 3 })).toBeUndefined();
    expect(parseDocument({ ...stored, toOriginal: undefined, exceptions: undefined })).toBeUndefined();
  });
});

describe('offsets in a conversion', () => {
  it('are the same offsets when every character keeps its length', () => {
    expect(sameCharacterCount('复工复产', '復工復產')).toBe(true);
    expect(offsetsInConversion('复工复产', '復工復產')(3)).toBe(3);
  });

  it('move where a character outside the Basic Multilingual Plane stands for one inside it', () => {
    // 𫖮 (U+2B5AE, two UTF-16 units) converts to 顗 (one unit).
    expect(sameCharacterCount('周𫖮说', '周顗說')).toBe(true);
    const inText = offsetsInConversion('周𫖮说', '周顗說');
    expect([0, 1, 3, 4].map(inText)).toEqual([0, 1, 2, 3]);
    expect(sameCharacterCount('复工', '復')).toBe(false);
  });
});
