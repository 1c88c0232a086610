import { describe, expect, it } from 'vitest';
import { withEditionAlternates } from '../../../src/editions/sitemap-alternates.ts';

const at = { origin: 'https://news.example.org', base: '/archive/' };
const URLSET =
  '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">';

function links(simplified: string, traditional: string): string {
  return (
    `<xhtml:link rel="alternate" hreflang="zh-Hans" href="${simplified}"/>` +
    `<xhtml:link rel="alternate" hreflang="zh-Hant" href="${traditional}"/>` +
    `<xhtml:link rel="alternate" hreflang="x-default" href="${simplified}"/>`
  );
}

describe('withEditionAlternates', () => {
  it('adds each page’s Traditional counterpart, both naming each other and x-default', () => {
    const sitemap =
      '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' +
      '<url><loc>https://news.example.org/archive/articles/x/</loc></url></urlset>';
    const links =
      '<xhtml:link rel="alternate" hreflang="zh-Hans" href="https://news.example.org/archive/articles/x/"/>' +
      '<xhtml:link rel="alternate" hreflang="zh-Hant" href="https://news.example.org/archive/zh-hant/articles/x/"/>' +
      '<xhtml:link rel="alternate" hreflang="x-default" href="https://news.example.org/archive/articles/x/"/>';
    expect(withEditionAlternates(sitemap, at)).toBe(
      '<?xml version="1.0"?><urlset xmlns:xhtml="http://www.w3.org/1999/xhtml" xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' +
        `<url><loc>https://news.example.org/archive/articles/x/</loc>${links}</url>` +
        `<url><loc>https://news.example.org/archive/zh-hant/articles/x/</loc>${links}</url></urlset>`,
    );
  });

  it('keeps an entry’s other details and replaces alternates it had; the rest byte for byte', () => {
    const x = 'https://news.example.org/archive/articles/x/';
    const hantX = 'https://news.example.org/archive/zh-hant/articles/x/';
    const sitemap =
      `<?xml version="1.0" encoding="UTF-8"?>\n${URLSET}\n` +
      `<url>\n  <loc>${x}</loc>\n  <lastmod>2020-03-03</lastmod><xhtml:link rel="alternate" hreflang="zh" href="${x}"/></url>\n` +
      '</urlset>\n';
    const details = '\n  \n  <lastmod>2020-03-03</lastmod>';
    expect(withEditionAlternates(sitemap, at)).toBe(
      `<?xml version="1.0" encoding="UTF-8"?>\n${URLSET}\n` +
        `<url><loc>${x}</loc>${details}${links(x, hantX)}</url>` +
        `<url><loc>${hantX}</loc>${details}${links(x, hantX)}</url>\n</urlset>\n`,
    );
  });

  it('reads the address as XML and writes the counterpart’s escaped', () => {
    const sitemap = `${URLSET}<url><loc>https://news.example.org/archive/search/?a=1&amp;b=2</loc></url></urlset>`;
    expect(withEditionAlternates(sitemap, at)).toContain(
      '<loc>https://news.example.org/archive/zh-hant/search/?a=1&#38;b=2</loc>',
    );
  });

  it('leaves an entry outside the site, a sitemap index and an index of nothing unchanged', () => {
    const outside = `${URLSET}<url><loc>https://elsewhere.example/x/</loc></url></urlset>`;
    expect(withEditionAlternates(outside, at)).toBe(outside);
    const index =
      '<sitemapindex><sitemap><loc>https://news.example.org/archive/sitemap-0.xml</loc></sitemap></sitemapindex>';
    expect(withEditionAlternates(index, at)).toBe(index);
  });

  it('stops at a sitemap that is not well-formed XML', () => {
    expect(() => withEditionAlternates(`${URLSET}<url><loc>x</url></urlset>`, at)).toThrow(/not well-formed/);
  });
});
