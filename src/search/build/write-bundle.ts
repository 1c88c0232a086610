import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { SEARCH_BUNDLE_FOLDER, TEXT_NUMBER_SORT, textFilePath, type SearchEdition } from '../shared/contract.ts';
import { serializeDocument, type SearchDocument } from '../shared/document.ts';
import { foldForSearch } from '../shared/normalize.ts';
import { toSimplifiedWith, type T2sTable } from '../shared/t2s.ts';
import { indexTokens } from '../shared/tokens.ts';
import { extractSearchDocument } from './extract.ts';
import { buildT2sTable, writeT2sTable } from './t2s-table.ts';
import { traditionalDocument } from './traditional-text.ts';

/** Pseudo-language of the bundle's records: one Pagefind neither stems nor segments. */
const RECORD_LANGUAGE = 'zz';
/** Articles read and handed to Pagefind at the same time during indexing. */
const ARTICLES_IN_FLIGHT = 32;
/** Files Pagefind writes for its own UIs, which this site does not use. */
const UNUSED_PAGEFIND_FILES = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/** What a finished bundle holds. */
export interface SearchBundleSummary {
  articles: number;
  traditionalCharacters: number;
}

/** The record Pagefind indexes for an article: its text's tokens, folded and converted to Simplified as queries are. */
function recordContent(document: SearchDocument, t2sTable: T2sTable): string {
  // A separator token between blocks keeps a phrase from matching across two paragraphs.
  return document.blocks
    .map((block) => indexTokens(toSimplifiedWith(t2sTable, foldForSearch(block.text))).join(' '))
    .join(' . ');
}

/** Writes article `textNumber`'s text for both editions: as read from its page, and converted to Traditional. */
async function writeTexts(bundleDir: string, textNumber: number, document: SearchDocument): Promise<void> {
  const texts: [SearchEdition, SearchDocument][] = [
    ['simplified', document],
    ['traditional', traditionalDocument(document)],
  ];
  await Promise.all(
    texts.map(async ([edition, text]) => {
      const file = join(bundleDir, textFilePath(textNumber, edition));
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, gzipSync(serializeDocument(text), { level: 9 }));
    }),
  );
}

/** A built HTML page: its file and the URL path it is served at. */
export interface PageFile {
  file: string;
  url: string;
}

/**
 * Writes the search bundle of a built site into `<outDir>/search-index/`: a Pagefind index whose
 * records are the articles' character bigrams (see ../shared/tokens.ts), each article's text as a
 * numbered file per edition (the Traditional one converted, ./traditional-text.ts), and the Traditional →
 * Simplified table. Pages without a data-pagefind-body article are not indexed.
 */
export async function writeSearchBundle(outDir: string, pages: readonly PageFile[]): Promise<SearchBundleSummary> {
  const bundleDir = join(outDir, SEARCH_BUNDLE_FOLDER);
  await rm(bundleDir, { recursive: true, force: true });
  const t2sTable = buildT2sTable();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let articles = 0;
  // Pagefind indexes records in its own process: keep a few in flight rather than one at a time.
  for (let start = 0; start < pages.length; start += ARTICLES_IN_FLIGHT) {
    const batch = pages.slice(start, start + ARTICLES_IN_FLIGHT);
    const documents = (
      await Promise.all(
        batch.map(async ({ file, url }) => {
          const html = await readFile(file, 'utf8');
          return html.includes('data-pagefind-body') ? extractSearchDocument(html, url) : undefined;
        }),
      )
    ).filter((document): document is SearchDocument => document !== undefined);
    // Text numbers follow the page list (sorted by file), so a rebuild of the same site writes the same files.
    const numbered = documents.map((document) => ({ document, textNumber: articles++ }));
    await Promise.all(
      numbered.map(async ({ document, textNumber }) => {
        const added = await index.addCustomRecord({
          url: document.url,
          content: recordContent(document, t2sTable),
          language: RECORD_LANGUAGE,
          meta: { title: document.title },
          sort: { [TEXT_NUMBER_SORT]: String(textNumber) },
        });
        if (added.errors.length > 0) throw new Error(`search index: ${document.url}: ${added.errors.join('; ')}`);
        await writeTexts(bundleDir, textNumber, document);
      }),
    );
  }
  const written = await index.writeFiles({ outputPath: bundleDir });
  if (written.errors.length > 0) throw new Error(`search index could not be written: ${written.errors.join('; ')}`);
  await pagefind.close();
  for (const name of await readdir(bundleDir)) {
    if (UNUSED_PAGEFIND_FILES.test(name)) await rm(join(bundleDir, name));
  }
  await writeT2sTable(bundleDir, t2sTable);
  return { articles, traditionalCharacters: t2sTable.size };
}
