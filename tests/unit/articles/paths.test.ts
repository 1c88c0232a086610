import { describe, expect, it } from 'vitest';
import { withBase } from '../../../src/articles/paths.ts';

describe('withBase', () => {
  it('prefixes paths with the base, with or without slashes', () => {
    expect(withBase('/search/', '/')).toBe('/search/');
    expect(withBase('/search/', '/archive/')).toBe('/archive/search/');
    expect(withBase('search/', '/archive')).toBe('/archive/search/');
  });
});
