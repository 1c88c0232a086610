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
import { isSitemapFile } from './sitemap-stylesheet.ts';

/** Files of the build besides its pages that each edition has its own copy of. */
const EDITION_FILE = /^(?:rss\.xml|articles\/[^/]+\/citation\.(?:ris|bib))$/;
/** Pages converted at the same time (reading, converting and writing overlap). */
const PAGES_IN_FLIGHT = 16;

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Writes the Traditional edition of the built site under its prefix (`zh-hant/`): a converted copy of
 * every page, of the feed and of the citation files (src/editions/traditional-page.ts), and lists both
 * editions with their alternates in the sitemap (src/editions/sitemap-alternates.ts). Runs after the
 * sitemap and before the search index (which reads the Simplified pages only), the server
 * configuration and precompression (which then cover both editions).
 */
export function traditionalEdition(): AstroIntegration {
  return afterBuildIntegration('traditional-edition', async ({ pages, outDir, base, site, logger }) => {
    const started = performance.now();
    const at: PublishedAt = { origin: new URL(site ?? 'http://localhost:4321').origin, base };
    const editionDir = join(outDir, editions.traditional.pathPrefix);
    const copy = async (file: string, convert: (text: string) => Promise<string> | string): Promise<void> => {
      const target = join(editionDir, relative(outDir, file));
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, await convert(await readFile(file, 'utf8')));
    };
    const leftovers: string[] = [];
    const convertPage = async (file: string, html: string): Promise<string> => {
      const converted = await traditionalHtml(html, at);
      for (const finding of simplifiedLeftovers(converted).slice(0, 3)) {
        leftovers.push(`${relative(outDir, file)}: "${finding.character}" in "${finding.context}"`);
      }
      return converted;
    };
    for (let start = 0; start < pages.length; start += PAGES_IN_FLIGHT) {
      await Promise.all(
        pages
          .slice(start, start + PAGES_IN_FLIGHT)
          .map((page) => copy(page.file, (html) => convertPage(page.file, html))),
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
    await Promise.all(otherFiles.map((file) => copy(file, (text) => traditionalTextFile(text, at))));
    for (const name of (await readdir(outDir)).filter(isSitemapFile)) {
      const file = join(outDir, name);
      await writeFile(file, withEditionAlternates(await readFile(file, 'utf8'), at));
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    logger.info(
      `wrote the Traditional edition: ${pages.length} pages and ${otherFiles.length} other files in ${seconds} s`,
    );
  });
}
