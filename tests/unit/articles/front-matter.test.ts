import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../../src/articles/front-matter.ts';

describe('readFrontMatter', () => {
  it('keeps dates as written, so the schema checks the day the editor typed (no roll-over)', () => {
    expect(readFrontMatter('title: 标题\ndate: 2020-02-30\nsource: 某报')).toEqual({
      data: { title: '标题', date: '2020-02-30', source: '某报' },
    });
  });

  it('reads a headline with a half-width colon as the whole text after its key', () => {
    expect(readFrontMatter('title: 专访: 5G时代的复工\ndate: 2020-03-03\nsource: 某报')).toEqual({
      data: { title: '专访: 5G时代的复工', date: '2020-03-03', source: '某报' },
    });
  });

  it('names the file line of a YAML error in one line, with the fix when a value holds ": "', () => {
    const reading = readFrontMatter('title: "未闭合\ndate: 2020-03-03');
    expect(reading).toEqual({ problem: expect.stringMatching(/^front matter is not valid YAML \(line \d+\): /) });
    expect('problem' in reading && reading.problem).not.toMatch(/\n/);
    expect(readFrontMatter('title: a\ntitle: b')).toEqual({
      problem: 'front matter is not valid YAML (line 3): Map keys must be unique',
    });
  });

  it('reads empty front matter as no keys, and refuses a list', () => {
    expect(readFrontMatter('')).toEqual({ data: {} });
    expect(readFrontMatter('- a\n- b')).toEqual({ problem: expect.stringContaining('key: value') });
  });
});
