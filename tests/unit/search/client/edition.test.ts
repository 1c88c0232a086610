import { describe, expect, it } from 'vitest';
import { editionOfLanguage, pathInEdition } from '../../../../src/search/client/edition.ts';
import { editions } from '../../../../src/site.ts';

describe('the edition of a page', () => {
  it('is the one whose language the page declares, the Simplified original otherwise', () => {
    expect(editionOfLanguage(editions.traditional.lang)).toBe('traditional');
    expect(editionOfLanguage('zh-hant')).toBe('traditional');
    expect(editionOfLanguage(editions.simplified.lang)).toBe('simplified');
    expect(editionOfLanguage('')).toBe('simplified');
  });
});

describe('pathInEdition', () => {
  it('moves a site path into the Traditional edition, after the base', () => {
    expect(pathInEdition('/articles/x/', '/', 'traditional')).toBe('/zh-hant/articles/x/');
    expect(pathInEdition('/archive/articles/x/', '/archive/', 'traditional')).toBe('/archive/zh-hant/articles/x/');
    expect(pathInEdition('/archive/articles/x/', '/archive', 'traditional')).toBe('/archive/zh-hant/articles/x/');
  });

  it('leaves Simplified paths, paths already in the edition and paths outside the base as they are', () => {
    expect(pathInEdition('/articles/x/', '/', 'simplified')).toBe('/articles/x/');
    expect(pathInEdition('/zh-hant/articles/x/', '/', 'traditional')).toBe('/zh-hant/articles/x/');
    expect(pathInEdition('/elsewhere/x/', '/archive/', 'traditional')).toBe('/elsewhere/x/');
  });
});
