import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticlePageCheck, SearchMeasurement } from './browser-metrics.ts';
import type { BuildMeasurement } from './builds.ts';
import type { CorpusSummary } from './corpus.ts';
import type { TreeComparison } from './dist-compare.ts';
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
  /** Astro's content store after the build, as the one string it is written as: UTF-16 units in all and per article. */
  contentStore?: { units: number; perArticle: number };
}

/** Everything measured for one corpus size. */
export interface ScaleResult {
  articles: number;
  measuredAt: string;
  corpus: Omit<CorpusSummary, 'folder'>;
  /** Share of articles (0–1) whose text contains each query verbatim. */
  queryDocumentShare: Record<string, number>;
  /** The product revision the archive was built from (HEAD and uncommitted changes to src/). */
  productVersion?: string;
  /** Wall time of every build of this size (the fastest of each is the one reported). */
  buildTotals: { archive: number[]; baseline: number[] };
  /** Why the bare baseline was not built or not finished at this size (then `baseline` is absent). */
  baselineSkipped?: BaselineSkipped;
  /** One article added after the archive build and the site built again on top of it. */
  incremental?: IncrementalResult;
  archive: SiteResult & {
    /** The archive's own search page (`/search/?q=`), per query. */
    searches: SearchMeasurement[];
    /**
     * The same page with filters or a sort in its URL (`&year=…`, `&source=…`, `&sort=date`), and a filter
     * without a query; each beside `searches`' first search of the same query (absent in runs before 2026-11-26).
     */
    selectionSearches?: SelectionSearch[];
    articleCheck: ArticlePageCheck;
    articleHtmlParts: HtmlPartCost[];
    home: { size: CompressedSize; listedArticles: number; listingPages: number };
  };
  /** Absent where the baseline does not fit on the machine (see `baselineSkipped`). */
  baseline?: SiteResult;
}

/** A first search with filters or a sort: the URL's parameters besides `q`, and what it cost. */
export interface SelectionSearch extends SearchMeasurement {
  selection: Record<string, string>;
}

/** Why a size has no baseline. */
export interface BaselineSkipped {
  reason: string;
  /** The build was started and stopped for lack of memory (rather than not started). */
  stoppedForMemory?: boolean;
  /** Its memory when stopped, or the estimate that kept it from starting, in bytes. */
  memoryBytes?: number;
}

/** The archive built again after one article was added, on top of the previous build's output and cache. */
export interface IncrementalResult {
  /** Id of the added article. */
  addedArticle: string;
  build: BuildMeasurement;
  loadBefore: number;
  /** Builds after the addition, each on top of the one before: an edited title, then a deleted article. */
  following?: FollowingChange[];
  /** A cold build of the articles as the last change left them, into another folder, to compare with. */
  cleanBuild?: BuildMeasurement;
  /** The incremental build's output compared with the cold build's (first: incremental, second: cold). */
  comparison?: TreeComparison;
  /** Why there was no cold build to compare with. */
  comparisonSkipped?: string;
}

/** One more change built on top of the previous build's output and cache. */
export interface FollowingChange {
  change: 'title edited' | 'article deleted';
  article: string;
  build: BuildMeasurement;
  loadBefore: number;
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
  /** Sizes whose latest attempt failed (e.g. the archive build ran out of memory), with the end of the error. */
  failedRuns?: Record<string, { measuredAt: string; reason: string }>;
  featureCosts?: FeatureCosts;
  searchIndexProfile?: SearchIndexProfile;
}

/** Where the results, the chart and the report of a run go. */
export interface OutputFiles {
  json: string;
  chart: string;
  report: string;
  /** The chart's path as the report links it. */
  chartLink: string;
}

/** The project's own files: tests/bench/results/ and BENCHMARKS.md at the root. */
export const DEFAULT_OUTPUT: OutputFiles = {
  json: fileURLToPath(new URL('./results/scale-results.json', import.meta.url)),
  chart: fileURLToPath(new URL('./results/scale-chart.svg', import.meta.url)),
  report: fileURLToPath(new URL('../../BENCHMARKS.md', import.meta.url)),
  chartLink: 'tests/bench/results/scale-chart.svg',
};

/** All three in one folder of its own (`--output DIR`), e.g. for a trial run that must not touch the project's files. */
export function outputIn(folder: string): OutputFiles {
  return {
    json: join(folder, 'scale-results.json'),
    chart: join(folder, 'scale-chart.svg'),
    report: join(folder, 'BENCHMARKS.md'),
    chartLink: 'scale-chart.svg',
  };
}

/** Results saved by earlier runs in `file`, or none. */
export async function readResults(file = DEFAULT_OUTPUT.json): Promise<ResultsFile | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as ResultsFile;
  } catch {
    return undefined;
  }
}

/** Saves results (sizes sorted by N). */
export async function writeResults(
  results: ResultsFile,
  format: (text: string, parser: string) => Promise<string>,
  file = DEFAULT_OUTPUT.json,
): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const runs = Object.fromEntries(Object.entries(results.runs).sort(([a], [b]) => Number(a) - Number(b)));
  await writeFile(file, await format(JSON.stringify({ ...results, runs }), 'json'));
}
