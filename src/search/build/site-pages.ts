import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { editions } from '../../site.ts';
import { builtPageUrl } from '../../integrations/built-pages.ts';
import type { PageFile } from './write-bundle.ts';

/**
 * The Simplified HTML pages of a built site in `outDir` (the Traditional edition's copies under its
 * prefix left out, as the search reads the originals), sorted by file, with the URL path each is served
 * at under `base`: what `astro build` hands its integrations, found again from the files.
 */
export async function pagesOfBuiltSite(outDir: string, base: string): Promise<PageFile[]> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  const traditionalPrefix: string = editions.traditional.pathPrefix;
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
    .filter(
      (file) => traditionalPrefix === '' || !relative(outDir, file).split(sep).join('/').startsWith(traditionalPrefix),
    )
    .map((file) => ({ file, url: builtPageUrl(outDir, file, base) }));
}
