// `npm run bench -- --articles 100,1000,10000`: generates synthetic archives, builds each with the
// archive's real build and with the bare baseline (where it fits in memory), measures builds and their
// steps, sizes, first searches and article pages, optionally an incremental build after one more article,
// and writes BENCHMARKS.md with an SVG chart. See BENCHMARKS.md for what each figure means.
import { execFile } from 'node:child_process';
import { opendir, readdir, readFile, rm } from 'node:fs/promises';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { projectRoot } from '../support/build-site.ts';
import { launchChromium } from '../support/chromium.ts';
import {
  checkArticlePage,
  measureArchiveSearch,
  measureStockSearch,
  type SearchMeasurement,
} from './browser-metrics.ts';
import { baselineMemoryModel, MEMORY_BUDGET_SHARE } from './baseline-fit.ts';
import {
  buildArchive,
  buildArchiveVariant,
  buildBaseline,
  BuildOutOfMemory,
  type BuildMeasurement,
  type BuildProgress,
} from './builds.ts';
import {
  addArticle,
  deleteArticle,
  editArticleTitle,
  generateCorpus,
  middleArticleId,
  SOURCES,
  type CorpusSummary,
  type GeneratedArticle,
} from './corpus.ts';
import { startCountingServer, type CountingServer } from './counting-server.ts';
import { compareTrees } from './dist-compare.ts';
import { writeReport } from './report.ts';
import { FEATURE_VARIANTS, type FeatureVariant } from './feature-variants.ts';
import {
  DEFAULT_OUTPUT,
  outputIn,
  readResults,
  writeResults,
  type BaselineSkipped,
  type FollowingChange,
  type IncrementalResult,
  type MachineInfo,
  type FeatureCosts,
  type ResultsFile,
  type ScaleResult,
  type SelectionSearch,
  type SiteResult,
} from './results.ts';
import {
  articleHtmlPartCosts,
  compressedSize,
  fileOfPath,
  folderSize,
  pageWeight,
  searchBundlesSize,
} from './site-metrics.ts';
import { formatLikeProject } from './project-format.ts';

/**
 * Queries of the search measurements, from a term in every article to one in none (at 10,000 articles:
 * 疫情防控 ~100 %, 干部 ~47 %, 客服热线 ~39 %, 远程医疗问诊 ~7 %, 秘鲁 ~5 %, 荷枪实弹 ~2 %, 精明强干 ~0.4 %,
 * 窗明几净 ~0.3 %, 足球 0 %); one to six characters, one word or several.
 */
export const BENCH_QUERIES = [
  '疫情防控',
  '干部',
  '客服热线',
  '远程医疗问诊',
  '秘鲁',
  '荷枪实弹',
  '精明强干',
  '窗明几净',
  '足球',
];

const { values: options } = parseArgs({
  allowNegative: true,
  options: {
    articles: { type: 'string', default: '100,1000,10000' },
    'keep-output': { type: 'boolean', default: false },
    'report-only': { type: 'boolean', default: false },
    'feature-costs': { type: 'string' },
    'profile-search-index': { type: 'string' },
    repeat: { type: 'string' },
    'search-repeat': { type: 'string', default: '3' },
    // auto: build the bare baseline only up to --baseline-max-articles and where its estimated memory fits.
    baseline: { type: 'string', default: 'auto' },
    'baseline-max-articles': { type: 'string', default: '20000' },
    // After the archive build, add one article and build again on top of it (default: at 10,000 articles).
    incremental: { type: 'boolean' },
    // After the added article, correct one title and delete one article, each built on top (default: yes).
    'edit-delete': { type: 'boolean', default: true },
    // Compare the incremental build with a cold build of the same articles (default: up to 20,000 articles).
    'compare-clean': { type: 'boolean' },
    // Where the results JSON, the chart and BENCHMARKS.md go (default: the project's own files).
    output: { type: 'string' },
    // Where corpora and builds go (default: .bench/scale); keep it inside the project (see benchFolder).
    'work-dir': { type: 'string' },
  },
});

