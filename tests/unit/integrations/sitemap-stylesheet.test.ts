import { describe, expect, it } from 'vitest';
import { isSitemapFile, withXslStylesheet } from '../../../src/integrations/sitemap-stylesheet.ts';

const INDEX =
  '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://example.org/sitemap-0.xml</loc></sitemap></sitemapindex>';

describe('withXslStylesheet', () => {
  it('puts the processing instruction right after the XML declaration, before the root element', () => {
    const styled = withXslStylesheet(INDEX, '/archive/sitemap.xsl');
    expect(styled).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="/archive/sitemap.xsl"?>' +
        INDEX.slice('<?xml version="1.0" encoding="UTF-8"?>'.length),
    );
  });

  it('leaves the document itself unchanged: same root, same entries', () => {
    const styled = withXslStylesheet(INDEX, '/sitemap.xsl');
    expect(styled.replace(/<\?xml-stylesheet[^?]*\?>/, '')).toBe(INDEX);
  });

  it('starts the document with it when there is no XML declaration', () => {
    expect(withXslStylesheet('<urlset/>', '/sitemap.xsl')).toBe(
      '<?xml-stylesheet type="text/xsl" href="/sitemap.xsl"?><urlset/>',
    );
  });

  it('adds nothing to a document that already has a stylesheet (a second build step, or the sitemap’s own xslURL)', () => {
    const once = withXslStylesheet(INDEX, '/sitemap.xsl');
    expect(withXslStylesheet(once, '/other.xsl')).toBe(once);
  });

  it('escapes the URL for an attribute value', () => {
    expect(withXslStylesheet('<urlset/>', '/a&b"c.xsl')).toContain('href="/a&amp;b&quot;c.xsl"');
  });
});

describe('isSitemapFile', () => {
  it('takes the index and the numbered sitemaps, nothing else', () => {
    for (const name of ['sitemap-index.xml', 'sitemap-0.xml', 'sitemap-12.xml'])
      expect(isSitemapFile(name), name).toBe(true);
    for (const name of ['rss.xml', 'sitemap.xsl', 'sitemap-index.xml.gz', 'sitemap-0.xml.br', 'sitemap-a.xml'])
      expect(isSitemapFile(name), name).toBe(false);
  });
});
