import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyPart, partFingerprint, PartCache } from '../../../../src/search/build/part-cache.ts';

const first = { url: '/articles/a/', digest: 'aa' };
const pages = [first, { url: '/articles/b/', digest: 'bb' }];

describe('partFingerprint', () => {
  it('changes with the stamp, the key, any page or the order of pages, and only then', () => {
    const base = partFingerprint('stamp', '2020', pages);
    expect(
      partFingerprint(
        'stamp',
        '2020',
        pages.map((page) => ({ ...page })),
      ),
    ).toBe(base);
    expect(partFingerprint('other', '2020', pages)).not.toBe(base);
    expect(partFingerprint('stamp', '2021', pages)).not.toBe(base);
    expect(partFingerprint('stamp', '2020', [first, { url: '/articles/b/', digest: 'bc' }])).not.toBe(base);
    expect(partFingerprint('stamp', '2020', [...pages].reverse())).not.toBe(base);
  });
});

describe('PartCache', () => {
  let folder = '';
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('finds a stored part by key and fingerprint, keeps one version per key and copies without its marker', async () => {
    folder = await mkdtemp(join(tmpdir(), 'part-cache-'));
    const cache = new PartCache(join(folder, 'cache'));
    expect(await cache.find('2020', 'f1')).toBeUndefined();
    const stored = await cache.store('2020', 'f1', (target) => writeFile(join(target, 'a.txt'), 'one'));
    expect(await cache.find('2020', 'f1')).toBe(stored);
    await cache.store('2020', 'f2', (target) => writeFile(join(target, 'a.txt'), 'two'));
    expect(await cache.find('2020', 'f1')).toBeUndefined();
    expect(await readdir(join(folder, 'cache', '2020'))).toEqual(['f2']);
    const current = await cache.find('2020', 'f2');
    expect(current).toBeDefined();
    await copyPart(current ?? '', join(folder, 'out'));
    expect(await readdir(join(folder, 'out'))).toEqual(['a.txt']);
    expect(await readFile(join(folder, 'out', 'a.txt'), 'utf8')).toBe('two');
    await cache.keepOnly(new Set(['2021']));
    expect(await readdir(join(folder, 'cache'))).toEqual([]);
  });

  it('never reuses a part whose build was interrupted', async () => {
    folder = await mkdtemp(join(tmpdir(), 'part-cache-'));
    const cache = new PartCache(join(folder, 'cache'));
    await expect(
      cache.store('2020', 'f1', async () => {
        throw new Error('Pagefind stopped');
      }),
    ).rejects.toThrow('Pagefind stopped');
    expect(await cache.find('2020', 'f1')).toBeUndefined();
  });
});
