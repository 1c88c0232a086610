import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  PAGEFIND_ENTRY,
  partFolder,
  PARTS_MANIFEST,
  SEARCH_BUNDLE_FOLDER,
  type SearchPartsManifest,
} from '../shared/contract.ts';
import { SEARCH_BODY_ATTRIBUTE } from '../shared/text-marks.ts';
import type { SearchDocument } from '../shared/document.ts';
import { extractSearchDocument } from './extract.ts';
import pMap from 'p-map';
import { addFirstSearchPreloads, FIRST_SEARCH_MARKER, firstSearchFiles } from './first-search-preloads.ts';
import { writePartBundle } from './part-bundle.ts';
import { PARTS_AT_ONCE, writePartInThread } from './part-threads.ts';
import { codeStamp } from '../../integrations/code-stamp.ts';
import { copyPart, fileDigest, partFingerprint, PartCache } from './part-cache.ts';
import { DEFAULT_PART_ARTICLE_LIMIT, planParts, type PlannedPart } from './parts.ts';
import { buildRegionalTable } from './regional-table.ts';
import { buildT2sTable, writeT2sTable } from './t2s-table.ts';
import type { T2sTable } from '../shared/t2s.ts';

/** Pages read and hashed at the same time. */
const PAGES_IN_FLIGHT = 32;
/** File (in the cache folder) remembering each page digest's publication date, so unchanged pages are not parsed. */
const PAGE_DATES_FILE = 'page-dates.json';

/** A built HTML page: its file and the URL path it is served at. */
export interface PageFile {
  file: string;
  url: string;
}

/** How the bundle is built. */
export interface SearchBundleOptions {
  /** The project root: the search code there is part of every part's fingerprint. */
  projectRoot: string;
  /** Folder kept between builds for finished parts; without one, every part is built. */
  cacheDir?: string;
  /** Most articles in a part (see ./parts.ts); undefined: the default. */
  partLimit?: number | undefined;
}

/** What a finished bundle holds, and what it took. */
export interface SearchBundleSummary {
  articles: number;
  parts: number;
  /** Parts built by Pagefind in this build (the others were unchanged and copied from the cache). */
  partsBuilt: number;
  traditionalCharacters: number;
}

/** An article page as found in the build. */
interface ArticlePage extends PageFile {
  date: string;
  digest: string;
}

async function readPageDates(file: string | undefined): Promise<Map<string, string | null>> {
  if (!file) return new Map();
  try {
    return new Map(Object.entries(JSON.parse(await readFile(file, 'utf8')) as Record<string, string | null>));
  } catch {
    return new Map();
  }
}

/**
 * Finds the article pages among the built pages with their dates: a page whose digest was seen by an
 * earlier build is not parsed again. Documents parsed on the way are kept in `parsed`.
 */
async function findArticles(
  pages: readonly PageFile[],
  knownDates: Map<string, string | null>,
  parsed: Map<string, SearchDocument>,
): Promise<{ articles: ArticlePage[]; dates: Map<string, string | null>; searchPages: string[] }> {
  const articles: ArticlePage[] = [];
  const dates = new Map<string, string | null>();
  const searchPages: string[] = [];
  const read = await pMap(
    pages,
    async (page) => {
      const html = await readFile(page.file, 'utf8');
      if (html.includes(FIRST_SEARCH_MARKER)) searchPages.push(page.file);
      const digest = fileDigest(html);
      let date = knownDates.get(digest);
      if (date === undefined) {
        const document = html.includes(SEARCH_BODY_ATTRIBUTE) ? extractSearchDocument(html, page.url) : undefined;
        if (document) parsed.set(page.url, document);
        date = document?.date ?? null;
      }
      return { page, digest, date };
    },
    { concurrency: PAGES_IN_FLIGHT },
  );
  for (const { page, digest, date } of read) {
    dates.set(digest, date);
    if (date !== null) articles.push({ ...page, date, digest });
  }
  return { articles, dates, searchPages };
}

