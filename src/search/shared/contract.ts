// The search bundle's layout and limits: what the build writes and the browser reads.
// Every folder, file name and shared limit of the search lives here and nowhere else.
import { baseWithSlash } from '../../base-path.ts';
import type { editions } from '../../site.ts';

/**
 * Folder of the search bundle, relative to the site root: the index in parts (each a Pagefind bundle
 * with its articles' texts, see partFolder), their manifest, and the project's own shared files.
 */
export const SEARCH_BUNDLE_FOLDER = 'search-index';

/** Pagefind's browser entry point inside each part's folder (its documented API). */
export const PAGEFIND_ENTRY = 'pagefind.js';

/**
 * Pagefind sort key whose value is each article's text number. Sorting a search for every page
 * (`search(null, { sort })`) by it lists the pages in text-number order: this is how the browser maps
 * a Pagefind result to its text file using only Pagefind's documented API.
 */
export const TEXT_NUMBER_SORT = 'text';

/**
 * Pagefind filters each article's record carries: its year ("2020"), month ("2020-03") and source (folded and
 * in Simplified, as queries are: see ./filters.ts). Each key is a file of its own per part, fetched only
 * when a search is filtered by it. A date sort needs no sort key of its own: a part's text numbers follow
 * its articles' dates (see ../build/parts.ts), so TEXT_NUMBER_SORT is also the part's date order.
 */
export const ARTICLE_FILTERS = { year: 'year', month: 'month', source: 'source' } as const;

/** File (at the bundle's root) listing the index parts, newest first (see SearchPartsManifest). */
export const PARTS_MANIFEST = 'parts.json';

/**
 * Name of the filter each part's Pagefind instance is given in the browser (Pagefind's `mergeFilter`),
 * whose value is the part's key: a search filtered by it returns that part's pages only.
 */
export const PART_FILTER = 'part';

/**
 * Attributes of the search page's preload of the newest part's entry file (written by the build, see
 * ../build/first-search-preloads.ts): the part's key and fingerprint, so the page starts Pagefind on it
 * without waiting for the list of parts.
 */
export const NEWEST_PART_ATTRIBUTES = { key: 'data-search-part', fingerprint: 'data-search-fingerprint' } as const;

/** One part of the index: a Pagefind bundle with its articles' texts, for a span of publication dates. */
export interface SearchPart {
  /** The part's name and folder: a year (2020), or the first month of the span within a year (2020-03). */
  key: string;
  /** Articles in the part. */
  articles: number;
  /** First and last publication day in the part (ISO). */
  firstDate: string;
  lastDate: string;
  /**
   * Changes exactly when the part's files change: Pagefind's metaCacheTag, so a browser may keep the
   * part's entry file between visits instead of fetching it afresh each time.
   */
  fingerprint: string;
}

/** The bundle's list of parts, newest first: the browser searches them in this order. */
export interface SearchPartsManifest {
  parts: SearchPart[];
}

/** The folder (inside the bundle) of one index part, ending in "/". */
export function partFolder(key: string): string {
  return `parts/${key}/`;
}

/** Reads a parts manifest, throwing on anything that is not one. */
export function parsePartsManifest(json: unknown): SearchPartsManifest {
  const parts = (json as { parts?: unknown } | null)?.parts;
  if (!Array.isArray(parts)) throw new Error('search parts manifest: no list of parts');
  return {
    parts: parts.map((part: unknown, index) => {
      const { key, articles, firstDate, lastDate, fingerprint } = (part ?? {}) as Record<string, unknown>;
      if (
        typeof key !== 'string' ||
        !/^[\w.-]+$/.test(key) ||
        typeof articles !== 'number' ||
        typeof firstDate !== 'string' ||
        typeof lastDate !== 'string' ||
        typeof fingerprint !== 'string'
      ) {
        throw new Error(`search parts manifest: part ${index} is malformed`);
      }
      return { key, articles, firstDate, lastDate, fingerprint };
    }),
  };
}

/** One of the site's editions (src/site.ts `editions`): the search shows each its own script. */
export type SearchEdition = keyof typeof editions;

/**
 * Folder (inside the bundle) of each edition's article texts. One index serves both editions: text number n
 * is the same article in both folders, its text in the edition's script (see ./document.ts).
 */
const TEXT_FOLDERS: Readonly<Record<SearchEdition, string>> = { simplified: 'text', traditional: 'text-hant' };

/**
 * Extension of the article text files: the archive's own (the files are not Pagefind's), saying what they hold,
 * gzipped JSON. Not .json, which servers and the build's precompression would compress again, nor .gz, which
 * some servers send as Content-Encoding: gzip, so the browser would unpack it before the script does.
 */
export const TEXT_FILE_EXTENSION = '.jsongz';

/**
 * The file (inside its part's folder) holding the part's article number `textNumber`'s text in `edition`:
 * gzipped JSON, served as bytes.
 */
export function textFilePath(textNumber: number, edition: SearchEdition): string {
  return `${TEXT_FOLDERS[edition]}/${textNumber}${TEXT_FILE_EXTENSION}`;
}

/**
 * The file (inside the bundle) holding the Traditional → Simplified table of one 256-code-point block, and the
 * regional phrases a query typed with the block's characters may start with (see ./regional.ts).
 */
export function t2sBlockPath(blockName: string): string {
  return `t2s/${blockName}.json`;
}

/**
 * The file (inside the bundle) holding, for the characters of one 256-code-point block, the characters the
 * Traditional → Simplified table folds together with each of them (see ../shared/t2s.ts, parseVariantsBlock).
 */
export function t2sVariantsBlockPath(blockName: string): string {
  return `t2s-variants/${blockName}.json`;
}

/** Query parameter that carries, from a result to the article, the text to highlight there. */
export const HIGHLIGHT_PARAMETER = 'highlight';

/** Most distinct strings a result passes to the article page to highlight (and the most the page honours). */
export const MAX_HIGHLIGHTS = 6;

/** Longest query handled, in code points (the search box allows no more). */
export const MAX_QUERY_LENGTH = 200;

/** The folder of the search bundle under a site's base path, ending in "/". */
export function bundleUrl(base: string): string {
  return `${baseWithSlash(base)}${SEARCH_BUNDLE_FOLDER}/`;
}
