import { describe, expect, it } from 'vitest';
import { excerptSegments, markSegments, mergeRanges } from '../../../../src/search/client/excerpt.ts';

describe('markSegments', () => {
  it('splits text into marked and plain pieces that add up to the text', () => {
    const segments = markSegments('abcdef', [{ start: 1, end: 3 }]);
    expect(segments).toEqual([
      { text: 'a', marked: false },
      { text: 'bc', marked: true },
      { text: 'def', marked: false },
    ]);
  });

  it('merges overlapping ranges', () => {
    expect(
      mergeRanges([
        { start: 4, end: 6 },
        { start: 1, end: 3 },
        { start: 2, end: 5 },
      ]),
    ).toEqual([{ start: 1, end: 6 }]);
  });

  it('keeps markup in the text as text', () => {
    const segments = markSegments('<b>x</b>', [{ start: 3, end: 4 }]);
    expect(segments.map((segment) => segment.text).join('')).toBe('<b>x</b>');
  });
});

describe('excerptSegments', () => {
  it('cuts a window around the first match with ellipses', () => {
    const text = `${'甲'.repeat(100)}目标${'乙'.repeat(100)}`;
    const segments = excerptSegments(text, [{ start: 100, end: 102 }], 40);
    expect(segments[0]).toEqual({ text: '…', marked: false });
    expect(segments.at(-1)).toEqual({ text: '…', marked: false });
    expect(segments.filter((segment) => segment.marked).map((segment) => segment.text)).toEqual(['目标']);
  });

  it('never cuts a surrogate pair in half', () => {
    const text = '😀'.repeat(100);
    const joined = excerptSegments(text, [{ start: 81, end: 83 }], 41)
      .map((segment) => segment.text)
      .join('');
    expect(joined.isWellFormed()).toBe(true);
  });
});

describe('excerpt edges', () => {
  // Real passages: the telecom article's 5G paragraph and the 广东 section's figures.
  const telecom =
    '虽然疫情在一定程度上给5G建设发展带来了影响,但基础电信企业表示,将克服困难,把“流失的时间”抢回来,全力以赴推动5G建设发展,加大5G资源投入,保持5G发展领先优势。中国电信与中国联通将通过共建共享模式,力争今年前三个季度建成5G基站25万个;中国移动今年年底5G基站数将达到30万;中国广电将加快实施19个城市5G试验网建设部署;中国铁塔将全面经济高效地满足电信企业5G建设需求,不因疫情降低建设服务水平。';
  const guangdong =
    '截至1月31日,广东广电网络96956客服中心累计受理了122600通客服电话,接通率达93.18%,在线为用户解决故障工单56312单,受理上门工单25756单,为的就是让广电用户过一个温馨祥和的春节。';
  const token = /[A-Za-z0-9.%]/;

  function excerptFor(text: string, needle: string, length?: number): string {
    const at = text.indexOf(needle);
    return excerptSegments(text, [{ start: at, end: at + needle.length }], length)
      .map((segment) => segment.text)
      .join('');
  }

  /** Whether the excerpt's cut edges fall between two characters of one Latin or number token. */
  function cutsToken(text: string, excerpt: string): boolean {
    const inner = excerpt.replace(/^…|…$/g, '');
    const start = text.indexOf(inner);
    const end = start + inner.length;
    const inside = (at: number): boolean => token.test(text.charAt(at - 1)) && token.test(text.charAt(at));
    return inside(start) || inside(end);
  }

  it('starts the 广电 excerpt of the telecom article after a clause, not inside 5G', () => {
    const excerpt = excerptFor(telecom, '广电');
    expect(excerpt).toMatch(/^…中国移动今年年底5G基站/);
    expect(excerpt).not.toMatch(/^…G/);
    expect(excerpt).toContain('广电');
  });

  it('never starts or ends inside a number or Latin token, whatever the window', () => {
    for (const needle of ['广电', '25万', '中国铁塔', '试验网', '93.18%', '工单', '在线', '春节']) {
      for (const length of [20, 30, 45, 60, 90]) {
        const text =
          needle === '93.18%' || needle === '工单' || needle === '在线' || needle === '春节' ? guangdong : telecom;
        const excerpt = excerptFor(text, needle, length);
        expect(cutsToken(text, excerpt), `${needle} ${length}: ${excerpt}`).toBe(false);
        expect(excerpt).toContain(needle);
      }
    }
  });

  it('ends at a clause boundary when one is near', () => {
    const excerpt = excerptFor(telecom, '广电');
    expect(excerpt.replace(/…$/, '')).toMatch(/[,;。]$/);
  });

  it('falls back to a word boundary inside a long clause', () => {
    const clause =
      '春节期间受疫情影响用户宅家收看电视的需求量激增广东广电网络积极响应国家政策向全省开放有线电视免费看特色专区任性点线上业务随心办等多项服务保持七乘二十四小时响应';
    const excerpt = excerptFor(clause, '线上', 20).replace(/^…|…$/g, '');
    const start = clause.indexOf(excerpt);
    expect(start).toBeGreaterThan(0);
    const words = new Set(
      [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(clause)].map((segment) => segment.index),
    );
    expect(words.has(start)).toBe(true);
    expect(words.has(start + excerpt.length) || start + excerpt.length === clause.length).toBe(true);
  });
});
