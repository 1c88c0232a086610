import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { ArticlePageCheck, SearchMeasurement } from './browser-metrics.ts';
import type { BuildMeasurement } from './builds.ts';
import type { CorpusSummary } from './corpus.ts';
import type { SearchIndexProfile } from './search-index-profile.ts';
import type { CompressedSize, FolderSize, HtmlPartCost, IndexSize, PageWeight } from './site-metrics.ts';

/** The machine and tool versions a run was measured with. */
export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  memoryBytes: number;
  node: string;
  astro: string;
  pagefind: string;
  playwright: string;
  chromium: string;
  os: string;
}

/** One site (the archive or the baseline) built from one corpus and measured. */
export interface SiteResult {
  build: BuildMeasurement;
  /** One-minute load average just before the build started: how busy the shared machine was. */
  loadBefore: number;
  dist: FolderSize;
  index: IndexSize;
  /** Stock Pagefind `search()` on this site's own index, per query: the baseline's only (the archive has no stock index). */
  stockSearches?: SearchMeasurement[];
  article: { path: string; weight: PageWeight };
}

/** Everything measured for one corpus size. */
export interface ScaleResult {
  articles: number;
  measuredAt: string;
  corpus: Omit<CorpusSummary, 'folder' | 'articleIds'>;
  /** Share of articles (0–1) whose text contains each query verbatim. */
  queryDocumentShare: Record<string, number>;
  /** The product revision the archive was built from (HEAD and uncommitted changes to src/). */
  productVersion?: string;
  /** Wall time of every build of this size (the fastest of each is the one reported). */
  buildTotals: { archive: number[]; baseline: number[] };
  archive: SiteResult & {
    /** The archive's own search page (`/search/?q=`), per query. */
    searches: SearchMeasurement[];
    articleCheck: ArticlePageCheck;
    articleHtmlParts: HtmlPartCost[];
    home: { size: CompressedSize; listedArticles: number; listingPages: number };
  };
  baseline: SiteResult;
}

/** Cold builds of one corpus with one archive feature left out at a time. */
export interface FeatureCosts {
  articles: number;
  measuredAt: string;
  variants: { variant: string; leftOut: string; build: BuildMeasurement; loadBefore: number }[];
}

/** All runs so far, latest per corpus size. */
export interface ResultsFile {
  machine: MachineInfo;
  runs: Record<string, ScaleResult>;
  featureCosts?: FeatureCosts;
  searchIndexProfile?: SearchIndexProfile;
}

/** Where results, the chart and the report go. */
const RESULTS_JSON = fileURLToPath(new URL('./results/scale-results.json', import.meta.url));
/** The SVG chart of build time and search bytes against N. */
export const CHART_SVG = fileURLToPath(new URL('./results/scale-chart.svg', import.meta.url));
/** The report at the project root. */
export const BENCHMARKS_MD = fileURLToPath(new URL('../../BENCHMARKS.md', import.meta.url));

/** Results saved by earlier runs, or none. */
export async function readResults(): Promise<ResultsFile | undefined> {
  try {
    return JSON.parse(await readFile(RESULTS_JSON, 'utf8')) as ResultsFile;
  } catch {
    return undefined;
  }
}

/** Saves results (sizes sorted by N). */
export async function writeResults(
  results: ResultsFile,
  format: (text: string, parser: string) => Promise<string>,
): Promise<void> {
  await mkdir(fileURLToPath(new URL('./results/', import.meta.url)), { recursive: true });
  const runs = Object.fromEntries(Object.entries(results.runs).sort(([a], [b]) => Number(a) - Number(b)));
  await writeFile(RESULTS_JSON, await format(JSON.stringify({ ...results, runs }), 'json'));
}