/** Articles from which the incremental case runs by default. */
const INCREMENTAL_DEFAULT_AT = 10_000;
/** Above this many articles, the incremental build is compared with a cold build only when asked (it doubles the time). */
const COMPARE_CLEAN_DEFAULT_UP_TO = 20_000;

const benchFolder = resolve(options['work-dir'] ?? join(projectRoot, '.bench', 'scale'));
// Astro writes its prerender chunks into the output folder only when that is inside the project; for any
// other it uses the project's .astro/.prerender, which every such build running at the same time shares.
if (!benchFolder.startsWith(projectRoot)) {
  console.warn(
    `--work-dir ${benchFolder} is outside the project: builds there share ${join(projectRoot, '.astro', '.prerender')} with any other build outside it`,
  );
}
const output = options.output ? outputIn(resolve(options.output)) : DEFAULT_OUTPUT;
const baselineMaxArticles = Number(options['baseline-max-articles']);
if (!['auto', 'always', 'never'].includes(options.baseline ?? ''))
  throw new Error('--baseline takes auto, always or never');
const run = promisify(execFile);
const searchRepeat = Math.max(1, Number(options['search-repeat']));
const interactive = process.stdout.isTTY;

/** One status line: rewritten in place on a terminal, printed every 10 s to a log. */
function progressLine(label: string): {
  update(text: string): void;
  done(text: string): void;
} {
  let lastPrinted = 0;
  return {
    update(text) {
      if (interactive) process.stdout.write(`\r\x1b[2K${label} ${text}`);
      else if (performance.now() - lastPrinted > 10_000) {
        lastPrinted = performance.now();
        console.log(`${label} ${text}`);
      }
    },
    done(text) {
      if (interactive) process.stdout.write(`\r\x1b[2K`);
      console.log(`${label} ${text}`);
    },
  };
}

function buildProgress(label: string, articles: number): { progress: BuildProgress; done(text: string): void } {
  const line = progressLine(label);
  return {
    progress: ({ elapsedSeconds, residentBytes, articlePagesWritten }) => {
      const share = Math.min(1, articlePagesWritten / articles);
      const bar = '█'.repeat(Math.round(share * 20)).padEnd(20, '·');
      line.update(
        `${bar} ${articlePagesWritten}/${articles} pages · ${elapsedSeconds.toFixed(0)} s · ${(residentBytes / 2 ** 20).toFixed(0)} MiB`,
      );
    },
    done: line.done,
  };
}

/** The product code the archive is built from: HEAD, plus how many files of src/ and astro.config.ts differ from it. */
async function productRevision(): Promise<string> {
  const git = (...args: string[]): Promise<string> =>
    run('git', args, { cwd: projectRoot }).then(
      ({ stdout }) => stdout.trim(),
      () => '',
    );
  const head = await git('rev-parse', '--short', 'HEAD');
  const changed = (await git('status', '--porcelain', '--', 'src', 'astro.config.ts'))
    .split('\n')
    .filter(Boolean).length;
  return changed > 0 ? `${head} + ${changed} uncommitted file(s)` : head || 'unknown';
}

/** Share of the corpus's articles whose Markdown contains each query verbatim. */
async function documentShares(contentDir: string, queries: string[]): Promise<Record<string, number>> {
  const counts = new Map(queries.map((query) => [query, 0]));
  const files = await readdir(contentDir);
  for (const file of files) {
    const text = await readFile(join(contentDir, file), 'utf8');
    for (const query of queries) if (text.includes(query)) counts.set(query, (counts.get(query) ?? 0) + 1);
  }
  return Object.fromEntries([...counts].map(([query, count]) => [query, count / Math.max(1, files.length)]));
}

/**
 * The size of the content store Astro wrote into the build's cache folder, in UTF-16 units (V8 caps one string
 * at 2^29-24 of them, and Astro writes the store as one): measured, not read, as the file is Astro's own.
 */
async function contentStoreSize(cacheDir: string, articles: number): Promise<{ units: number; perArticle: number }> {
  const units = (await readFile(join(cacheDir, 'data-store.json'), 'utf8')).length;
  return { units, perArticle: Math.round(units / Math.max(1, articles)) };
}

