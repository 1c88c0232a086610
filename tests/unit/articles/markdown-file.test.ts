import { describe, expect, it } from 'vitest';
import { splitArticleFile } from '../../../src/articles/markdown-file.ts';

describe('splitArticleFile', () => {
  it('splits front matter from the body and says where the body starts', () => {
    expect(splitArticleFile('---\ntitle: 标题\ndate: 2020-03-03\n---\n\n正文。\n')).toEqual({
      frontMatter: 'title: 标题\ndate: 2020-03-03',
      body: '\n正文。\n',
      bodyLine: 5,
    });
  });

  it('ignores a byte-order mark and reads Windows line ends', () => {
    expect(splitArticleFile('\uFEFF---\r\ntitle: 标题\r\n---\r\n正文。')).toMatchObject({
      frontMatter: 'title: 标题',
      body: '正文。',
    });
  });

  it('has no front matter when the file does not start with ---', () => {
    expect(splitArticleFile('正文。\n---\n')).toEqual({ frontMatter: undefined, body: '正文。\n---\n', bodyLine: 1 });
  });

  it('reads empty front matter', () => {
    expect(splitArticleFile('---\n---\n正文。')).toMatchObject({ frontMatter: '', body: '正文。' });
  });
});
