import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DerivedFiles, derivationKey, replaceFile } from '../../../src/integrations/derived-files.ts';

describe('derivationKey', () => {
  it('is the same for the same parts and tells apart parts that only concatenate alike', () => {
    const bytes = new TextEncoder().encode('<p>正文</p>');
    expect(derivationKey('5', bytes)).toBe(derivationKey('5', new Uint8Array(bytes)));
    expect(derivationKey('5', bytes)).not.toBe(derivationKey('11', bytes));
    expect(derivationKey('a', 'bc')).not.toBe(derivationKey('ab', 'c'));
  });
});

describe('DerivedFiles', () => {
  let root = '';
  let cacheFolder = '';
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'derived-files-'));
    cacheFolder = join(root, 'cache');
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('copies a stored output byte for byte, and reports a missing one without writing anything', async () => {
    const cache = await DerivedFiles.open(cacheFolder, 'stamp-1');
    const key = derivationKey('page', '<p>简体</p>');
    expect(await cache.copyTo(key, '.html', join(root, 'missing.html'))).toBe(false);
    expect(existsSync(join(root, 'missing.html'))).toBe(false);
    await cache.store(key, '.html', '<p>繁體</p>');
    expect(await cache.copyTo(key, '.html', join(root, 'copy.html'))).toBe(true);
    expect(await readFile(join(root, 'copy.html'), 'utf8')).toBe('<p>繁體</p>');
  });

  it('places an output as a link, and a replaced file of the build leaves the cached output as it was', async () => {
    const cache = await DerivedFiles.open(cacheFolder, 'stamp-1');
    const key = derivationKey('page', '<p>繁體</p>');
    await cache.store(key, '.html', '<p>繁體</p>');
    const first = join(root, 'first.html');
    expect(await cache.copyTo(key, '.html', first)).toBe(true);
    expect(statSync(first).nlink).toBe(2);
    await replaceFile(first, '<p>改过</p>');
    expect(await readFile(first, 'utf8')).toBe('<p>改过</p>');
    const second = join(root, 'second.html');
    expect(await cache.copyTo(key, '.html', second)).toBe(true);
    expect(await readFile(second, 'utf8')).toBe('<p>繁體</p>');
  });

  it('keeps a file the build wrote as an output, without copying it, for the next build', async () => {
    const cache = await DerivedFiles.open(cacheFolder, 'stamp-1');
    const key = derivationKey('page', '<p>头发</p>');
    const written = join(root, 'written.html');
    await replaceFile(written, '<p>頭髮</p>');
    await cache.keep(key, '', written);
    const next = await DerivedFiles.open(cacheFolder, 'stamp-1');
    const placed = join(root, 'placed.html');
    expect(await next.copyTo(key, '', placed)).toBe(true);
    expect(await readFile(placed, 'utf8')).toBe('<p>頭髮</p>');
    expect(statSync(placed).ino).toBe(statSync(written).ino);
  });

  it('keeps its outputs for a later build with the same stamp and drops them all when the stamp changes', async () => {
    const key = derivationKey('x');
    await (await DerivedFiles.open(cacheFolder, 'stamp-1')).store(key, '.gz', 'bytes');
    expect(await (await DerivedFiles.open(cacheFolder, 'stamp-1')).copyTo(key, '.gz', join(root, 'a'))).toBe(true);
    expect(await (await DerivedFiles.open(cacheFolder, 'stamp-2')).copyTo(key, '.gz', join(root, 'b'))).toBe(false);
  });

  it('prunes what a build neither copied nor stored, keeping what it used', async () => {
    const [kept, stored, dropped] = [derivationKey('kept'), derivationKey('stored'), derivationKey('dropped')];
    const first = await DerivedFiles.open(cacheFolder, 'stamp-1');
    await first.store(kept, '.br', 'k');
    await first.store(dropped, '.br', 'd');
    const second = await DerivedFiles.open(cacheFolder, 'stamp-1');
    await second.copyTo(kept, '.br', join(root, 'kept.br'));
    await second.store(stored, '.br', 's');
    expect(await second.pruneUnused()).toBe(1);
    const left = (await readdir(cacheFolder, { recursive: true })).filter((name) => name.endsWith('.br')).sort();
    expect(left.map((name) => name.slice(3))).toEqual([`${kept}.br`, `${stored}.br`].sort());
  });
});
