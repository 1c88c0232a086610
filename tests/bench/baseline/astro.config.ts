// The bare baseline of the scale benchmark: the same Markdown corpus as a plain Astro site
// (one page per article) with a plain Pagefind index, and none of the archive's features.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import type { AstroIntegration } from 'astro';
import { writeStockPagefindIndex } from '../../support/pagefind.ts';

/** Pagefind's Node API run once after the build, as it ships, logging its time the way the archive's integration does. */
function plainPagefind(): AstroIntegration {
  return {
    name: 'plain-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir).replace(/\/$/, '');
        const started = performance.now();
        const pageCount = await writeStockPagefindIndex(outDir);
        logger.info(`indexed ${pageCount} pages in ${((performance.now() - started) / 1000).toFixed(2)} s`);
      },
    },
  };
}

export default defineConfig({
  site: 'http://localhost:4321',
  trailingSlash: 'always',
  outDir: process.env['BENCH_OUT_DIR'] ?? './dist',
  cacheDir: process.env['BENCH_CACHE_DIR'] ?? './node_modules/.astro',
  build: { format: 'directory' },
  // `## heading {#id}` is plain Markdown syntax the corpus uses; the feature is switched on as in the archive.
  markdown: { syntaxHighlight: false, processor: satteri({ features: { headingAttributes: true } }) },
  integrations: [plainPagefind()],
});
