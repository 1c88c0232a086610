import { describe, expect, it } from 'vitest';
import { baseWithSlash, pathUnderBase } from '../../src/base-path.ts';

describe('baseWithSlash', () => {
  it('ends the base in exactly one slash', () => {
    expect(baseWithSlash('/')).toBe('/');
    expect(baseWithSlash('')).toBe('/');
    expect(baseWithSlash('/archive')).toBe('/archive/');
    expect(baseWithSlash('/archive/')).toBe('/archive/');
  });
});

describe('pathUnderBase', () => {
  it('puts a path with or without its leading slash under the base, written either way', () => {
    expect(pathUnderBase('/search/', '/')).toBe('/search/');
    expect(pathUnderBase('search/', '/')).toBe('/search/');
    expect(pathUnderBase('/search/', '/archive')).toBe('/archive/search/');
    expect(pathUnderBase('sitemap.xsl', '/archive/')).toBe('/archive/sitemap.xsl');
    expect(pathUnderBase('', '/archive')).toBe('/archive/');
  });
});
