import type { AstroIntegration } from 'astro';
import { writeSearchBundle } from '../search/build/write-bundle.ts';
import { afterBuildIntegration } from './built-pages.ts';

/** Options of the search index step. */
export interface SearchIndexOptions {
  /** Most articles in one part of the index (default: src/search/build/parts.ts). */
  partLimit?: number | undefined;
  /** Leaves the index to separate jobs (src/search/build/cli.ts), which build its parts and assemble it. */
  separateJobs?: boolean;
}

/** Builds the search page's bundle (src/search/build/) from the pages `astro build` has just written. */
export function searchIndex({ partLimit, separateJobs = false }: SearchIndexOptions = {}): AstroIntegration {
  return afterBuildIntegration('search-index', async ({ pages, outDir, root, cacheDir, logger }) => {
    if (separateJobs) {
      logger.info(
        'left to separate jobs (ARCHIVE_SEARCH_INDEX=separate): `npm run search-index -- plan|part|assemble`',
      );
      return;
    }
    const started = performance.now();
    const summary = await writeSearchBundle(outDir, pages, { projectRoot: root, cacheDir, partLimit });
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    logger.info(
      `indexed ${summary.articles} articles in ${summary.parts} parts (${summary.partsBuilt} built, ` +
        `${summary.parts - summary.partsBuilt} unchanged) and ${summary.traditionalCharacters} Traditional characters in ${seconds} s`,
    );
  });
}
