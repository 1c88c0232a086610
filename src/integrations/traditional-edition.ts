import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { editions } from '../site.ts';
import {
  simplifiedLeftovers,
  traditionalHtml,
  traditionalTextFile,
  type PublishedAt,
} from '../editions/traditional-page.ts';
import { withEditionAlternates } from '../editions/sitemap-alternates.ts';
import { afterBuildIntegration } from './built-pages.ts';
import { codeStamp } from './code-stamp.ts';
import { DerivedFiles, derivationKey } from './derived-files.ts';
import { isSitemapFile } from './sitemap-stylesheet.ts';

/** Files of the build besides its pages that each edition has its own copy of. */
const EDITION_FILE = /^(?:rss\.xml|articles\/[^/]+\/citation\.(?:ris|bib))$/;
/** Pages converted at the same time (reading, converting and writing overlap). */
const PAGES_IN_FLIGHT = 16;

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** The modules and data the conversion is made by: a change to any of them converts every file again. */
const CONVERSION_INPUTS = {
  modules: ['src/integrations/traditional-edition.ts'],
  dataFiles: ['content/traditional-exceptions.txt'],
};

/**
 * Writes the Traditional edition of the built site under its prefix (`zh-hant/`): a converted copy of
 * every page, of the feed and of the citation files (src/editions/traditional-page.ts), and lists both
 * editions with their alternates in the sitemap (src/editions/sitemap-alternates.ts). Runs after the
 * sitemap and before the search index (which reads the Simplified pages only), the server
 * configuration and precompression (which then cover both editions). A file converted by an earlier
 * build with the same code and data is copied from the cache (./derived-files.ts), not converted again.
 */
export function traditionalEdition(): AstroIntegration {
  return afterBuildIntegration('traditional-edition', async ({ pages, outDir, base, site, root, cacheDir, logger }) => {
    const started = performance.now();
    const at: PublishedAt = { origin: new URL(site ?? 'http://localhost:4321').origin, base };
    const editionDir = join(outDir, editions.traditional.pathPrefix);
    const stamp = await codeStamp(root, { ...CONVERSION_INPUTS, settings: [at] });
    const cache = await DerivedFiles.open(join(cacheDir, 'traditional-edition'), stamp);
    let converted = 0;
    /** Writes the Traditional copy of `file`: from the cache, else by `convert`, which returns undefined when it must not be kept. */
    const copy = async (
      file: string,
      kind: 'page' | 'text',
      convert: (text: string) => Promise<string | undefined> | string,
    ): Promise<void> => {
      const target = join(editionDir, relative(outDir, file));
      await mkdir(dirname(target), { recursive: true });
      const bytes = await readFile(file);
      const key = derivationKey(kind, bytes);
      if (await cache.copyTo(key, '', target)) return;
      const text = await convert(bytes.toString('utf8'));
      converted += 1;
      if (text === undefined) return;
      await writeFile(target, text);
      await cache.store(key, '', text);
    };
    const leftovers: string[] = [];
    // A page with Simplified-only characters left fails the build below, and is not kept: the next build
    // converts it again and reports it again.
    const convertPage = async (file: string, html: string): Promise<string | undefined> => {
      const text = await traditionalHtml(html, at);
      const findings = simplifiedLeftovers(text);
      for (const finding of findings.slice(0, 3)) {
        leftovers.push(`${relative(outDir, file)}: "${finding.character}" in "${finding.context}"`);
      }
      return findings.length === 0 ? text : undefined;
    };
    for (let start = 0; start < pages.length; start += PAGES_IN_FLIGHT) {
      await Promise.all(
        pages
          .slice(start, start + PAGES_IN_FLIGHT)
          .map((page) => copy(page.file, 'page', (html) => convertPage(page.file, html))),
      );
    }
    if (leftovers.length > 0) {
      throw new Error(
        `The Traditional edition still has Simplified-only characters:\n  ${leftovers.join('\n  ')}\n` +
          'If a word is meant to stay as written (a name), add it to content/traditional-exceptions.txt.',
      );
    }
    const otherFiles = (await filesUnder(outDir)).filter((file) =>
      EDITION_FILE.test(relative(outDir, file).split(sep).join('/')),
    );
    for (let start = 0; start < otherFiles.length; start += PAGES_IN_FLIGHT) {
      await Promise.all(
        otherFiles
          .slice(start, start + PAGES_IN_FLIGHT)
          .map((file) => copy(file, 'text', (text) => traditionalTextFile(text, at))),
      );
    }
    for (const name of (await readdir(outDir)).filter(isSitemapFile)) {
      const file = join(outDir, name);
      await writeFile(file, withEditionAlternates(await readFile(file, 'utf8'), at));
    }
    await cache.pruneUnused();
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    const total = pages.length + otherFiles.length;
    logger.info(
      `wrote the Traditional edition: ${pages.length} pages and ${otherFiles.length} other files in ${seconds} s ` +
        `(converted ${converted}, ${total - converted} unchanged since the last build)`,
    );
  });
}
