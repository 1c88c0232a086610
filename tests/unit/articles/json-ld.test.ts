import { describe, expect, it } from 'vitest';
import { newsArticleJsonLd } from '../../../src/articles/json-ld.ts';

describe('newsArticleJsonLd', () => {
  const facts = {
    title: '标题</script><script>alert(1)</script>',
    description: '导语',
    date: new Date('2020-03-03'),
    source: '人民邮电报',
    url: 'https://example.org/articles/a/',
    sections: ['一', '二'],
  };

  it('describes a NewsArticle with date, publisher and sections', () => {
    const document = JSON.parse(newsArticleJsonLd(facts)) as Record<string, unknown>;
    expect(document['@type']).toBe('NewsArticle');
    expect(document['datePublished']).toBe('2020-03-03');
    expect(document['publisher']).toEqual({ '@type': 'Organization', name: '人民邮电报' });
    expect(document['articleSection']).toEqual(['一', '二']);
    expect(document['headline']).toBe(facts.title);
  });

  it('cannot close its script element', () => {
    expect(newsArticleJsonLd(facts)).not.toContain('</script>');
  });
});