async function documentsOf(
  part: PlannedPart<ArticlePage>,
  parsed: Map<string, SearchDocument>,
): Promise<SearchDocument[]> {
  return Promise.all(
    part.articles.map(async (article) => {
      const known = parsed.get(article.url);
      if (known) return known;
      const document = extractSearchDocument(await readFile(article.file, 'utf8'), article.url);
      if (!document) throw new Error(`search index: ${article.file} is no longer an article page`);
      return document;
    }),
  );
}

/** What decides a part's files besides its pages: this module's code and all it imports, the lockfile, the editors' exceptions. */
const PART_INPUTS = {
  modules: ['src/search/build/write-bundle.ts'],
  dataFiles: ['content/traditional-exceptions.txt'],
};

/** What a site's search bundle is made of: its parts, each with the fingerprint of its inputs. */
export interface SearchBundlePlan {
  parts: (PlannedPart<ArticlePage> & { fingerprint: string })[];
  articles: number;
  /** Documents parsed while planning, by URL (reused when a part is built). */
  parsed: Map<string, SearchDocument>;
  /** Every page digest's publication date (null: not an article), for the next build. */
  pageDates: Map<string, string | null>;
  /** The search pages (Simplified; files), which preload the newest part's first files (./first-search-preloads.ts). */
  searchPages: string[];
}

/** The cache folder of the search bundle inside a build's cache folder. */
function searchCacheFolder(cacheDir: string): string {
  return join(cacheDir, 'search-index');
}

/**
 * Plans the search bundle of a built site: finds its article pages (a page whose digest an earlier build
 * with the same cache saw is not parsed again), splits them into parts and fingerprints each part.
 */
export async function planSearchBundle(
  pages: readonly PageFile[],
  options: SearchBundleOptions,
): Promise<SearchBundlePlan> {
  const datesFile = options.cacheDir ? join(searchCacheFolder(options.cacheDir), PAGE_DATES_FILE) : undefined;
  const parsed = new Map<string, SearchDocument>();
  const { articles, dates, searchPages } = await findArticles(pages, await readPageDates(datesFile), parsed);
  const stamp = await codeStamp(options.projectRoot, PART_INPUTS);
  const parts = planParts(articles, options.partLimit ?? DEFAULT_PART_ARTICLE_LIMIT).map((part) => ({
    ...part,
    fingerprint: partFingerprint(stamp, part.key, part.articles),
  }));
  return { parts, articles: articles.length, parsed, pageDates: dates, searchPages };
}

/**
 * The folder of one planned part, built into `cache` unless a part with its fingerprint is there already;
 * returns it and whether it was built now.
 */
export async function partInCache(
  plan: SearchBundlePlan,
  key: string,
  cache: PartCache,
  t2sTable: T2sTable,
  write: (folder: string, documents: readonly SearchDocument[], t2sTable: T2sTable) => Promise<void> = writePartBundle,
): Promise<{ folder: string; built: boolean }> {
  const part = plan.parts.find((planned) => planned.key === key);
  if (!part)
    throw new Error(`search index: no part "${key}" in this site (parts: ${plan.parts.map((p) => p.key).join(', ')})`);
  const found = await cache.find(part.key, part.fingerprint);
  if (found) return { folder: found, built: false };
  const documents = await documentsOf(part, plan.parsed);
  const folder = await cache.store(part.key, part.fingerprint, (target) => write(target, documents, t2sTable));
  return { folder, built: true };
}

/**
 * Writes `<outDir>/search-index/` from built parts: each planned part copied from the folder `locate`
 * finds for it (an error names a part no folder holds), the list of parts (PARTS_MANIFEST), Pagefind's
 * library at the bundle's root, and the Traditional → Simplified table; then adds the preloads of the newest
 * part's first files to the search pages of both editions. Returns the pages it changed.
 */
