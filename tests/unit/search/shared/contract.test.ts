import { describe, expect, it } from 'vitest';
import { bundleUrl, t2sBlockPath, t2sVariantsBlockPath, textFilePath } from '../../../../src/search/shared/contract.ts';

describe('search bundle layout', () => {
  it('keeps one text file per article and edition, under the same number', () => {
    expect(textFilePath(7, 'simplified')).toBe('text/7.pf_text');
    expect(textFilePath(7, 'traditional')).toBe('text-hant/7.pf_text');
  });

  it('names the T→S table and its classes by block, in separate folders', () => {
    expect(t2sBlockPath('5e')).toBe('t2s/5e.json');
    expect(t2sVariantsBlockPath('5e')).toBe('t2s-variants/5e.json');
    expect(t2sVariantsBlockPath('5e')).not.toBe(t2sBlockPath('5e'));
  });

  it('serves one bundle for both editions, under the base path only', () => {
    expect(bundleUrl('/')).toBe('/search-index/');
    expect(bundleUrl('/archive')).toBe('/archive/search-index/');
  });
});
