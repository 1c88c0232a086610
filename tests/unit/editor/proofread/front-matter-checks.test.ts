import { describe, expect, it } from 'vitest';
import type { TextBlock } from '../../../../src/editor/proofread/article-text.ts';
import { datesAgainstText, titleAgainstText } from '../../../../src/editor/proofread/front-matter-checks.ts';

const body: TextBlock[] = [
  {
    kind: 'paragraph',
    text: '1月23日以来,各地开始设立隔离点。2020年2月1日,广电网络抗击疫情。',
    line: 6,
    section: undefined,
  },
  { kind: 'paragraph', text: '截至2020-02-08,网络畅通。到2020年12月31日前完成建设。', line: 8, section: undefined },
];

describe('titleAgainstText', () => {
  it('accepts a title whose words the text bears out', () => {
    expect(titleAgainstText('抗击疫情,广电在行动', 2, body)).toEqual([]);
  });

  it('reports a title from another text, and numbers the text never mentions', () => {
    expect(titleAgainstText('5G农业机械化发展迅速', 2, body).map((finding) => finding.what)).toEqual([
      'title shares 0 of its 8 character pairs with the text',
      'title names 5G, which the text never mentions',
    ]);
  });
});

describe('datesAgainstText', () => {
  it('reports full dates after the article’s date, not earlier ones, partial ones or the same day', () => {
    expect(datesAgainstText('2020-02-08', body).map((finding) => [finding.line, finding.what])).toEqual([
      [8, "the text mentions 2020-12-31, after the article's date 2020-02-08"],
    ]);
  });
});