async function versionOf(packageName: string): Promise<string> {
  const manifest = JSON.parse(
    await readFile(join(projectRoot, 'node_modules', packageName, 'package.json'), 'utf8'),
  ) as {
    version: string;
  };
  return manifest.version;
}

async function machineInfo(browser: Browser): Promise<MachineInfo> {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryBytes: totalmem(),
    node: process.version,
    astro: await versionOf('astro'),
    pagefind: await versionOf('pagefind'),
    playwright: await versionOf('playwright-core'),
    chromium: browser.version(),
    os: `${platform()} ${release()}`,
  };
}

async function searchAll(
  label: string,
  measure: (query: string) => Promise<SearchMeasurement>,
): Promise<SearchMeasurement[]> {
  const line = progressLine(label);
  const measurements: SearchMeasurement[] = [];
  for (const [position, query] of BENCH_QUERIES.entries()) {
    line.update(`${position + 1}/${BENCH_QUERIES.length} “${query}”`);
    // Each query runs `searchRepeat` times, each in a fresh context; the fastest time is kept (the
    // machine is shared), bytes come from the first run (a fresh context always fetches the same files).
    const attempts: SearchMeasurement[] = [];
    for (let attempt = 0; attempt < searchRepeat; attempt += 1) {
      try {
        attempts.push(await measure(query));
      } catch (error) {
        attempts.push({
          query,
          bytes: 0,
          searchDataBytes: 0,
          indexChunkBytes: 0,
          resultDataBytes: 0,
          requests: 0,
          fragments: 0,
          resultsMs: Number.NaN,
          resultCount: 0,
          error: (error as Error).message.split('\n')[0] ?? 'failed',
        });
      }
    }
    const [first] = attempts;
    if (!first) continue;
    const times = attempts.map((attempt) => attempt.resultsMs).filter(Number.isFinite);
    measurements.push({
      ...first,
      resultsMs: times.length > 0 ? Math.min(...times) : Number.NaN,
      allResultsMs: attempts.map((attempt) => attempt.resultsMs),
    });
  }
  const kilobytes = measurements.map((measurement) => (measurement.bytes / 1024).toFixed(0)).join(', ');
  line.done(`done: KB per query ${kilobytes}`);
  return measurements;
}

/**
 * First searches with filters or a sort in the URL (the first bench query narrowed to the corpus's last year,
 * to one source, sorted by date; and the last year listed without a query), each in a fresh context.
 */
async function searchSelections(
  browser: Browser,
  server: CountingServer,
  lastYear: string,
): Promise<SelectionSearch[]> {
  const [query = ''] = BENCH_QUERIES;
  const [source = ''] = SOURCES;
  const selections: [string, Record<string, string>][] = [
    [query, { year: lastYear }],
    [query, { source }],
    [query, { sort: 'date' }],
    [query, { year: lastYear, source, sort: 'date' }],
    ['', { year: lastYear }],
  ];
  const line = progressLine('  archive /search/ with filters or a sort');
  const measured: SelectionSearch[] = [];
  for (const [position, [selectionQuery, selection]] of selections.entries()) {
    line.update(`${position + 1}/${selections.length} ${new URLSearchParams(selection).toString()}`);
    measured.push({ ...(await measureArchiveSearch(browser, server, selectionQuery, selection)), selection });
  }
  line.done(`done: KB ${measured.map((search) => (search.bytes / 1024).toFixed(0)).join(', ')}`);
  return measured;
}

async function measureSite(
  browser: Browser,
  siteRoot: string,
  articlePath: string,
  label: string,
  withStockSearch: boolean,
): Promise<{
  server: CountingServer;
  stockSearches: SearchMeasurement[];
  weight: SiteResult['article']['weight'];
}> {
  const server = await startCountingServer(siteRoot);
  const stockSearches = withStockSearch
    ? await searchAll(`  ${label} stock search()`, (query) => measureStockSearch(browser, server, query))
    : [];
  const context = await browser.newContext();
  server.reset();
  await (await context.newPage()).goto(`${server.url}${articlePath.slice(1)}`, { waitUntil: 'load' });
  await server.waitForIdle();
  const weight = await pageWeight(
    siteRoot,
    server.responses().map((response) => response.path),
  );
  await context.close();
  return { server, stockSearches, weight };
}

