// The search bundle's layout and limits: what the build writes and the browser reads.
// Every folder, file name and shared limit of the search lives here and nowhere else.
import type { editions } from '../../site.ts';

/** Folder of the search bundle (a Pagefind bundle plus the project's own files), relative to the site root. */
export const SEARCH_BUNDLE_FOLDER = 'search-index';

/** Pagefind's browser entry point inside the bundle (its documented API). */
export const PAGEFIND_ENTRY = 'pagefind.js';

/**
 * Pagefind sort key whose value is each article's text number. Sorting a search for every page
 * (`search(null, { sort })`) by it lists the pages in text-number order: this is how the browser maps
 * a Pagefind result to its text file using only Pagefind's documented API.
 */
export const TEXT_NUMBER_SORT = 'text';

/** One of the site's editions (src/site.ts `editions`): the search shows each its own script. */
export type SearchEdition = keyof typeof editions;

/**
 * Folder (inside the bundle) of each edition's article texts. One index serves both editions: text number n
 * is the same article in both folders, its text in the edition's script (see ./document.ts).
 */
const TEXT_FOLDERS: Readonly<Record<SearchEdition, string>> = { simplified: 'text', traditional: 'text-hant' };

/** The file (inside the bundle) holding article number `textNumber`'s text in `edition`: gzipped JSON, served as bytes. */
export function textFilePath(textNumber: number, edition: SearchEdition): string {
  return `${TEXT_FOLDERS[edition]}/${textNumber}.pf_text`;
}

/** The file (inside the bundle) holding the Traditional → Simplified table of one 256-code-point block. */
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
  return `${base.replace(/\/?$/, '/')}${SEARCH_BUNDLE_FOLDER}/`;
}
