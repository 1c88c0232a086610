import type { AstroIntegration } from 'astro';
import { writeSearchBundle } from '../search/build/write-bundle.ts';
import { afterBuildIntegration } from './built-pages.ts';

/** Builds the search page's bundle (src/search/build/) from the pages `astro build` has just written. */
export function searchIndex(): AstroIntegration {
  return afterBuildIntegration('search-index', async ({ pages, outDir, logger }) => {
    const started = performance.now();
    const summary = await writeSearchBundle(outDir, pages);
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    logger.info(
      `indexed ${summary.articles} articles and ${summary.traditionalCharacters} Traditional characters in ${seconds} s`,
    );
  });
}