/** Why the bare baseline is not built at `articles` (undefined: build it), from the options and earlier runs' memory. */
function baselinePlan(articles: number, results: ResultsFile): BaselineSkipped | undefined {
  if (options.baseline === 'always') return undefined;
  if (options.baseline === 'never') return { reason: 'not built (--baseline never)' };
  const runs = Object.values(results.runs);
  const model = baselineMemoryModel(runs, totalmem());
  const estimate = model && articles > model.largest.articles ? model.estimate(articles) : undefined;
  const estimated = estimate
    ? `; stock Pagefind would need about ${gibibytes(estimate)} (extrapolated from ${model?.basis ?? ''})`
    : '';
  if (articles > baselineMaxArticles) {
    return {
      reason: `not built above --baseline-max-articles ${baselineMaxArticles.toLocaleString('en')}${estimated}`,
      ...(estimate ? { memoryBytes: estimate } : {}),
    };
  }
  if (estimate && estimate > totalmem() * MEMORY_BUDGET_SHARE) {
    return {
      reason: `not built: stock Pagefind would need about ${gibibytes(estimate)} (extrapolated from ${model?.basis ?? ''}), more than ${(MEMORY_BUDGET_SHARE * 100).toFixed(0)} % of this machine's ${gibibytes(totalmem())} (--baseline always to try)`,
      memoryBytes: estimate,
    };
  }
  const stoppedBefore = runs.find((run) => run.articles <= articles && run.baselineSkipped?.stoppedForMemory);
  if (stoppedBefore) {
    return {
      reason: `not built: it ran out of memory at ${stoppedBefore.articles.toLocaleString('en')} articles in an earlier run (--baseline always to try)`,
    };
  }
  return undefined;
}

function gibibytes(bytes: number): string {
  return `${(bytes / 2 ** 30).toFixed(1)} GiB`;
}

/** The last lines of a failed build's message: the whole output of a large build runs to megabytes. */
function tail(message: string, lines = 40): string {
  return message.split('\n').slice(-lines).join('\n');
}

/** The lines of a failed build's output that name its errors (e.g. "RangeError: Invalid string length"), else its end. */
function errorSummary(message: string): string {
  const named = message
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^(?:\[cause\]: )?\w*Error\b(?: \[\w+\])?(?:[: ]|$)/.test(line));
  return named.length > 0 ? [...new Set(named)].slice(0, 6).join('\n') : tail(message, 8);
}

interface TimedBuild {
  build: BuildMeasurement;
  load: number;
}

function describeBuild(build: BuildMeasurement): string {
  const steps = (build.steps ?? [])
    .filter((step) => step.seconds >= 0.05)
    .map((step) => `${step.name} ${step.seconds.toFixed(1)} s/${(step.peakBytes / 2 ** 20).toFixed(0)} MiB`)
    .join(', ');
  return `${build.totalSeconds.toFixed(1)} s (Astro ${build.astroSeconds.toFixed(1)} s, index ${build.indexSeconds.toFixed(1)} s), peak ${(build.memory.totalBytes / 2 ** 20).toFixed(0)} MiB${steps ? `\n    steps: ${steps}` : ''}`;
}

