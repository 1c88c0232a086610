import { describe, expect, it } from 'vitest';
import { isTraditionalPath, simplifiedPath, traditionalPath } from '../../../src/editions/edition-paths.ts';

describe('edition paths', () => {
  it('puts the Traditional prefix right after the base, and takes it away', () => {
    expect(traditionalPath('/articles/x/', '/')).toBe('/zh-hant/articles/x/');
    expect(traditionalPath('/', '/')).toBe('/zh-hant/');
    expect(traditionalPath('/archive/search/', '/archive/')).toBe('/archive/zh-hant/search/');
    expect(traditionalPath('/archive/search/', '/archive')).toBe('/archive/zh-hant/search/');
    expect(simplifiedPath('/archive/zh-hant/months/2020-03/', '/archive/')).toBe('/archive/months/2020-03/');
    expect(simplifiedPath('/zh-hant/', '/')).toBe('/');
  });

  it('leaves a path of the target edition as it is', () => {
    expect(traditionalPath('/zh-hant/articles/x/', '/')).toBe('/zh-hant/articles/x/');
    expect(simplifiedPath('/articles/x/', '/')).toBe('/articles/x/');
    expect(isTraditionalPath('/zh-hant/', '/')).toBe(true);
    expect(isTraditionalPath('/zh-hantx/', '/')).toBe(false);
  });
});
