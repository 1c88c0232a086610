import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import pMap from 'p-map';
import { editions } from '../site.ts';
import type { PublishedAt } from '../editions/traditional-page.ts';
import { withEditionAlternates } from '../editions/sitemap-alternates.ts';
import { afterBuildIntegration } from './built-pages.ts';
import { codeStamp } from './code-stamp.ts';
import { DerivedFiles, derivationKey } from './derived-files.ts';
import { isSitemapFile } from './sitemap-stylesheet.ts';
import { convertFile, type ConversionJob } from './traditional-conversion.ts';
import { conversionThreads, convertInThreads } from './traditional-threads.ts';

/** Files of the build besides its pages that each edition has its own copy of. */
const EDITION_FILE = /^(?:rss\.xml|articles\/[^/]+\/citation\.(?:ris|bib))$/;
/** Files read, converted and written at the same time. */
const FILES_IN_FLIGHT = 16;
async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** The modules and data the conversion is made by: a change to any of them converts every file again. */
const CONVERSION_INPUTS = {
  modules: ['src/integrations/traditional-edition.ts'],
  dataFiles: ['content/traditional-exceptions.txt'],
};

/** A file of the build that needs its Traditional copy. */
interface EditionFile {
  file: string;
  kind: 'page' | 'text';
}

/** A file the cache had no copy of: converted in the second pass. */
interface Conversion extends ConversionJob {
  key: string;
}

/**
 * Writes the Traditional edition of the built site under its prefix (`zh-hant/`): a converted copy of
 * every page, of the feed and of the citation files (src/editions/traditional-page.ts), and lists both
 * editions with their alternates in the sitemap (src/editions/sitemap-alternates.ts). Runs after the
 * sitemap and before the search index (which reads the Simplified pages only), the server
 * configuration and precompression (which then cover both editions). A file converted by an earlier
 * build with the same code and data is linked from the cache (./derived-files.ts); the others are converted.
 */
export function traditionalEdition(): AstroIntegration {
  return afterBuildIntegration('traditional-edition', async ({ pages, outDir, base, site, root, cacheDir, logger }) => {
    const started = performance.now();
    const at: PublishedAt = { origin: new URL(site ?? 'http://localhost:4321').origin, base };
    const editionDir = join(outDir, editions.traditional.pathPrefix);
    const stamp = await codeStamp(root, { ...CONVERSION_INPUTS, settings: [at] });
    const cache = await DerivedFiles.open(join(cacheDir, 'traditional-edition'), stamp);
    const otherFiles = (await filesUnder(outDir)).filter((file) =>
      EDITION_FILE.test(relative(outDir, file).split(sep).join('/')),
    );
    const files: EditionFile[] = [
      ...pages.map((page) => ({ file: page.file, kind: 'page' as const })),
      ...otherFiles.map((file) => ({ file, kind: 'text' as const })),
    ];

    // First pass: every file whose bytes an earlier build converted is copied from the cache.
    const conversions: Conversion[] = [];
    await pMap(
      files,
      async ({ file, kind }) => {
        const target = join(editionDir, relative(outDir, file));
        await mkdir(dirname(target), { recursive: true });
        const key = derivationKey(kind, await readFile(file));
        if (!(await cache.copyTo(key, '', target))) conversions.push({ file, kind, key, target });
      },
      { concurrency: FILES_IN_FLIGHT },
    );

    // Second pass: the rest is converted, in two worker threads when there are many (./traditional-threads.ts).
    const threads = conversionThreads(conversions.length);
    const results =
      threads > 1
        ? await convertInThreads(conversions, at, threads)
        : await pMap(conversions, (conversion) => convertFile(conversion, at), { concurrency: FILES_IN_FLIGHT });
    const leftovers: string[] = [];
    await pMap(
      conversions.entries(),
      async ([index, { file, key, target }]) => {
        const found = results[index]?.leftovers ?? [];
        for (const finding of found.slice(0, 3)) {
          leftovers.push(`${relative(outDir, file)}: "${finding.character}" in "${finding.context}"`);
        }
        if (found.length === 0) await cache.keep(key, '', target);
      },
      { concurrency: FILES_IN_FLIGHT },
    );
    if (leftovers.length > 0) {
      throw new Error(
        `The Traditional edition still has Simplified-only characters:\n  ${leftovers.sort().join('\n  ')}\n` +
          'If a word is meant to stay as written (a name), add it to content/traditional-exceptions.txt.',
      );
    }
    for (const name of (await readdir(outDir)).filter(isSitemapFile)) {
      const file = join(outDir, name);
      await writeFile(file, withEditionAlternates(await readFile(file, 'utf8'), at));
    }
    await cache.pruneUnused();
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    logger.info(
      `wrote the Traditional edition: ${pages.length} pages and ${otherFiles.length} other files in ${seconds} s ` +
        `(converted ${conversions.length}${threads > 1 ? ` in ${threads} threads` : ''}, ` +
        `${files.length - conversions.length} unchanged since the last build)`,
    );
  });
}