async function runScale(
  articles: number,
  results: ResultsFile,
  onBrowser: (browser: Browser) => Promise<void>,
): Promise<ScaleResult> {
  const folder = join(benchFolder, String(articles));
  const contentDir = join(folder, 'content');
  const archiveOut = join(folder, 'archive');
  const baselineOut = join(folder, 'baseline');
  console.log(`\n== ${articles.toLocaleString('en')} articles ==`);
  const generating = progressLine('  corpus');
  generating.update('generating…');
  const { summary, sample } = await generateCorpus(contentDir, articles);
  generating.done(
    `${articles} articles, mean ${summary.meanBodyCharacters} characters, ${summary.distinctWordsUsed.toLocaleString('en')} distinct words (vocabulary ${summary.vocabularySize.toLocaleString('en')}), ${summary.firstDate} … ${summary.lastDate}`,
  );

  const queryDocumentShare = await documentShares(contentDir, BENCH_QUERIES);
  // Builds alternate (baseline, archive, baseline, …) and the fastest of each is kept: the
  // machine is shared, and the minimum is the figure least distorted by other people's work.
  const repeats = Number(options.repeat ?? (articles <= 1000 ? 3 : 1));
  const productVersion = await productRevision();
  let baselineSkipped = baselinePlan(articles, results);
  if (baselineSkipped) console.log(`  baseline ${baselineSkipped.reason}`);
  const baselineRuns: TimedBuild[] = [];
  const archiveRuns: TimedBuild[] = [];
  for (let round = 1; round <= repeats; round += 1) {
    const suffix = repeats > 1 ? ` ${round}/${repeats}` : '';
    if (!baselineSkipped) {
      const baselineLoad = loadavg()[0] ?? 0;
      const baselineProgress = buildProgress(`  baseline build${suffix}`, articles);
      try {
        const baselineBuild = await buildBaseline(contentDir, baselineOut, baselineProgress.progress);
        baselineProgress.done(`${describeBuild(baselineBuild)}, load ${baselineLoad.toFixed(1)}`);
        baselineRuns.push({ build: baselineBuild, load: baselineLoad });
      } catch (error) {
        if (!(error instanceof BuildOutOfMemory)) throw error;
        // Stock Pagefind holds the whole index in memory: where it runs out, the size has no baseline.
        baselineProgress.done(error.message);
        baselineSkipped = {
          reason: `${error.message} (stock Pagefind keeps the whole index in memory until it writes it)`,
          stoppedForMemory: true,
          memoryBytes: error.peakBytes,
        };
        baselineRuns.length = 0;
        await rm(baselineOut, { recursive: true, force: true });
        await rm(`${baselineOut}.cache`, { recursive: true, force: true });
      }
    }
    const archiveLoad = loadavg()[0] ?? 0;
    const archiveProgress = buildProgress(`  archive build ${suffix}`, articles);
    const archiveBuild = await buildArchive(contentDir, archiveOut, archiveProgress.progress);
    const versusBaseline = baselineRuns.at(-1)
      ? `, ${(archiveBuild.totalSeconds / (baselineRuns.at(-1)?.build.totalSeconds ?? Number.NaN)).toFixed(2)}× baseline`
      : '';
    archiveProgress.done(`${describeBuild(archiveBuild)}, load ${archiveLoad.toFixed(1)}${versusBaseline}`);
    archiveRuns.push({ build: archiveBuild, load: archiveLoad });
  }
  const fastest = (runs: TimedBuild[]): TimedBuild | undefined =>
    runs.reduce<TimedBuild | undefined>(
      (best, candidate) => (!best || candidate.build.totalSeconds < best.build.totalSeconds ? candidate : best),
      undefined,
    );
  const archive = fastest(archiveRuns);
  if (!archive) throw new Error('no archive build');
  const baseline = fastest(baselineRuns);
  const allTotals = {
    archive: archiveRuns.map((run) => run.build.totalSeconds),
    baseline: baselineRuns.map((run) => run.build.totalSeconds),
  };

  const measuredArticle = sample[Math.floor(sample.length / 2)] ?? sample[0];
  if (!measuredArticle) throw new Error('the corpus is empty');
  const articlePath = `/articles/${measuredArticle.id}/`;
  try {
    // A fresh Chromium per size, started after the builds so it is not counted in their memory.
    const browser = await launchChromium();
    let result: ScaleResult;
    try {
      await onBrowser(browser);
      result = await measureSites(articles, browser, {
        summary,
        articlePath,
        measuredArticle,
        archiveOut,
        archive,
        ...(baseline ? { baseline: { out: baselineOut, ...baseline } } : {}),
        ...(baselineSkipped ? { baselineSkipped } : {}),
        queryDocumentShare,
        allTotals,
        productVersion,
      });
    } finally {
      await browser.close();
    }
    if (options.incremental ?? articles === INCREMENTAL_DEFAULT_AT) {
      result.incremental = await measureIncremental(articles, folder, contentDir, archiveOut);
    }
    return result;
  } finally {
    if (!options['keep-output']) await rm(folder, { recursive: true, force: true });
  }
}

