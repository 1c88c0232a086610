import { describe, expect, it } from 'vitest';
import { aboutPath, feedsPagePath, sitemapPagePath, withBase } from '../../src/site-paths.ts';

describe('withBase', () => {
  it('prefixes paths with the base, with or without slashes', () => {
    expect(withBase('/search/', '/')).toBe('/search/');
    expect(withBase('/search/', '/archive/')).toBe('/archive/search/');
    expect(withBase('search/', '/archive')).toBe('/archive/search/');
  });
});

describe('the site’s own pages', () => {
  it('live at fixed folder paths under the configured base', () => {
    expect([aboutPath(), feedsPagePath(), sitemapPagePath()]).toEqual(['/about/', '/feeds/', '/sitemap/']);
  });
});
