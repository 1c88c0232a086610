import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { articleMarkdown } from './src/markdown/article-markdown.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { modulePreloads } from './src/integrations/module-preloads.ts';
import { precompress } from './src/integrations/precompress.ts';
import { setAsidePreviousOutput } from './src/integrations/previous-output.ts';
import { contentSecurityPolicy, serverConfiguration } from './src/integrations/security-headers.ts';
import { siteUrlWarning } from './src/integrations/site-url-warning.ts';
import { settings } from './src/environment/settings.ts';
import { sitemapStylesheet } from './src/integrations/sitemap-stylesheet.ts';
import { traditionalEdition } from './src/integrations/traditional-edition.ts';
import { textSizeScriptHash } from './src/components/text-size-script.ts';
import { filtersFoldScriptHash } from './src/components/filters-fold-script.ts';

// Deployment settings (SITE_URL, BASE_PATH), the folders and the search index's parts come from the
// environment, read and checked in src/environment/settings.ts.
export default defineConfig({
  site: settings.siteUrl,
  base: settings.basePath,
  trailingSlash: 'always',
  // Tests and benchmarks build several variants side by side.
  outDir: settings.outDir,
  cacheDir: settings.cacheDir,
  build: { format: 'directory' },
  experimental: {
    // A page whose getStaticPaths() cacheKey (src/articles/cache-keys.ts) and code are unchanged since the
    // last build with the same cacheDir is copied from that build, not rendered again.
    incrementalBuild: true,
  },
  // Components keep their own styles in the source, but readers get them as one stylesheet that every
  // page shares (cached after the first page) instead of a stylesheet per route.
  vite: { build: { cssCodeSplit: false } },
  markdown: {
    // News text has no code blocks; Shiki's inline styles would also defeat the CSP.
    syntaxHighlight: false,
    // The article pages render with the same options (src/articles/article-body.ts).
    processor: satteri(articleMarkdown),
  },
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [...contentSecurityPolicy.directives],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [textSizeScriptHash, filtersFoldScriptHash],
      },
      styleDirective: { resources: ["'self'"] },
    },
  },
  integrations: [
    siteUrlWarning(settings.siteUrlGiven),
    mdx(),
    sitemap({
      filter: (page) => !/\/(search|404)\/?$/.test(new URL(page).pathname),
    }),
    // After the sitemap is written, before it is compressed: links it to public/sitemap.xsl.
    sitemapStylesheet(),
    // Preloads each page's module scripts from its head; before the Traditional edition copies the pages.
    modulePreloads(),
    // Copies every page into the Traditional edition; before the search index, which reads only the
    // Simplified pages, and before the server configuration and precompression, which cover both.
    traditionalEdition(),
    searchIndex({ partLimit: settings.searchPartLimit, separateJobs: settings.searchInSeparateJobs }),
    serverConfiguration(),
    precompress(),
    // Last: moves the previous output aside when a build starts, and waits for its deletion at the end.
    setAsidePreviousOutput(),
  ],
});