/**
 * Adds one article to the corpus and builds the archive again on top of the previous build's output and
 * cache (whatever the build reuses: Astro's incremental build, a cached search index); then, each built on
 * top of the one before, corrects one article's title and deletes another; then, unless skipped, builds the
 * articles as they now are cold into another folder and compares the two file by file.
 */
async function measureIncremental(
  articles: number,
  folder: string,
  contentDir: string,
  archiveOut: string,
): Promise<IncrementalResult> {
  const added = await addArticle(contentDir, articles);
  const loadBefore = loadavg()[0] ?? 0;
  const progress = buildProgress('  incremental build (+1 article)', articles + 1);
  const build = await buildArchive(contentDir, archiveOut, progress.progress, { cold: false });
  progress.done(`${describeBuild(build)}, load ${loadBefore.toFixed(1)}`);
  const result: IncrementalResult = { addedArticle: added.id, build, loadBefore, following: [] };
  if (options['edit-delete']) {
    const edited = await middleArticleId(contentDir);
    await editArticleTitle(contentDir, edited);
    result.following?.push(await buildFollowing('title edited', edited, contentDir, archiveOut, articles + 1));
    const deleted = await middleArticleId(contentDir, 1);
    await deleteArticle(contentDir, deleted);
    result.following?.push(await buildFollowing('article deleted', deleted, contentDir, archiveOut, articles));
  }
  const compare = options['compare-clean'] ?? articles <= COMPARE_CLEAN_DEFAULT_UP_TO;
  if (!compare) {
    result.comparisonSkipped =
      options['compare-clean'] === false
        ? 'not compared (--no-compare-clean)'
        : `not compared above ${COMPARE_CLEAN_DEFAULT_UP_TO.toLocaleString('en')} articles (--compare-clean to compare)`;
    console.log(`  ${result.comparisonSkipped}`);
    return result;
  }
  const cleanOut = join(folder, 'archive-clean');
  const cleanProgress = buildProgress(
    '  cold build of the same articles',
    options['edit-delete'] ? articles : articles + 1,
  );
  try {
    result.cleanBuild = await buildArchive(contentDir, cleanOut, cleanProgress.progress);
    cleanProgress.done(describeBuild(result.cleanBuild));
    const comparing = progressLine('  incremental vs cold dist/');
    comparing.update('comparing…');
    result.comparison = await compareTrees(archiveOut, cleanOut);
    const { comparison } = result;
    comparing.done(
      `${comparison.files.toLocaleString('en')} files, ${comparison.differentContent} with other bytes, ${comparison.onlyInFirst} only incremental, ${comparison.onlyInSecond} only cold${comparison.examples.length > 0 ? `: ${comparison.examples.map((example) => example.path).join(', ')}` : ''}`,
    );
  } finally {
    await rm(cleanOut, { recursive: true, force: true });
    await rm(`${cleanOut}.cache`, { recursive: true, force: true });
  }
  return result;
}

/** Builds the archive again after `change` to `article`, on top of the previous build's output and cache. */
async function buildFollowing(
  change: FollowingChange['change'],
  article: string,
  contentDir: string,
  archiveOut: string,
  articles: number,
): Promise<FollowingChange> {
  const loadBefore = loadavg()[0] ?? 0;
  const progress = buildProgress(`  incremental build (${change})`, articles);
  const build = await buildArchive(contentDir, archiveOut, progress.progress, { cold: false });
  progress.done(`${describeBuild(build)}, load ${loadBefore.toFixed(1)}`);
  return { change, article, build, loadBefore };
}

interface BuiltSites {
  summary: CorpusSummary;
  articlePath: string;
  measuredArticle: GeneratedArticle;
  archiveOut: string;
  archive: TimedBuild;
  baseline?: TimedBuild & { out: string };
  baselineSkipped?: BaselineSkipped;
  queryDocumentShare: Record<string, number>;
  allTotals: { archive: number[]; baseline: number[] };
  productVersion: string;
}

/** Number of entries of a folder, without listing it into memory (0 if it does not exist). */
async function countEntries(folder: string): Promise<number> {
  let count = 0;
  try {
    for await (const _entry of await opendir(folder)) count += 1;
  } catch {
    return 0;
  }
  return count;
}

