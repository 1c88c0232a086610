import { describe, expect, it } from 'vitest';
import {
  bundleUrl,
  parsePartsManifest,
  partFolder,
  t2sBlockPath,
  t2sVariantsBlockPath,
  textFilePath,
} from '../../../../src/search/shared/contract.ts';

describe('search bundle layout', () => {
  it('keeps one text file per article and edition, under the same number', () => {
    expect(textFilePath(7, 'simplified')).toBe('text/7.jsongz');
    expect(textFilePath(7, 'traditional')).toBe('text-hant/7.jsongz');
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

  it('keeps each part of the index in its own folder, listed newest first in a manifest it checks', () => {
    expect(partFolder('2020-03')).toBe('parts/2020-03/');
    const part = { key: '2020', articles: 2, firstDate: '2020-02-08', lastDate: '2020-03-03', fingerprint: 'ab12' };
    expect(parsePartsManifest({ parts: [part] })).toEqual({ parts: [part] });
    expect(() => parsePartsManifest({ parts: [{ ...part, key: '../x' }] })).toThrow(/part 0 is malformed/);
    expect(() => parsePartsManifest({})).toThrow(/no list of parts/);
  });
});
