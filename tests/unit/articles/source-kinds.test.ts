import { describe, expect, it } from 'vitest';
import { sourceKind, sourceKindsOf, unknownSourceWarning } from '../../../src/articles/source-kinds.ts';

describe('the sources file (content/sources.json)', () => {
  it('lists 人民邮电报 as a newspaper and 网络及微信公众号 as a web source', () => {
    expect(sourceKind('人民邮电报')).toBe('newspaper');
    expect(sourceKind('网络及微信公众号')).toBe('webpage');
  });

  it('reads an extended file: a new newspaper, names folded so that half- and full-width punctuation match', () => {
    const kinds = sourceKindsOf({ newspapers: ['光明日报', '人民日报(海外版)'], webSources: [] });
    expect(kinds.get('光明日报')).toBe('newspaper');
    expect(kinds.get('人民日报(海外版)')).toBe('newspaper');
    expect(kinds.get('人民日报（海外版）'.normalize('NFKC'))).toBe('newspaper');
  });

  it('stops with the file named when a list is malformed or a name is listed under both kinds', () => {
    expect(() => sourceKindsOf({ newspapers: '光明日报' })).toThrow(
      'content/sources.json: "newspapers" must be a list of source names',
    );
    expect(() => sourceKindsOf({ newspapers: [''] })).toThrow('"newspapers" must be a list of source names');
    expect(() => sourceKindsOf([])).toThrow('content/sources.json must hold an object');
    expect(() => sourceKindsOf({ newspapers: ['光明日报'], webSources: ['光明日报'] })).toThrow(
      'content/sources.json: "光明日报" is listed both as a newspaper and as a web source',
    );
  });
});

describe('unknownSourceWarning', () => {
  it('says nothing for a listed source, in either punctuation width', () => {
    expect(unknownSourceWarning('content/articles/a.md', '人民邮电报')).toBeUndefined();
    expect(unknownSourceWarning('content/articles/a.md', ' 网络及微信公众号 ')).toBeUndefined();
  });

  it('names the file and the source listed nowhere, how it is cited and where to add it', () => {
    expect(unknownSourceWarning('content/articles/2026-01-01-x.md', '光明日报')).toBe(
      'content/articles/2026-01-01-x.md: source "光明日报" is not listed in content/sources.json, so it is cited as a web page [EB/OL]; add it under "newspapers" (cited [N/OL]) or "webSources" (see docs/editing.md)',
    );
  });
});
