// The first search's files, started from the search page's head. Besides Pagefind's library and the list of
// parts, which the page preloads by itself (src/components/SearchPreload.astro), a first search needs the
// newest part's entry file, metadata and WebAssembly. Their names are known only once the index is written,
// so the build adds a <link rel="preload"> for each to the search pages afterwards, right after the page's
// preload of the list of parts (marked FIRST_SEARCH_MARKER). The browser then fetches them in the first round
// trip after the HTML, instead of one after another once the page's script has started Pagefind; Pagefind
// runs on the page's thread (../client/engine.ts), so its own requests are answered by these preloads.
import { access, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { editions } from '../../site.ts';
import { replaceFile } from '../../integrations/derived-files.ts';
import { attributeTokens, readHead } from '../../built-html/tags.ts';
import { NEWEST_PART_ATTRIBUTES, partFolder, PARTS_MANIFEST, type SearchPart } from '../shared/contract.ts';

/** Attribute of the search page's preload of the parts list: the newest part's first files are preloaded after it. */
export const FIRST_SEARCH_MARKER = 'data-search-first-load';

/** Pagefind's entry file in a bundle, which names the bundle's metadata and WebAssembly files. */
const PAGEFIND_ENTRY_FILE = 'pagefind-entry.json';

/** The one tag the preloads are read from. */
const LINK_TAG: ReadonlySet<string> = new Set(['link']);

/** A file the search page preloads for a first search, and the attributes its link carries. */
export interface FirstSearchFile {
  /** Path inside the bundle. */
  path: string;
  attributes?: Readonly<Record<string, string>>;
}

/**
 * The files Pagefind fetches first when it starts on `part`, whose built folder is `partDir`: the entry file
 * as Pagefind asks for it with the part's fingerprint as its `metaCacheTag` (`?ts=`), carrying the part's key
 * and fingerprint for the page (NEWEST_PART_ATTRIBUTES), then the metadata and the WebAssembly the entry names.
 * The part's records all have one language (./part-bundle.ts), so the entry lists one index.
 */
export async function firstSearchFiles(partDir: string, part: SearchPart): Promise<FirstSearchFile[]> {
  const entryFile = join(partDir, PAGEFIND_ENTRY_FILE);
  const entry = JSON.parse(await readFile(entryFile, 'utf8')) as { languages?: Record<string, unknown> };
  const indexes = Object.values(entry.languages ?? {});
  const [index] = indexes as ({ hash?: unknown; wasm?: unknown } | null)[];
  if (
    indexes.length !== 1 ||
    typeof index?.hash !== 'string' ||
    !(typeof index.wasm === 'string' || index.wasm === null)
  ) {
    throw new Error(`search index: ${entryFile} does not name one index with its metadata and WebAssembly`);
  }
  const folder = partFolder(part.key);
  return [
    {
      path: `${folder}${PAGEFIND_ENTRY_FILE}?ts=${part.fingerprint}`,
      attributes: { [NEWEST_PART_ATTRIBUTES.key]: part.key, [NEWEST_PART_ATTRIBUTES.fingerprint]: part.fingerprint },
    },
    { path: `${folder}pagefind.${index.hash}.pf_meta` },
    { path: `${folder}wasm.${index.wasm ?? 'unknown'}.pagefind` },
  ];
}

/**
 * `html` with a preload link for each of `files` after its marked preload of the parts list, whose URL gives
 * the bundle's; unchanged when it has no such link, and no file is preloaded twice.
 */
export function withFirstSearchPreloads(html: string, files: readonly FirstSearchFile[]): string {
  let marked: { href: string | undefined; end: number } | undefined;
  const present = new Set<string>();
  readHead(html, {
    names: LINK_TAG,
    startTag({ name, attributes, end }) {
      if (name !== 'link') return;
      const href = attributes.get('href');
      if (marked === undefined && attributes.has(FIRST_SEARCH_MARKER)) marked = { href, end };
      if (href !== undefined && attributeTokens(attributes.get('rel')).includes('preload')) present.add(href);
    },
  });
  const manifestUrl = marked?.href;
  if (!marked || manifestUrl?.endsWith(PARTS_MANIFEST) !== true) return html;
  const bundle = manifestUrl.slice(0, -PARTS_MANIFEST.length);
  const links = files
    .filter((file) => !present.has(`${bundle}${file.path}`))
    .map((file) => {
      const attributes = Object.entries(file.attributes ?? {})
        .map(([name, value]) => ` ${name}="${value}"`)
        .join('');
      return `<link rel="preload" href="${bundle}${file.path}" as="fetch" crossorigin="anonymous"${attributes}>`;
    });
  return `${html.slice(0, marked.end)}${links.join('')}${html.slice(marked.end)}`;
}

/** The Traditional edition's copy of a page of `outDir`, if the build wrote one. */
async function traditionalCopy(outDir: string, file: string): Promise<string | undefined> {
  const prefix: string = editions.traditional.pathPrefix;
  if (prefix === '') return undefined;
  const copy = join(outDir, prefix, relative(outDir, file));
  return access(copy).then(
    () => copy,
    () => undefined,
  );
}

/**
 * Adds the preloads of `files` to each of `searchPages` (Simplified pages of `outDir` that carry the marker) and
 * to its Traditional copy; returns the files it changed.
 */
export async function addFirstSearchPreloads(
  outDir: string,
  searchPages: readonly string[],
  files: readonly FirstSearchFile[],
): Promise<string[]> {
  const copies = await Promise.all(searchPages.map((file) => traditionalCopy(outDir, file)));
  const changed: string[] = [];
  for (const file of [...searchPages, ...copies.filter((copy): copy is string => copy !== undefined)]) {
    const html = await readFile(file, 'utf8');
    const preloaded = withFirstSearchPreloads(html, files);
    if (preloaded === html) continue;
    await replaceFile(file, preloaded);
    changed.push(file);
  }
  return changed;
}
