import { describe, expect, it } from 'vitest';
import { HEADER_SECTION, type SearchDocument } from '../../../../src/search/shared/document.ts';
import { compareByDate, compareMatches, listedDocument, matchDocument } from '../../../../src/search/client/match.ts';
import { parseQuery } from '../../../../src/search/client/query.ts';
import { traditionalDocument } from '../../../../src/search/build/traditional-text.ts';
import { highlightParameters } from '../../../../src/search/client/highlight-link.ts';

const article: SearchDocument = {
  url: '/articles/a/',
  title: '抗击疫情,广电在行动',
  date: '2020-02-08',
  dateText: '2020年2月8日',
  source: '网络及微信公众号',
  sections: [
    { id: 'intro', title: '导语' },
    { id: 'guangdong', title: '广东:客服全天候服务' },
    { id: 'chongqing', title: '重庆:服务不停歇' },
  ],
  blocks: [
    { section: HEADER_SECTION, anchor: '', text: '抗击疫情,广电在行动' },
    { section: HEADER_SECTION, anchor: '', text: '2020年2月8日·来源：网络及微信公众号' },
    { section: 0, anchor: 'intro-1', text: '广电网络责无旁贷。' },
    { section: 1, anchor: 'guangdong', text: '广东:客服全天候服务' },
    { section: 1, anchor: 'guangdong-1', text: '保持7*24小时响应的广东广电网络96956客服热线。' },
    { section: 1, anchor: 'guangdong-2', text: '保持7*24小时在岗。' },
    { section: 2, anchor: 'chongqing', text: '重庆:服务不停歇' },
    { section: 2, anchor: 'chongqing-1', text: '提高7×24小时服务热线96868的接通能力。' },
  ],
};

describe('matchDocument', () => {
  it('needs every term as a contiguous string', () => {
    expect(matchDocument(article, parseQuery('广电网络'))).toBeDefined();
    expect(matchDocument(article, parseQuery('网络广电'))).toBeUndefined();
    expect(matchDocument(article, parseQuery('广电 足球'))).toBeUndefined();
    expect(matchDocument(article, parseQuery('网速慢'))).toBeUndefined();
  });

  it('puts the section with the spelling as typed first: 7×24 → 重庆, 7*24 → 广东', () => {
    expect(matchDocument(article, parseQuery('7×24'))?.sections.map((section) => section.id)).toEqual([
      'chongqing',
      'guangdong',
    ]);
    expect(matchDocument(article, parseQuery('7*24'))?.sections[0]?.id).toBe('guangdong');
  });

  it('links the paragraph that holds all terms', () => {
    const match = matchDocument(article, parseQuery('客服 96956'));
    expect(match?.sections[0]).toMatchObject({ id: 'guangdong', anchor: 'guangdong-1' });
  });

  it('finds the title, source and printed date, with no section link for them', () => {
    for (const raw of ['抗击疫情,广电在行动', '网络及微信公众号', '2020-02-08', '2020/2/8']) {
      const match = matchDocument(article, parseQuery(raw));
      expect(match, raw).toBeDefined();
      expect(match?.sections).toEqual([]);
    }
  });

  it('ranks a page holding a punctuated query as typed first, its sections those that hold it', () => {
    const parts: SearchDocument = {
      ...article,
      url: '/articles/b/',
      title: '广电动态',
      blocks: [
        { section: HEADER_SECTION, anchor: '', text: '广电动态' },
        { section: 0, anchor: 'intro-1', text: '抗击疫情。广电在行动。' },
      ],
    };
    const query = parseQuery('抗击疫情，广电在行动');
    const whole = matchDocument(article, query);
    const apart = matchDocument(parts, query);
    expect(whole?.hasPhrase).toBe(true);
    expect(apart?.hasPhrase).toBe(false);
    expect([apart, whole].sort((a, b) => (a && b ? compareMatches(a, b) : 0))[0]).toBe(whole);
    // Only the title holds the phrase: no section link, as for the title typed as one term.
    expect(whole?.sections).toEqual([]);
    expect(apart?.sections.map((section) => section.id)).toEqual(['intro']);
    expect(matchDocument(article, parseQuery('广东广电网络，96956客服'))?.sections[0]?.id).toBe('guangdong');
  });

  it('reports occurrences as offsets into the original text', () => {
    const match = matchDocument(article, parseQuery('９６９５６'));
    const occurrence = match?.occurrences[0];
    const block = article.blocks[occurrence?.block ?? 0];
    expect(block?.text.slice(occurrence?.start, occurrence?.end)).toBe('96956');
  });

  it('ranks a page with the exact phrase above one with the terms apart', () => {
    const apart: SearchDocument = {
      ...article,
      url: '/articles/b/',
      date: '2021-01-01',
      blocks: [{ section: 0, anchor: 'intro-1', text: '网络很好。广电很好。广电网站。网络网络网络。' }],
    };
    const query = parseQuery('广电 网络');
    const together = matchDocument(article, query);
    const separate = matchDocument(apart, query);
    expect(together?.hasPhrase).toBe(true);
    expect(separate?.hasPhrase).toBe(false);
    expect([separate, together].filter((match) => match !== undefined).sort(compareMatches)[0]?.document.url).toBe(
      '/articles/a/',
    );
  });

  it('counts the places each term occurs, in the article and in each section', () => {
    const match = matchDocument(article, parseQuery('广电'));
    // The title, the intro paragraph and the 广东 paragraph.
    expect(match?.count).toBe(3);
    expect(match?.sections.map((section) => [section.id, section.count])).toEqual([
      ['intro', 1],
      ['guangdong', 1],
    ]);
    // One per term and place: 广电 three times, 网络 three times (source line, intro, 广东).
    const both = matchDocument(article, parseQuery('广电 网络'));
    expect(both?.count).toBe(6);
    expect(both?.sections.find((section) => section.id === 'guangdong')?.count).toBe(2);
  });

  it('gives at most three sections', () => {
    const match = matchDocument(article, parseQuery('服务'));
    expect(match?.sections.length).toBeLessThanOrEqual(3);
  });
});

