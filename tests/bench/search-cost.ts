// Splits the bytes of a first search into what every search pays and what depends on the query's terms.
// Files are told apart by name and extension only: the search bundle is moving from one Pagefind bundle
// under search-index/ to several under search-index/parts/<part>/, and the classes must hold for both.
import { TEXT_FILE_EXTENSION } from '../../src/search/shared/contract.ts';

/** What a fetched file is for. */
export type SearchFileKind =
  // Fixed: paid by any first search, whatever its terms.
  | 'page' // the search page: its HTML, Astro's CSS and JS, the icon
  | 'library' // Pagefind's pagefind.js, its worker and its WebAssembly
  | 'metadata' // pagefind-entry.json, *.pf_meta, the bundle's own manifests (e.g. the list of index parts)
  // Per term: what the query's terms and their results fetch.
  | 'index' // index chunks, *.pf_index
  | 'results' // result texts and fragments, *.jsongz, *.pf_fragment
  | 'filters' // filter files, *.pf_filter
  | 't2s' // the Traditional → Simplified tables of the query's characters, t2s*/…json
  | 'other';

/** Bytes and files of one kind. */
interface ByteCount {
  bytes: number;
  files: number;
}

/** A first search's bytes, split by what they pay for. */
export interface SearchCost {
  /** Page, library and metadata: what a search for any term costs. */
  fixedBytes: number;
  /** Index chunks, result texts, filters, T→S tables: what these terms cost. */
  perTermBytes: number;
  /** Files of no known kind (none so far). */
  otherBytes: number;
  kinds: Partial<Record<SearchFileKind, ByteCount>>;
}

/** The kinds paid once per search whatever the query. */
export const FIXED_KINDS: readonly SearchFileKind[] = ['page', 'library', 'metadata'];
/** The kinds that depend on the query's terms. */
export const PER_TERM_KINDS: readonly SearchFileKind[] = ['index', 'results', 'filters', 't2s'];

/** The kind of a fetched file from its URL path. */
function searchFileKind(path: string): SearchFileKind {
  const clean = path.split(/[?#]/)[0] ?? path;
  const segments = clean.split('/').filter(Boolean);
  const name = segments.at(-1) ?? '';
  if (/\.pf_index$/.test(name)) return 'index';
  if (/\.pf_fragment$/.test(name) || name.endsWith(TEXT_FILE_EXTENSION)) return 'results';
  if (/\.pf_filter$/.test(name)) return 'filters';
  if (/\.pf_meta$/.test(name) || name === 'pagefind-entry.json') return 'metadata';
  if (/^pagefind[\w.-]*\.js$/.test(name) || /\.pagefind$/.test(name) || /^wasm\./.test(name)) return 'library';
  if (segments.some((segment) => /^t2s\b/.test(segment)) && name.endsWith('.json')) return 't2s';
  // Any other JSON file next to Pagefind's: the bundle's own manifest (the list of parts and the like).
  if (name.endsWith('.json')) return 'metadata';
  if (
    clean.endsWith('/') ||
    /\.html?$/.test(name) ||
    segments[0] === '_astro' ||
    /\.(css|m?js|svg|ico|png|woff2?)$/.test(name)
  )
    return 'page';
  return 'other';
}

/** The cost split of the files a first search fetched. */
export function searchCost(responses: readonly { path: string; bytes: number }[]): SearchCost {
  const kinds: Partial<Record<SearchFileKind, ByteCount>> = {};
  for (const response of responses) {
    const kind = searchFileKind(response.path);
    const count = (kinds[kind] ??= { bytes: 0, files: 0 });
    count.bytes += response.bytes;
    count.files += 1;
  }
  const sum = (of: readonly SearchFileKind[]): number =>
    of.reduce((total, kind) => total + (kinds[kind]?.bytes ?? 0), 0);
  return {
    fixedBytes: sum(FIXED_KINDS),
    perTermBytes: sum(PER_TERM_KINDS),
    otherBytes: kinds.other?.bytes ?? 0,
    kinds,
  };
}
