// The settings that come from the environment, read and checked in this one place, once: the build
// (astro.config.ts, the content collection) and the command-line tools (search index, editor, serve) all
// import them from here, so a setting has one name, one default and one check. Deployment settings come
// from the environment so that one checkout can be built for any host; tests and benchmarks use the
// folder settings to build other corpora into other folders side by side. An empty variable counts as
// unset (as CI systems write a variable they leave blank); a value that cannot be meant is an error
// naming the variable, never a silent default.

/** Settings read from the environment; see readSettings for each one's variable and default. */
export interface Settings {
  /** SITE_URL: the public origin used in canonical URLs, feeds, the sitemap and QR codes. */
  siteUrl: string;
  /** Whether SITE_URL was set: without it the build warns that its URLs point at localhost. */
  siteUrlGiven: boolean;
  /** BASE_PATH: the sub-folder the whole site lives under (e.g. /archive/), "/" at the root. */
  basePath: string;
  /** ARCHIVE_CONTENT_DIR: the folder of the article files, from the project root. */
  contentDir: string;
  /** ARCHIVE_OUT_DIR: where the build writes the site. */
  outDir: string;
  /** ARCHIVE_CACHE_DIR: Astro's cache, which incremental builds reuse. */
  cacheDir: string;
  /** ARCHIVE_SEARCH_PART_LIMIT: most articles in one search index part; undefined: the default. */
  searchPartLimit: number | undefined;
  /** ARCHIVE_SEARCH_INDEX=separate: the build leaves the search index to separate jobs (`npm run search-index`). */
  searchInSeparateJobs: boolean;
  /** PORT: the port `npm run serve` listens on. */
  port: number;
  /** INIT_CWD, which npm sets to the folder `npm run` was typed in: where an editor's relative paths start. */
  invocationFolder: string;
}

/** Where an unset SITE_URL points: the address of `astro dev`, `astro preview` and `npm run serve`. */
const DEFAULT_SITE_URL = 'http://localhost:4321';
const DEFAULT_PORT = 4321;

function given(environment: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = environment[name];
  return value === undefined || value === '' ? undefined : value;
}

function invalid(name: string, value: string, expected: string): Error {
  return new Error(`${name}=${value}: expected ${expected}`);
}

function siteUrlOf(written: string | undefined): string {
  if (written === undefined) return DEFAULT_SITE_URL;
  if (!URL.canParse(written) || !/^https?:$/.test(new URL(written).protocol)) {
    throw invalid('SITE_URL', written, 'an absolute http(s) URL such as https://news.example.org');
  }
  return written;
}

function basePathOf(written: string | undefined): string {
  if (written === undefined) return '/';
  if (!written.startsWith('/')) throw invalid('BASE_PATH', written, 'a path from the root such as /archive/');
  return written;
}

// ARCHIVE_SEARCH_PART_LIMIT: a positive whole number, or "none" for the whole archive in one part (for comparisons).
function partLimitOf(written: string | undefined): number | undefined {
  if (written === undefined) return undefined;
  if (written === 'none') return Number.POSITIVE_INFINITY;
  const limit = Number(written);
  if (!Number.isInteger(limit) || limit < 1) {
    throw invalid('ARCHIVE_SEARCH_PART_LIMIT', written, 'a positive whole number or "none"');
  }
  return limit;
}

function separateJobsOf(written: string | undefined): boolean {
  if (written === undefined) return false;
  if (written !== 'separate') throw invalid('ARCHIVE_SEARCH_INDEX', written, '"separate" or nothing');
  return true;
}

function portOf(written: string | undefined): number {
  if (written === undefined) return DEFAULT_PORT;
  const port = Number(written);
  if (!/^\d+$/.test(written) || port > 65535) throw invalid('PORT', written, 'a port number, 0 to 65535');
  return port;
}

/** The settings in `environment`, with their defaults; throws, naming the variable, on a value it cannot use. */
export function readSettings(environment: NodeJS.ProcessEnv): Settings {
  const siteUrl = given(environment, 'SITE_URL');
  return {
    siteUrl: siteUrlOf(siteUrl),
    siteUrlGiven: siteUrl !== undefined,
    basePath: basePathOf(given(environment, 'BASE_PATH')),
    contentDir: given(environment, 'ARCHIVE_CONTENT_DIR') ?? 'content/articles',
    outDir: given(environment, 'ARCHIVE_OUT_DIR') ?? './dist',
    cacheDir: given(environment, 'ARCHIVE_CACHE_DIR') ?? './node_modules/.astro',
    searchPartLimit: partLimitOf(given(environment, 'ARCHIVE_SEARCH_PART_LIMIT')),
    searchInSeparateJobs: separateJobsOf(given(environment, 'ARCHIVE_SEARCH_INDEX')),
    port: portOf(given(environment, 'PORT')),
    invocationFolder: given(environment, 'INIT_CWD') ?? process.cwd(),
  };
}

/** This process's settings, read from its environment when first imported. */
export const settings: Readonly<Settings> = Object.freeze(readSettings(process.env));
