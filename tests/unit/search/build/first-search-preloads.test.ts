import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addFirstSearchPreloads,
  FIRST_SEARCH_MARKER,
  firstSearchFiles,
  withFirstSearchPreloads,
  type FirstSearchFile,
} from '../../../../src/search/build/first-search-preloads.ts';
import type { SearchPart } from '../../../../src/search/shared/contract.ts';

const PART: SearchPart = {
  key: '2020',
  articles: 2,
  firstDate: '2020-02-08',
  lastDate: '2020-03-03',
  fingerprint: 'f7b875757115f6fc0ad7',
};
const FILES: FirstSearchFile[] = [
  {
    path: 'parts/2020/pagefind-entry.json?ts=f7b875757115f6fc0ad7',
    attributes: { 'data-search-part': '2020', 'data-search-fingerprint': 'f7b875757115f6fc0ad7' },
  },
  { path: 'parts/2020/pagefind.zz_a017829ed2.pf_meta' },
  { path: 'parts/2020/wasm.unknown.pagefind' },
];
const MARKED = `<link rel="preload" href="/archive/search-index/parts.json" as="fetch" crossorigin="anonymous" ${FIRST_SEARCH_MARKER}="true">`;
const PAGE = `<html><head><meta charset="utf-8">${MARKED}<link rel="stylesheet" href="/s.css"></head><body></body></html>`;

let folder = '';
afterEach(async () => {
  if (folder !== '') await rm(folder, { recursive: true, force: true });
  folder = '';
});

async function writeFiles(files: Readonly<Record<string, string>>): Promise<void> {
  folder = await mkdtemp(join(tmpdir(), 'first-search-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(folder, path)), { recursive: true });
    await writeFile(join(folder, path), text);
  }
}

describe('firstSearchFiles', () => {
  it('names the entry as Pagefind asks for it, with the part, and the metadata and WebAssembly it names', async () => {
    await writeFiles({
      'pagefind-entry.json': JSON.stringify({
        version: '1.6.0',
        languages: { zz: { hash: 'zz_a017829ed2', wasm: null, page_count: 2 } },
      }),
    });
    expect(await firstSearchFiles(folder, PART)).toEqual(FILES);
  });

  it('takes the WebAssembly of the index’s language when the entry names one', async () => {
    await writeFiles({
      'pagefind-entry.json': JSON.stringify({ languages: { en: { hash: 'en_1', wasm: 'en', page_count: 1 } } }),
    });
    expect((await firstSearchFiles(folder, PART)).slice(1)).toEqual([
      { path: 'parts/2020/pagefind.en_1.pf_meta' },
      { path: 'parts/2020/wasm.en.pagefind' },
    ]);
  });

  it('stops with the file named when the entry does not name exactly one index', async () => {
    await writeFiles({
      'pagefind-entry.json': JSON.stringify({
        languages: { zz: { hash: 'zz_1', wasm: null }, en: { hash: 'en_1', wasm: 'en' } },
      }),
    });
    await expect(firstSearchFiles(folder, PART)).rejects.toThrow(/pagefind-entry\.json does not name one index/);
  });
});

describe('withFirstSearchPreloads', () => {
  it('adds a preload for each file after the marked link, under the bundle its URL gives', () => {
    const links =
      '<link rel="preload" href="/archive/search-index/parts/2020/pagefind-entry.json?ts=f7b875757115f6fc0ad7" as="fetch" crossorigin="anonymous" data-search-part="2020" data-search-fingerprint="f7b875757115f6fc0ad7">' +
      '<link rel="preload" href="/archive/search-index/parts/2020/pagefind.zz_a017829ed2.pf_meta" as="fetch" crossorigin="anonymous">' +
      '<link rel="preload" href="/archive/search-index/parts/2020/wasm.unknown.pagefind" as="fetch" crossorigin="anonymous">';
    expect(withFirstSearchPreloads(PAGE, FILES)).toBe(PAGE.replace(MARKED, `${MARKED}${links}`));
  });

  it('is idempotent, and leaves a page without the marked link alone', () => {
    const once = withFirstSearchPreloads(PAGE, FILES);
    expect(withFirstSearchPreloads(once, FILES)).toBe(once);
    const unmarked = '<html><head><link rel="preload" href="/search-index/parts.json" as="fetch"></head></html>';
    expect(withFirstSearchPreloads(unmarked, FILES)).toBe(unmarked);
  });
});

describe('addFirstSearchPreloads', () => {
  it('rewrites each search page and its Traditional copy, and reports the files it changed', async () => {
    await writeFiles({ 'search/index.html': PAGE, 'zh-hant/search/index.html': PAGE, 'about/index.html': PAGE });
    const changed = await addFirstSearchPreloads(folder, [join(folder, 'search/index.html')], FILES);
    expect(changed).toEqual([join(folder, 'search/index.html'), join(folder, 'zh-hant/search/index.html')]);
    for (const path of ['search/index.html', 'zh-hant/search/index.html']) {
      expect(await readFile(join(folder, path), 'utf8')).toBe(withFirstSearchPreloads(PAGE, FILES));
    }
    expect(await readFile(join(folder, 'about/index.html'), 'utf8')).toBe(PAGE);
  });
});