async function measureSites(articles: number, browser: Browser, built: BuiltSites): Promise<ScaleResult> {
  const { summary, articlePath, measuredArticle, archiveOut, archive, baseline } = built;

  const archiveSite = await measureSite(browser, archiveOut, articlePath, 'archive', false);
  const searches = await searchAll('  archive /search/?q=', (query) =>
    measureArchiveSearch(browser, archiveSite.server, query),
  );
  const selectionSearches = await searchSelections(browser, archiveSite.server, summary.lastDate.slice(0, 4));
  const articleCheck = await checkArticlePage(browser, archiveSite.server, articlePath, [
    measuredArticle.title,
    ...measuredArticle.headings,
    ...measuredArticle.paragraphs,
  ]);
  await archiveSite.server.close();
  let baselineResult: SiteResult | undefined;
  if (baseline) {
    const baselineSite = await measureSite(browser, baseline.out, articlePath, 'baseline', true);
    await baselineSite.server.close();
    baselineResult = {
      build: baseline.build,
      loadBefore: baseline.load,
      dist: await folderSize(baseline.out),
      index: await searchBundlesSize(baseline.out),
      stockSearches: baselineSite.stockSearches,
      article: { path: articlePath, weight: baselineSite.weight },
    };
  }

  const homeHtml = await readFile(join(archiveOut, 'index.html'), 'utf8');
  const listingPages = 1 + (await countEntries(join(archiveOut, 'page')));
  const articleHtml = await readFile(fileOfPath(archiveOut, articlePath), 'utf8');
  const result: ScaleResult = {
    articles,
    measuredAt: new Date().toISOString(),
    corpus: {
      articleCount: summary.articleCount,
      meanBodyCharacters: summary.meanBodyCharacters,
      distinctWordsUsed: summary.distinctWordsUsed,
      vocabularySize: summary.vocabularySize,
      firstDate: summary.firstDate,
      lastDate: summary.lastDate,
      sources: summary.sources,
    },
    queryDocumentShare: built.queryDocumentShare,
    buildTotals: built.allTotals,
    ...(built.baselineSkipped ? { baselineSkipped: built.baselineSkipped } : {}),
    productVersion: built.productVersion,
    archive: {
      build: archive.build,
      loadBefore: archive.load,
      dist: await folderSize(archiveOut),
      index: await searchBundlesSize(archiveOut),
      article: { path: articlePath, weight: archiveSite.weight },
      contentStore: await contentStoreSize(`${archiveOut}.cache`, summary.articleCount),
      searches,
      selectionSearches,
      articleCheck,
      articleHtmlParts: articleHtmlPartCosts(articleHtml),
      home: {
        size: compressedSize(homeHtml),
        listedArticles: (homeHtml.match(/class="article-list-item"/g) ?? []).length,
        listingPages,
      },
    },
    ...(baselineResult ? { baseline: baselineResult } : {}),
  };
  const worstSearch = Math.max(...searches.map((search) => search.bytes));
  console.log(
    `  article page ${(result.archive.article.weight.total.gzip / 1024).toFixed(1)} KB gzip, readable without JS: ${articleCheck.readableWithoutJs ? 'yes' : 'NO'}; home ${(result.archive.home.size.gzip / 1024).toFixed(1)} KB gzip; largest first search ${(worstSearch / 1024).toFixed(0)} KB`,
  );
  return result;
}

