import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as OpenCC from 'opencc-js/t2cn';
import * as pagefind from 'pagefind';
import { serializeDocument, type SearchDocument } from '../lib/search-document.ts';
import { extractSearchDocument } from '../lib/search-extract.ts';
import { foldForSearch, isHan } from '../lib/search-normalize.ts';
import { indexTokens } from '../lib/search-tokens.ts';
import { t2sBlockName, toSimplifiedWith } from '../lib/search-t2s.ts';

/** Folder of the search page's own Pagefind bundle, relative to the site root. */
export const SEARCH_BUNDLE_FOLDER = 'search-index';
/** Folder (inside the bundle) of the articles' text files, named like Pagefind's page hashes. */
export const SEARCH_TEXT_FOLDER = 'text';
/** Extension of a text file: gzipped JSON, named so hosts serve it as bytes, as Pagefind does its own files. */
export const SEARCH_TEXT_EXTENSION = '.pf_text';
/** Pseudo-language of the bundle's records: one Pagefind neither stems nor segments. */
const RECORD_LANGUAGE = 'zz';
/** Articles read and handed to Pagefind at the same time during indexing. */
const ARTICLES_IN_FLIGHT = 32;
/** Files Pagefind writes for its own UIs, which this site does not use. */
const UNUSED_PAGEFIND_FILES = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;
/** Highest code point that may be a Chinese character (end of the CJK extension planes). */
const LAST_HAN_CODE_POINT = 0x3ffff;

async function htmlFilesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

function urlOf(outDir: string, file: string, base: string): string {
  const path = relative(outDir, file)
    .split(sep)
    .join('/')
    .replace(/(^|\/)index\.html$/, '$1');
  return `${base.replace(/\/?$/, '/')}${path}`;
}

/** opencc-js's Traditional → Simplified conversion, character by character, for every Chinese character it changes. */
function buildT2sTable(): Map<string, string> {
  const converters = [
    OpenCC.Converter({ from: 'hk', to: 'cn' }),
    OpenCC.Converter({ from: 'tw', to: 'cn' }),
    OpenCC.Converter({ from: 't', to: 'cn' }),
  ];
  const table = new Map<string, string>();
  for (let codePoint = 0; codePoint <= LAST_HAN_CODE_POINT; codePoint += 1) {
    const character = String.fromCodePoint(codePoint);
    if (!isHan(character)) continue;
    const simplified = converters.map((convert) => convert(character)).find((converted) => converted !== character);
    if (simplified !== undefined) table.set(character, simplified);
  }
  return table;
}

/**
 * Writes the table as one small JSON file per 256-code-point block, for every block that holds
 * a Chinese character (empty ones too, so the page never asks for a missing file).
 */
async function writeT2sTable(folder: string, table: ReadonlyMap<string, string>): Promise<void> {
  const blocks = new Map<string, Record<string, string>>();
  for (let codePoint = 0; codePoint <= LAST_HAN_CODE_POINT; codePoint += 1) {
    const character = String.fromCodePoint(codePoint);
    if (!isHan(character)) continue;
    const name = t2sBlockName(character);
    const block = blocks.get(name) ?? {};
    blocks.set(name, block);
    const simplified = table.get(character);
    if (simplified !== undefined) block[character] = simplified;
  }
  await mkdir(folder, { recursive: true });
  await Promise.all(
    [...blocks].map(([name, entries]) => writeFile(join(folder, `${name}.json`), JSON.stringify(entries))),
  );
}

/** Pagefind's page hash → page URL, read back from the fragment files it wrote (single or grouped). */
async function pageHashes(bundleDir: string): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  const folder = join(bundleDir, 'fragment');
  for (const name of await readdir(folder)) {
    const bytes = gunzipSync(await readFile(join(folder, name)));
    const json: unknown = JSON.parse(bytes.subarray('pagefind_dcd'.length).toString('utf8'));
    if (typeof json !== 'object' || json === null) continue;
    const record = json as Record<string, unknown>;
    if (typeof record['url'] === 'string') {
      hashes.set(name.replace(/\.pf_fragment$/, ''), record['url']);
      continue;
    }
    for (const [hash, fragment] of Object.entries(record)) {
      const url = (fragment as { url?: unknown } | null)?.url;
      if (typeof url === 'string') hashes.set(hash, url);
    }
  }
  return hashes;
}

/** Writes each article's text as text/<page hash>.pf_text, so the page finds it from a Pagefind result id alone. */
async function writeDocumentTexts(
  bundleDir: string,
  documentsByUrl: ReadonlyMap<string, SearchDocument>,
): Promise<number> {
  const folder = join(bundleDir, SEARCH_TEXT_FOLDER);
  await mkdir(folder, { recursive: true });
  let written = 0;
  for (const [hash, url] of await pageHashes(bundleDir)) {
    const document = documentsByUrl.get(url);
    if (!document) continue;
    await writeFile(
      join(folder, `${hash}${SEARCH_TEXT_EXTENSION}`),
      gzipSync(serializeDocument(document), { level: 9 }),
    );
    written += 1;
  }
  return written;
}

/**
 * Builds the search page's index at the end of `astro build`: a second Pagefind bundle whose
 * records are the articles' character bigrams (see src/lib/search-tokens.ts) and whose metadata
 * is each article's text in blocks, plus the Traditional → Simplified table.
 */
export function searchIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir).replace(/\/$/, '');
        const bundleDir = join(outDir, SEARCH_BUNDLE_FOLDER);
        await rm(bundleDir, { recursive: true, force: true });
        const t2sTable = buildT2sTable();
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const documentsByUrl = new Map<string, SearchDocument>();
        const addArticle = async (file: string): Promise<void> => {
          const html = await readFile(file, 'utf8');
          if (!html.includes('data-pagefind-body')) return;
          const document = extractSearchDocument(html, urlOf(outDir, file, base));
          if (!document) return;
          // Tokens of the text folded and converted to Simplified, as the page converts queries; a
          // separator token between blocks keeps a phrase from matching across two paragraphs.
          const content = document.blocks
            .map((block) => indexTokens(toSimplifiedWith(t2sTable, foldForSearch(block.text))).join(' '))
            .join(' . ');
          const added = await index.addCustomRecord({
            url: document.url,
            content,
            language: RECORD_LANGUAGE,
            meta: { title: document.title },
          });
          if (added.errors.length > 0) throw new Error(`search index: ${document.url}: ${added.errors.join('; ')}`);
          documentsByUrl.set(document.url, document);
        };
        // Pagefind indexes records in its own process: keep a few in flight rather than one at a time.
        const files = await htmlFilesUnder(outDir);
        for (let start = 0; start < files.length; start += ARTICLES_IN_FLIGHT) {
          await Promise.all(files.slice(start, start + ARTICLES_IN_FLIGHT).map(addArticle));
        }
        const written = await index.writeFiles({ outputPath: bundleDir });
        if (written.errors.length > 0)
          throw new Error(`search index could not be written: ${written.errors.join('; ')}`);
        await pagefind.close();
        for (const name of await readdir(bundleDir)) {
          if (UNUSED_PAGEFIND_FILES.test(name)) await rm(join(bundleDir, name));
        }
        const texts = await writeDocumentTexts(bundleDir, documentsByUrl);
        if (texts !== documentsByUrl.size)
          throw new Error(`search index: wrote ${texts} of ${documentsByUrl.size} texts`);
        await writeT2sTable(join(bundleDir, 't2s'), t2sTable);
        const characters = t2sTable.size;
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        logger.info(`indexed ${texts} articles and ${characters} Traditional characters in ${seconds} s`);
      },
    },
  };
}
