import { describe, expect, it } from 'vitest';
import type { TextBlock } from '../../../../src/editor/proofread/article-text.ts';
import { pairedMarks } from '../../../../src/editor/proofread/paired-marks.ts';

const paragraph = (text: string): TextBlock[] => [{ kind: 'paragraph', text, line: 1, section: undefined }];
const found = (text: string): [string, string][] =>
  pairedMarks(paragraph(text)).map((finding) => [finding.kind, finding.context]);

describe('pairedMarks', () => {
  it('accepts balanced and nested pairs, and apostrophes in Latin text', () => {
    expect(found('李巍说:“广电网络是重要‘载体’,是我们的责任!”')).toEqual([]);
    expect(found('开放“有线电视免费看”“特色专区任性点”等服务(第一批)《通知》【快讯】。')).toEqual([]);
    expect(found('It’s the network’s job.')).toEqual([]);
  });

  it('finds each reversed pair, also two in one sentence', () => {
    expect(found('在”尽量不出门“的号召下,成为了”最美逆行者“的一员。')).toEqual([
      ['reversed-quotes', '”尽量不出门“'],
      ['reversed-quotes', '”最美逆行者“'],
    ]);
    expect(found('所谓’载体‘。')).toEqual([['reversed-quotes', '’载体‘']]);
  });

  it('finds a mark without its partner, and does not pair across sentences', () => {
    expect(found('会议(第一次召开。')).toEqual([['unpaired-mark', '会议(第一次召开。']]);
    expect(found('他说:“好。')).toEqual([['unpaired-mark', '他说:“好。']]);
    expect(found('结束”。新的“开始')).toEqual([
      ['unpaired-mark', '结束”。新的“开始'],
      ['unpaired-mark', '结束”。新的“开始'],
    ]);
  });
});
