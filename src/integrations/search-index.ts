import type { AstroIntegration } from 'astro';
import { writeSearchBundle } from '../search/build/write-bundle.ts';
import { afterBuildIntegration } from './built-pages.ts';

/** Options of the search index step. */
export interface SearchIndexOptions {
  /** Most articles in one part of the index (default: src/search/build/parts.ts). */
  partLimit?: number;
}

/** Builds the search page's bundle (src/search/build/) from the pages `astro build` has just written. */
export function searchIndex(options: SearchIndexOptions = {}): AstroIntegration {
  return afterBuildIntegration('search-index', async ({ pages, outDir, root, cacheDir, logger }) => {
    const started = performance.now();
    const summary = await writeSearchBundle(outDir, pages, { projectRoot: root, cacheDir, ...options });
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    logger.info(
      `indexed ${summary.articles} articles in ${summary.parts} parts (${summary.partsBuilt} built, ` +
        `${summary.parts - summary.partsBuilt} unchanged) and ${summary.traditionalCharacters} Traditional characters in ${seconds} s`,
    );
  });
}