/** Builds one corpus once per variant of tests/bench/variant.config.ts: what each feature costs. */
async function measureFeatureCosts(articles: number): Promise<FeatureCosts> {
  const folder = join(benchFolder, `features-${articles}`);
  const contentDir = join(folder, 'content');
  console.log(`\n== feature costs, ${articles.toLocaleString('en')} articles ==`);
  await generateCorpus(contentDir, articles);
  const variants: FeatureCosts['variants'] = [];
  for (const [variant, leftOut] of Object.entries(FEATURE_VARIANTS) as [FeatureVariant, string][]) {
    const loadBefore = loadavg()[0] ?? 0;
    const progress = buildProgress(`  ${variant.padEnd(18)}`, articles);
    const build = await buildArchiveVariant(contentDir, join(folder, variant), variant, progress.progress);
    progress.done(
      `${build.totalSeconds.toFixed(1)} s (Astro ${build.astroSeconds.toFixed(1)} s, index ${build.indexSeconds.toFixed(1)} s)`,
    );
    variants.push({ variant, leftOut, build, loadBefore });
    // The full build is kept for --profile-search-index when --keep-output is given.
    if (variant !== 'full' || !options['keep-output'])
      await rm(join(folder, variant), { recursive: true, force: true });
  }
  if (!options['keep-output']) await rm(folder, { recursive: true, force: true });
  else await rm(contentDir, { recursive: true, force: true });
  return { articles, measuredAt: new Date().toISOString(), variants };
}

/** The report and results in the project's format; unformatted rather than lost if Prettier fails. */
async function formatWithPrettier(text: string, parser: string): Promise<string> {
  try {
    return await formatLikeProject(text, parser);
  } catch {
    return text;
  }
}

async function main(): Promise<void> {
  const sizes = (options.articles ?? '')
    .split(',')
    .map((value) => Number(value.trim()))
    .filter((value) => Number.isInteger(value) && value > 0);
  if (sizes.length === 0) throw new Error('--articles takes a comma-separated list of positive numbers, e.g. 100,1000');
  // A run with its own --output starts from the project's results, so its report still shows every size.
  const previous = (await readResults(output.json)) ?? (await readResults());
  if (!previous && options['report-only']) throw new Error('no results yet: run without --report-only first');
  const results: ResultsFile = {
    machine: previous?.machine ?? (await withBrowser(machineInfo)),
    runs: { ...(previous?.runs ?? {}) },
    ...(previous?.failedRuns ? { failedRuns: previous.failedRuns } : {}),
    ...(previous?.featureCosts ? { featureCosts: previous.featureCosts } : {}),
    ...(previous?.searchIndexProfile ? { searchIndexProfile: previous.searchIndexProfile } : {}),
  };
  const save = async (): Promise<void> => {
    await writeResults(results, formatWithPrettier, output.json);
    await writeReport(results, formatWithPrettier, output);
  };
  const profiledSite = options['profile-search-index'];
  if (profiledSite) {
    const { profileSearchIndex } = await import('./search-index-profile.ts');
    console.log(`Profiling the search-index steps on ${profiledSite}…`);
    results.searchIndexProfile = await profileSearchIndex(profiledSite, join(benchFolder, 'profile-scratch'));
    await rm(join(benchFolder, 'profile-scratch'), {
      recursive: true,
      force: true,
    });
    console.log(results.searchIndexProfile);
    await save();
    return;
  }
  const featureCostsSize = Number(options['feature-costs'] ?? 0);
  const failures: string[] = [];
  if (featureCostsSize > 0) {
    results.featureCosts = await measureFeatureCosts(featureCostsSize);
    await writeResults(results, formatWithPrettier, output.json);
  } else if (!options['report-only']) {
    for (const articles of sizes) {
      try {
        results.runs[String(articles)] = await runScale(articles, results, async (browser) => {
          results.machine = await machineInfo(browser);
        });
        delete results.failedRuns?.[String(articles)];
      } catch (error) {
        // A size that cannot be built (the archive running out of memory, say) is reported, and the next size still runs.
        const reason = tail(error instanceof Error ? error.message : String(error));
        console.error(`\n${articles.toLocaleString('en')} articles failed:\n${reason}`);
        failures.push(String(articles));
        results.failedRuns = {
          ...results.failedRuns,
          [String(articles)]: { measuredAt: new Date().toISOString(), reason: errorSummary(reason) },
        };
      }
      await save();
    }
  }
  await writeReport(results, formatWithPrettier, output);
  console.log(`\nWrote ${output.report}, ${output.json} and ${output.chart}`);
  if (failures.length > 0) {
    process.exitCode = 1;
    console.error(`Failed: ${failures.join(', ')} articles (see above)`);
  }
}

async function withBrowser<T>(use: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await launchChromium();
  try {
    return await use(browser);
  } finally {
    await browser.close();
  }
}

await main();
