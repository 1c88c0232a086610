import { describe, expect, it } from 'vitest';
import { isCompressible } from '../../../src/integrations/precompress.ts';

describe('isCompressible', () => {
  it('takes the text files of a build and leaves the search index’s (already gzipped) files and images alone', () => {
    for (const file of [
      'index.html',
      '_astro/a.B1.css',
      '_astro/b.C2.js',
      'rss.xml',
      'rss.xsl',
      'favicon.svg',
      't2s/4e.json',
    ])
      expect(isCompressible(file), file).toBe(true);
    for (const file of [
      'index/x.pf_index',
      'fragment/y.pf_fragment',
      'pagefind.zz_1.pf_meta',
      'text/3.jsongz',
      'a.png',
    ])
      expect(isCompressible(file), file).toBe(false);
  });
});
