import { describe, expect, it } from 'vitest';
import {
  articleBodyProblems,
  articleSchema,
  parseWrittenDate,
  writtenFrontMatterValue,
} from '../../../src/articles/schema.ts';

describe('parseWrittenDate', () => {
  it('reads a calendar day as midnight UTC, as YAML does', () => {
    expect(parseWrittenDate('2020-03-03')?.toISOString()).toBe('2020-03-03T00:00:00.000Z');
    expect(parseWrittenDate('2020-02-29')?.toISOString()).toBe('2020-02-29T00:00:00.000Z');
  });

  it('reads an ISO time with an offset', () => {
    expect(parseWrittenDate('2020-03-03T08:30:00+08:00')?.toISOString()).toBe('2020-03-03T00:30:00.000Z');
  });

  it.each(['2020-02-30', '2019-02-29', '2020-13-01', '2020-00-10', '2020-3-3', '三月三日', '', '2020-03-03 garbage'])(
    'rejects %j',
    (written) => {
      expect(parseWrittenDate(written)).toBeUndefined();
    },
  );
});

describe('writtenFrontMatterValue', () => {
  const file = '---\ntitle: 标题\ndate: "2020-02-30" # typo\nsource: 某报\n---\n\ndate: not front matter\n';

  it('returns a key as written, unquoted and without a trailing comment', () => {
    expect(writtenFrontMatterValue(file, 'date')).toBe('2020-02-30');
    expect(writtenFrontMatterValue(file, 'title')).toBe('标题');
  });

  it('ignores the body and files without front matter', () => {
    expect(writtenFrontMatterValue(file, 'column')).toBeUndefined();
    expect(writtenFrontMatterValue('date: 2020-01-01\n', 'date')).toBeUndefined();
  });
});

describe('articleSchema', () => {
  const valid = { title: ' 标题 ', date: '2020-03-03', source: '某报' };

  it('accepts a complete article and trims its strings', () => {
    const parsed = articleSchema.parse(valid);
    expect(parsed.title).toBe('标题');
    expect(parsed.date.toISOString()).toBe('2020-03-03T00:00:00.000Z');
  });

  it.each([
    ['title', { ...valid, title: undefined }, 'title is missing'],
    ['title', { ...valid, title: '  ' }, 'title must not be empty'],
    ['date', { ...valid, date: '2020-02-30' }, 'real calendar day'],
    ['date', { ...valid, date: new Date(Date.now() + 86_400_000) }, 'must not be in the future'],
    ['source', { ...valid, source: undefined }, 'source is missing'],
    ['', { ...valid, autor: 'x' }, 'unknown front-matter key "autor"'],
  ])('reports a bad %s field', (path, input, message) => {
    const result = articleSchema.safeParse(input);
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect(issue?.path.join('.')).toBe(path);
    expect(issue?.message).toContain(message);
  });
});

describe('articleBodyProblems', () => {
  it('accepts a body with text', () => {
    expect(articleBodyProblems('正文。')).toEqual([]);
  });

  it.each([undefined, '', '  \n ', '## 只有标题 {#only}\n', '<!-- 注释 -->'])('reports %j as an empty body', (body) => {
    expect(articleBodyProblems(body)).toEqual([expect.stringContaining('body is empty')]);
  });

  it('asks for the search mark by its current name in an editor’s note', () => {
    expect(articleBodyProblems('正文。\n\n<aside class="editor-note" data-pagefind-ignore><p>注</p></aside>')).toEqual([
      "body: write data-archive-ignore where it says data-pagefind-ignore (editor's notes)",
    ]);
  });
});
