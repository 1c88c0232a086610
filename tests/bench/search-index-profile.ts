// Times the steps of the archive's search bundle (src/search/build/write-bundle.ts) one by one
// on an already built site, with the product's own functions, to show where its build time goes.
// Run: `npm run bench -- --profile-search-index <built site folder>`.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { serializeDocument, type SearchDocument } from '../../src/search/shared/document.ts';
import { extractSearchDocument } from '../../src/search/build/extract.ts';
import { buildT2sTable } from '../../src/search/build/t2s-table.ts';
import { foldForSearch } from '../../src/search/shared/normalize.ts';
import { indexTokens } from '../../src/search/shared/tokens.ts';
import { SEARCH_BODY_ATTRIBUTE } from '../../src/search/shared/text-marks.ts';

/** Seconds each step of the search-index integration took on one built site. */
export interface SearchIndexProfile {
  articles: number;
  /** Reading every HTML file and extracting the article text (ultrahtml parse). */
  extractSeconds: number;
  /** Folding and spelling the text as bigram tokens. */
  tokenizeSeconds: number;
  /** Pagefind: one `addCustomRecord` call at a time, as the integration does, then `writeFiles`. */
  pagefindSequentialSeconds: number;
  /** The same records sent to Pagefind in batches of 64 concurrent calls, then `writeFiles`. */
  pagefindConcurrentSeconds: number;
  /** gzip level 9 of every article's text file, as the integration writes them. */
  gzipTextsSeconds: number;
  /** The same with gzip level 6. */
  gzipTextsLevel6Seconds: number;
  /** The Traditional → Simplified table (three opencc converters over every Han code point). */
  t2sTableSeconds: number;
  /** Tokens per article on average (the size of each custom record). */
  meanTokensPerArticle: number;
}

async function timed<T>(work: () => Promise<T> | T): Promise<{ value: T; seconds: number }> {
  const started = performance.now();
  const value = await work();
  return { value, seconds: (performance.now() - started) / 1000 };
}

async function pagefindRun(
  records: { url: string; content: string; title: string }[],
  concurrency: number,
  outDir: string,
): Promise<void> {
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error('Pagefind could not start');
  for (let start = 0; start < records.length; start += concurrency) {
    await Promise.all(
      records.slice(start, start + concurrency).map((record) =>
        index.addCustomRecord({
          url: record.url,
          content: record.content,
          language: 'zz',
          meta: { title: record.title },
        }),
      ),
    );
  }
  await index.writeFiles({ outputPath: outDir });
  await pagefind.close();
}

/** Profiles the search-index steps on the built site in `siteRoot`; writes scratch bundles under `scratchDir`. */
export async function profileSearchIndex(siteRoot: string, scratchDir: string): Promise<SearchIndexProfile> {
  const files = (await readdir(siteRoot, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
  const extracted = await timed(async () => {
    const documents: SearchDocument[] = [];
    for (const file of files) {
      const html = await readFile(file, 'utf8');
      if (!html.includes(SEARCH_BODY_ATTRIBUTE)) continue;
      const url = `/${relative(siteRoot, file)
        .split(sep)
        .join('/')
        .replace(/(^|\/)index\.html$/, '$1')}`;
      const document = extractSearchDocument(html, url);
      if (document) documents.push(document);
    }
    return documents;
  });
  const documents = extracted.value;
  const tokenized = await timed(() =>
    documents.map((document) => ({
      url: document.url,
      title: document.title,
      content: document.blocks.map((block) => indexTokens(foldForSearch(block.text)).join(' ')).join(' . '),
    })),
  );
  const sequential = await timed(() => pagefindRun(tokenized.value, 1, join(scratchDir, 'sequential')));
  const concurrent = await timed(() => pagefindRun(tokenized.value, 64, join(scratchDir, 'concurrent')));
  const gzipLevel9 = await timed(() =>
    documents.forEach((document) => gzipSync(serializeDocument(document), { level: 9 })),
  );
  const gzipLevel6 = await timed(() =>
    documents.forEach((document) => gzipSync(serializeDocument(document), { level: 6 })),
  );
  const t2s = await timed(() => buildT2sTable().size);
  const tokens = tokenized.value.reduce((sum, record) => sum + record.content.split(' ').length, 0);
  return {
    articles: documents.length,
    extractSeconds: extracted.seconds,
    tokenizeSeconds: tokenized.seconds,
    pagefindSequentialSeconds: sequential.seconds,
    pagefindConcurrentSeconds: concurrent.seconds,
    gzipTextsSeconds: gzipLevel9.seconds,
    gzipTextsLevel6Seconds: gzipLevel6.seconds,
    t2sTableSeconds: t2s.seconds,
    meanTokensPerArticle: Math.round(tokens / Math.max(1, documents.length)),
  };
}