export async function assembleSearchBundle(
  outDir: string,
  plan: SearchBundlePlan,
  locate: (key: string, fingerprint: string) => Promise<string | undefined>,
  t2sTable: T2sTable,
): Promise<string[]> {
  const bundleDir = join(outDir, SEARCH_BUNDLE_FOLDER);
  await rm(bundleDir, { recursive: true, force: true });
  for (const part of plan.parts) {
    const folder = await locate(part.key, part.fingerprint);
    if (!folder) {
      throw new Error(
        `search index: part ${part.key} (${part.articles.length} articles, fingerprint ${part.fingerprint}) was not built for these pages`,
      );
    }
    await copyPart(folder, join(bundleDir, partFolder(part.key)));
  }
  const manifest: SearchPartsManifest = {
    parts: plan.parts.map((part) => ({
      key: part.key,
      articles: part.articles.length,
      firstDate: part.articles[0]?.date ?? '',
      lastDate: part.articles.at(-1)?.date ?? '',
      fingerprint: part.fingerprint,
    })),
  };
  await mkdir(bundleDir, { recursive: true });
  await writeFile(join(bundleDir, PARTS_MANIFEST), JSON.stringify(manifest));
  await writeT2sTable(bundleDir, t2sTable, buildRegionalTable(t2sTable));
  const newest = manifest.parts[0];
  if (!newest) return [];
  const newestDir = join(bundleDir, partFolder(newest.key));
  // The browser imports Pagefind's library from one fixed place, while it reads the list of parts.
  await copyFile(join(newestDir, PAGEFIND_ENTRY), join(bundleDir, PAGEFIND_ENTRY));
  return addFirstSearchPreloads(outDir, plan.searchPages, await firstSearchFiles(newestDir, newest));
}

/** Remembers the plan's page dates in the build cache, for the next build's planning. */
async function rememberPageDates(plan: SearchBundlePlan, cacheDir: string): Promise<void> {
  const folder = searchCacheFolder(cacheDir);
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, PAGE_DATES_FILE), JSON.stringify(Object.fromEntries(plan.pageDates)));
}

/**
 * Writes the search bundle of a built site into `<outDir>/search-index/` in one go: plans it, builds the
 * parts two at a time in worker threads (so memory stays bounded by two parts; ./part-threads.ts) unless the build cache
 * holds it unchanged, and assembles the bundle. Pages without a marked article body (SEARCH_BODY_ATTRIBUTE) are not indexed.
 */
export async function writeSearchBundle(
  outDir: string,
  pages: readonly PageFile[],
  options: SearchBundleOptions,
): Promise<SearchBundleSummary> {
  const plan = await planSearchBundle(pages, options);
  const scratch = join(outDir, '.search-parts');
  const cache = new PartCache(options.cacheDir ? join(searchCacheFolder(options.cacheDir), 'parts') : scratch);
  const t2sTable = buildT2sTable();
  // Threads only when two or more parts are built: a thread of its own costs a second of start-up, which one
  // part (a small site, or an incremental build) does not win back.
  const toBuild = await pMap(plan.parts, async (part) => !(await cache.find(part.key, part.fingerprint)));
  const threaded = toBuild.filter(Boolean).length >= 2;
  const write = threaded
    ? (folder: string, documents: readonly SearchDocument[], table: T2sTable): Promise<void> =>
        writePartInThread({ folder, documents, t2sTable: table })
    : writePartBundle;
  const built = await pMap(
    plan.parts,
    async (part) => (await partInCache(plan, part.key, cache, t2sTable, write)).built,
    {
      concurrency: threaded ? PARTS_AT_ONCE : 1,
    },
  );
  const partsBuilt = built.filter(Boolean).length;
  await assembleSearchBundle(outDir, plan, (key, fingerprint) => cache.find(key, fingerprint), t2sTable);
  if (options.cacheDir) {
    await cache.keepOnly(new Set(plan.parts.map((part) => part.key)));
    await rememberPageDates(plan, options.cacheDir);
  } else {
    await rm(scratch, { recursive: true, force: true });
  }
  return { articles: plan.articles, parts: plan.parts.length, partsBuilt, traditionalCharacters: t2sTable.size };
}