describe("matching the Traditional edition's text", () => {
  const traditional = traditionalDocument(article);
  /** The T→S conversion of the characters these tests type (the engine loads it from the bundle). */
  const toSimplified = (text: string): string => text.replaceAll('廣', '广').replaceAll('電', '电');
  const summary = (document: SearchDocument, raw: string): unknown => {
    const match = matchDocument(document, parseQuery(raw, toSimplified));
    // Everything but the section titles, which are each edition's own.
    const sections = match?.sections.map((section) => ({ ...section, title: undefined }));
    return match && { occurrences: match.occurrences, sections, score: match.score, excerpt: match.excerptBlock };
  };

  it('finds what the Simplified text finds, for a query in either script', () => {
    for (const raw of ['广电', '廣電', '广电网络 96956', '7×24', '2020-02-08', '网络及微信公众号', '网速慢']) {
      expect(summary(traditional, raw), raw).toEqual(summary(article, raw));
    }
  });

  it('marks the Traditional characters, and passes them on to the article page', () => {
    const match = matchDocument(traditional, parseQuery('广电网络', toSimplified));
    const marked = match?.occurrences.map((occurrence) => {
      const block = traditional.blocks[occurrence.block];
      return block?.text.slice(occurrence.start, occurrence.end);
    });
    expect(new Set(marked)).toEqual(new Set(['廣電網絡']));
    expect(match && highlightParameters(match)).toEqual(['廣電網絡']);
    expect(match?.sections.map((section) => section.title)).toEqual(['導語', '廣東:客服全天候服務']);
  });

  it("marks the right characters where a conversion changes a character's UTF-16 length", () => {
    const document: SearchDocument = {
      ...article,
      blocks: [{ section: 0, anchor: 'intro-1', text: '周顗说广电网络', original: '周𫖮说广电网络' }],
    };
    const occurrence = matchDocument(document, parseQuery('广电'))?.occurrences[0];
    expect(document.blocks[0]?.text.slice(occurrence?.start, occurrence?.end)).toBe('广电');
  });
});

describe('regional wording', () => {
  const toMainland = (simplified: string): string[] => (simplified === '网路' ? ['网络'] : []);

  it('matches the mainland form and names it as the text spells it', () => {
    const match = matchDocument(article, parseQuery('网路', undefined, toMainland));
    expect(match?.regionalForms).toEqual(['网络']);
    expect(match?.occurrences.every((occurrence) => occurrence.regional && !occurrence.exact)).toBe(true);
    expect(match && highlightParameters(match)).toEqual(['网络']);
  });

  it('names no form when the term matched as typed', () => {
    expect(matchDocument(article, parseQuery('网络', undefined, toMainland))?.regionalForms).toEqual([]);
  });

  it("names the Traditional edition's spelling there", () => {
    const match = matchDocument(
      traditionalDocument(article),
      parseQuery('網路', (text) => text.replace('網', '网'), toMainland),
    );
    expect(match?.regionalForms).toEqual(['網絡']);
  });
});

describe('listedDocument', () => {
  it('lists an article without matches, its excerpt from the first block after the title and date line', () => {
    const listed = listedDocument(article);
    expect(listed.occurrences).toEqual([]);
    expect(listed.sections).toEqual([]);
    expect(article.blocks[listed.excerptBlock]?.text).toBe('广电网络责无旁贷。');
  });
});

describe('compareByDate', () => {
  const dated = (url: string, date: string) => listedDocument({ ...article, url, date });
  const march = dated('/articles/b/', '2020-03-03');
  const february = dated('/articles/a/', '2020-02-08');
  const sameDay = dated('/articles/c/', '2020-03-03');

  it('orders newest first, then by URL the same way', () => {
    expect([february, march, sameDay].sort(compareByDate(true)).map((m) => m.document.url)).toEqual([
      '/articles/c/',
      '/articles/b/',
      '/articles/a/',
    ]);
  });

  it('orders oldest first, then by URL', () => {
    expect([sameDay, march, february].sort(compareByDate(false)).map((m) => m.document.url)).toEqual([
      '/articles/a/',
      '/articles/b/',
      '/articles/c/',
    ]);
  });
});
