import { describe, expect, it } from 'vitest';
import type { TextBlock } from '../../../../src/editor/proofread/article-text.ts';
import { missingClosingPunctuation, repeatedParagraphs } from '../../../../src/editor/proofread/paragraph-checks.ts';

const paragraphs = (...texts: string[]): TextBlock[] =>
  texts.map((text, at) => ({ kind: 'paragraph', text, line: 1 + at * 2, section: undefined }));

describe('repeatedParagraphs', () => {
  it('finds a paragraph repeated later, not only right after, and ignores short ones', () => {
    const found = repeatedParagraphs(
      paragraphs('会议指出,要做好各项工作。', '是。', '另一段正文内容在这里。', '会议指出，要做好各项工作。', '是。'),
    );
    expect(found.map((finding) => [finding.line, finding.what, finding.noteClause])).toEqual([
      [7, 'repeated paragraph (same as line 1)', '以“会议指出”开头的一段在原文中出现两次'],
    ]);
  });
});

describe('missingClosingPunctuation', () => {
  it('accepts sentence ends, closing quotes and brackets, and a colon before a quotation', () => {
    expect(missingClosingPunctuation(paragraphs('好。', '他说:', '“好!”', '(完)', '是吗?', '……'))).toEqual([]);
  });

  it('quotes the last clause of a paragraph that ends without punctuation', () => {
    const [finding] = missingClosingPunctuation(paragraphs('不分昼夜地为大家提供最好的服务,最贴心地解答'));
    expect([finding?.context, finding?.noteClause]).toEqual(['…最贴心地解答', '原文“最贴心地解答”一句句末没有标点']);
  });
});
