import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import pMap from 'p-map';
import * as pagefind from 'pagefind';
import { ARTICLE_FILTERS, TEXT_NUMBER_SORT, textFilePath, type SearchEdition } from '../shared/contract.ts';
import { serializeDocument, type SearchDocument } from '../shared/document.ts';
import { sourceFilterValue } from '../shared/filters.ts';
import { foldForSearch } from '../shared/normalize.ts';
import { toSimplifiedWith, type T2sTable } from '../shared/t2s.ts';
import { indexTokens } from '../shared/tokens.ts';
import { traditionalDocument } from './traditional-text.ts';

/** Pseudo-language of the bundle's records: one Pagefind neither stems nor segments. */
const RECORD_LANGUAGE = 'zz';
/** Records handed to Pagefind at the same time (it indexes them in its own process). */
const RECORDS_IN_FLIGHT = 32;
/** Files Pagefind writes for its own UIs, which this site does not use. */
const UNUSED_PAGEFIND_FILES = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/** The record Pagefind indexes for an article: its text's tokens, folded and converted to Simplified as queries are. */
function recordContent(document: SearchDocument, t2sTable: T2sTable): string {
  // A separator token between blocks keeps a phrase from matching across two paragraphs.
  return document.blocks
    .map((block) => indexTokens(toSimplifiedWith(t2sTable, foldForSearch(block.text))).join(' '))
    .join(' . ');
}

/** The record's filters (see ARTICLE_FILTERS): its year, month and, if it names one, its source. */
function recordFilters(document: SearchDocument, t2sTable: T2sTable): Record<string, string[]> {
  const filters: Record<string, string[]> = {
    [ARTICLE_FILTERS.year]: [document.date.slice(0, 4)],
    [ARTICLE_FILTERS.month]: [document.date.slice(0, 7)],
  };
  const source = sourceFilterValue(document.source, (text) => toSimplifiedWith(t2sTable, text));
  if (source !== '') filters[ARTICLE_FILTERS.source] = [source];
  return filters;
}

/** Writes article `textNumber`'s text for both editions: as read from its page, and converted to Traditional. */
async function writeTexts(folder: string, textNumber: number, document: SearchDocument): Promise<void> {
  const texts: [SearchEdition, SearchDocument][] = [
    ['simplified', document],
    ['traditional', traditionalDocument(document)],
  ];
  await Promise.all(
    texts.map(async ([edition, text]) => {
      const file = join(folder, textFilePath(textNumber, edition));
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, gzipSync(serializeDocument(text), { level: 9 }));
    }),
  );
}

/**
 * Writes one part of the index into `folder` (emptied first): a Pagefind bundle whose records are the
 * articles' character bigrams (see ../shared/tokens.ts), and each article's text per edition, numbered
 * in the order given. The Pagefind process is closed afterwards, so its memory is returned before the
 * next part is built.
 */
export async function writePartBundle(
  folder: string,
  documents: readonly SearchDocument[],
  t2sTable: T2sTable,
): Promise<void> {
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    await pMap(
      documents,
      async (document, textNumber) => {
        const added = await index.addCustomRecord({
          url: document.url,
          content: recordContent(document, t2sTable),
          language: RECORD_LANGUAGE,
          // No metadata: the page reads titles from the texts, and Pagefind would index a title's raw
          // words too, which no query of the page's ever looks up.
          filters: recordFilters(document, t2sTable),
          sort: { [TEXT_NUMBER_SORT]: String(textNumber) },
        });
        if (added.errors.length > 0) throw new Error(`search index: ${document.url}: ${added.errors.join('; ')}`);
        await writeTexts(folder, textNumber, document);
      },
      { concurrency: RECORDS_IN_FLIGHT },
    );
    const written = await index.writeFiles({ outputPath: folder });
    if (written.errors.length > 0) throw new Error(`search index could not be written: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  for (const name of await readdir(folder)) {
    if (UNUSED_PAGEFIND_FILES.test(name)) await rm(join(folder, name));
  }
}
