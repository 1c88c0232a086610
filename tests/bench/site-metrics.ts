import { opendir, readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { SEARCH_BUNDLE_FOLDER, TEXT_FILE_EXTENSION } from '../../src/search/shared/contract.ts';

/** Bytes of a file or text: as stored, gzip (level 6, what hosts use on the fly) and brotli (quality 11, pre-compressed). */
export interface CompressedSize {
  raw: number;
  gzip: number;
  brotli: number;
}

/** Size of a folder tree. */
export interface FolderSize {
  bytes: number;
  files: number;
}

/** Compressed sizes of `content`. */
export function compressedSize(content: Buffer | string): CompressedSize {
  const buffer = typeof content === 'string' ? Buffer.from(content) : content;
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 6 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/**
 * Calls `visit` with every file under `folder` and its size, one folder open at a time: a site of
 * 100,000 articles has hundreds of thousands of files, which a recursive listing would hold all at once.
 */
async function forEachFile(
  folder: string,
  visit: (file: { path: string; name: string; bytes: number }) => void,
): Promise<void> {
  for await (const entry of await opendir(folder)) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) await forEachFile(path, visit);
    else if (entry.isFile()) visit({ path, name: entry.name, bytes: (await stat(path)).size });
  }
}

/** Total bytes and number of files under `folder`. */
export async function folderSize(folder: string): Promise<FolderSize> {
  const size: FolderSize = { bytes: 0, files: 0 };
  await forEachFile(folder, ({ bytes }) => {
    size.bytes += bytes;
    size.files += 1;
  });
  return size;
}

/** The site's Pagefind bundles, split into the searchable index and the library files that do not grow with the site. */
export interface IndexSize {
  /** Top-level folders holding a `pagefind-entry.json`, or the archive's search bundle (its Pagefind bundles in sub-folders). */
  bundles: string[];
  total: FolderSize;
  /** Entry, `*.pf_meta`, `*.pf_index`, result data (`*.pf_fragment`, `*.jsongz`), filters and lookup tables (JSON). */
  index: FolderSize;
  /** Result data files alone. */
  fragments: FolderSize;
}

/** Sizes of every Pagefind bundle of a built site (the archive builds more than one). */
export async function searchBundlesSize(siteRoot: string): Promise<IndexSize> {
  const bundles: string[] = [];
  for (const entry of await readdir(siteRoot, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const entryFile = await stat(join(siteRoot, entry.name, 'pagefind-entry.json')).catch(() => undefined);
    if (entryFile || entry.name === SEARCH_BUNDLE_FOLDER) bundles.push(entry.name);
  }
  const total: FolderSize = { bytes: 0, files: 0 };
  const index: FolderSize = { bytes: 0, files: 0 };
  const fragments: FolderSize = { bytes: 0, files: 0 };
  for (const bundle of bundles) {
    await forEachFile(join(siteRoot, bundle), ({ name, bytes }) => {
      total.bytes += bytes;
      total.files += 1;
      const isUiOrLibrary = /\.(js|css)$|^wasm\./.test(name);
      if (!isUiOrLibrary) {
        index.bytes += bytes;
        index.files += 1;
      }
      if (/\.pf_fragment$/.test(name) || name.endsWith(TEXT_FILE_EXTENSION)) {
        fragments.bytes += bytes;
        fragments.files += 1;
      }
    });
  }
  return { bundles, total, index, fragments };
}

/** The file a site path is served from (`/a/` → `a/index.html`). */
export function fileOfPath(siteRoot: string, path: string): string {
  const clean = decodeURIComponent(path.split(/[?#]/)[0] ?? '/');
  return join(siteRoot, clean.endsWith('/') ? `${clean}index.html` : clean);
}

/** Weight of a page: its HTML, CSS and JS files as a reader's browser loads them. */
export interface PageWeight {
  html: CompressedSize;
  css: CompressedSize;
  js: CompressedSize;
  total: CompressedSize;
  /** Other files the page loaded (icons, images), not counted in `total`. */
  other: string[];
}

function add(a: CompressedSize, b: CompressedSize): CompressedSize {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli };
}

const ZERO: CompressedSize = { raw: 0, gzip: 0, brotli: 0 };

/** HTML+CSS+JS weight of a page from the paths the browser loaded for it, each file compressed on its own. */
export async function pageWeight(siteRoot: string, loadedPaths: string[]): Promise<PageWeight> {
  const weight: PageWeight = { html: ZERO, css: ZERO, js: ZERO, total: ZERO, other: [] };
  for (const path of new Set(loadedPaths)) {
    const file = fileOfPath(siteRoot, path);
    const kind = extname(file);
    const size = compressedSize(await readFile(file).catch(() => Buffer.alloc(0)));
    if (kind === '.html') weight.html = add(weight.html, size);
    else if (kind === '.css') weight.css = add(weight.css, size);
    else if (kind === '.js' || kind === '.mjs') weight.js = add(weight.js, size);
    else {
      weight.other.push(path);
      continue;
    }
    weight.total = add(weight.total, size);
  }
  return weight;
}

/** Named parts of an article page's HTML and what each adds to the gzip size (the page minus that part). */
export interface HtmlPartCost {
  part: string;
  rawBytes: number;
  gzipBytes: number;
}

/** Patterns of the archive's per-page features in the built HTML of an article. */
const ARTICLE_PARTS: { part: string; pattern: RegExp }[] = [
  { part: 'QR code (inline SVG)', pattern: /<figure class="qr-code"[\s\S]*?<\/figure>/g },
  { part: 'CSP meta tag', pattern: /<meta http-equiv="content-security-policy"[^>]*>/g },
  { part: 'JSON-LD', pattern: /<script type="application\/ld\+json">[\s\S]*?<\/script>/g },
  { part: 'heading/paragraph self-links', pattern: /<a href="#[^"]*" class="(?:heading|paragraph)-link"[^>]*><\/a>/g },
  { part: 'paragraph ids', pattern: / id="[a-z][a-z0-9-]*-\d+"/g },
  { part: 'table of contents', pattern: /<aside class="article-aside"[\s\S]*?<\/aside>/g },
  { part: 'inline scripts', pattern: /<script(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script>/g },
  { part: 'inline styles', pattern: /<style[^>]*>[\s\S]*?<\/style>/g },
  {
    part: 'head meta (SEO, Open Graph)',
    pattern: /<meta (?:name|property)="(?:description|og:[^"]*|twitter:[^"]*|article:[^"]*)"[^>]*>/g,
  },
];

/** What each of the archive's features costs in an article page's HTML (gzip delta when it is removed). */
export function articleHtmlPartCosts(html: string): HtmlPartCost[] {
  const whole = gzipSync(html, { level: 6 }).length;
  return ARTICLE_PARTS.map(({ part, pattern }) => {
    const matched = html.match(pattern) ?? [];
    const without = html.replace(pattern, '');
    return {
      part,
      rawBytes: matched.reduce((sum, text) => sum + Buffer.byteLength(text), 0),
      gzipBytes: whole - gzipSync(without, { level: 6 }).length,
    };
  }).filter((cost) => cost.rawBytes > 0);
}
