import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pagesOfBuiltSite } from '../../../../src/search/build/site-pages.ts';

describe('pagesOfBuiltSite', () => {
  let folder = '';
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('lists the Simplified pages with their URLs under the base, leaving out the Traditional copies', async () => {
    folder = await mkdtemp(join(tmpdir(), 'site-pages-'));
    for (const path of [
      'index.html',
      '404.html',
      'articles/a/index.html',
      'zh-hant/articles/a/index.html',
      'rss.xml',
    ]) {
      await mkdir(dirname(join(folder, path)), { recursive: true });
      await writeFile(join(folder, path), '');
    }
    const pages = await pagesOfBuiltSite(folder, '/archive');
    expect(pages.map((page) => page.url)).toEqual(['/archive/404.html', '/archive/articles/a/', '/archive/']);
    expect(pages.map((page) => page.file)).toEqual(
      ['404.html', 'articles/a/index.html', 'index.html'].map((path) => join(folder, path)),
    );
  });
});
