// `npm run bench -- --articles 100,1000,10000`: generates synthetic archives, builds each with the
// archive's real build and with the bare baseline, measures builds, sizes, first searches and article
// pages, and writes BENCHMARKS.md with an SVG chart. See BENCHMARKS.md for what each figure means.
import { readdir, readFile, rm } from 'node:fs/promises';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { projectRoot } from '../support/build-site.ts';
import { launchChromium } from '../support/chromium.ts';
import {
  checkArticlePage,
  measureArchiveSearch,
  measureStockSearch,
  type SearchMeasurement,
} from './browser-metrics.ts';
import { buildArchive, buildBaseline, type BuildMeasurement, type BuildProgress } from './builds.ts';
import { generateCorpus, type CorpusSummary, type GeneratedArticle } from './corpus.ts';
import { startCountingServer, type CountingServer } from './counting-server.ts';
import { writeReport } from './report.ts';
import {
  readResults,
  writeResults,
  type MachineInfo,
  type ResultsFile,
  type ScaleResult,
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

/** Queries of the search measurements: common to rare, one word to several, Chinese with Latin and digits. */
export const BENCH_QUERIES = ['疫情防控', '广电网络', '5G基站', '脱贫攻坚', '远程医疗问诊', '窗明几净'];

const { values: options } = parseArgs({
  options: {
    articles: { type: 'string', default: '100,1000,10000' },
    'keep-output': { type: 'boolean', default: false },
    'report-only': { type: 'boolean', default: false },
  },
});

const benchFolder = join(projectRoot, '.bench', 'scale');
const interactive = process.stdout.isTTY;

/** One status line: rewritten in place on a terminal, printed every 10 s to a log. */
function progressLine(label: string): { update(text: string): void; done(text: string): void } {
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
    try {
      measurements.push(await measure(query));
    } catch (error) {
      measurements.push({
        query,
        bytes: 0,
        searchDataBytes: 0,
        requests: 0,
        fragments: 0,
        resultsMs: Number.NaN,
        resultCount: 0,
        error: (error as Error).message.split('\n')[0] ?? 'failed',
      });
    }
  }
  const kilobytes = measurements.map((measurement) => (measurement.bytes / 1024).toFixed(0)).join(', ');
  line.done(`done: KB per query ${kilobytes}`);
  return measurements;
}

async function measureSite(
  browser: Browser,
  siteRoot: string,
  articlePath: string,
  label: string,
): Promise<{ server: CountingServer; stockSearches: SearchMeasurement[]; weight: SiteResult['article']['weight'] }> {
  const server = await startCountingServer(siteRoot);
  const stockSearches = await searchAll(`  ${label} stock search()`, (query) =>
    measureStockSearch(browser, server, query),
  );
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

async function runScale(articles: number, onBrowser: (browser: Browser) => Promise<void>): Promise<ScaleResult> {
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

  const baselineLoad = loadavg()[0] ?? 0;
  const baselineProgress = buildProgress('  baseline build', articles);
  const baselineBuild = await buildBaseline(contentDir, baselineOut, baselineProgress.progress);
  baselineProgress.done(
    `${baselineBuild.totalSeconds.toFixed(1)} s (Astro ${baselineBuild.astroSeconds.toFixed(1)} s, index ${baselineBuild.indexSeconds.toFixed(1)} s), peak ${(baselineBuild.memory.totalBytes / 2 ** 20).toFixed(0)} MiB`,
  );
  const archiveLoad = loadavg()[0] ?? 0;
  const archiveProgress = buildProgress('  archive build ', articles);
  const archiveBuild = await buildArchive(contentDir, archiveOut, archiveProgress.progress);
  archiveProgress.done(
    `${archiveBuild.totalSeconds.toFixed(1)} s (Astro ${archiveBuild.astroSeconds.toFixed(1)} s, index ${archiveBuild.indexSeconds.toFixed(1)} s), peak ${(archiveBuild.memory.totalBytes / 2 ** 20).toFixed(0)} MiB, ${(archiveBuild.totalSeconds / baselineBuild.totalSeconds).toFixed(2)}× baseline`,
  );

  const measuredArticle = sample[Math.floor(sample.length / 2)] ?? sample[0];
  if (!measuredArticle) throw new Error('the corpus is empty');
  const articlePath = `/articles/${measuredArticle.id}/`;
  // A fresh Chromium per size, started after the builds so it is not counted in their memory.
  const browser = await launchChromium();
  try {
    await onBrowser(browser);
    return await measureSites(articles, browser, {
      summary,
      articlePath,
      measuredArticle,
      archiveOut,
      baselineOut,
      archiveBuild,
      baselineBuild,
      archiveLoad,
      baselineLoad,
    });
  } finally {
    await browser.close();
    if (!options['keep-output']) await rm(folder, { recursive: true, force: true });
  }
}

interface BuiltSites {
  summary: CorpusSummary;
  articlePath: string;
  measuredArticle: GeneratedArticle;
  archiveOut: string;
  baselineOut: string;
  archiveBuild: BuildMeasurement;
  baselineBuild: BuildMeasurement;
  archiveLoad: number;
  baselineLoad: number;
}

async function measureSites(articles: number, browser: Browser, built: BuiltSites): Promise<ScaleResult> {
  const { summary, articlePath, measuredArticle, archiveOut, baselineOut, archiveBuild, baselineBuild } = built;

  const archiveSite = await measureSite(browser, archiveOut, articlePath, 'archive');
  const searches = await searchAll('  archive /search/?q=', (query) =>
    measureArchiveSearch(browser, archiveSite.server, query),
  );
  const articleCheck = await checkArticlePage(browser, archiveSite.server, articlePath, [
    measuredArticle.title,
    ...measuredArticle.headings,
    ...measuredArticle.paragraphs,
  ]);
  await archiveSite.server.close();
  const baselineSite = await measureSite(browser, baselineOut, articlePath, 'baseline');
  await baselineSite.server.close();

  const homeHtml = await readFile(join(archiveOut, 'index.html'), 'utf8');
  const listingPages = 1 + (await readdir(join(archiveOut, 'page')).catch(() => [])).length;
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
    archive: {
      build: archiveBuild,
      loadBefore: built.archiveLoad,
      dist: await folderSize(archiveOut),
      index: await searchBundlesSize(archiveOut),
      stockSearches: archiveSite.stockSearches,
      article: { path: articlePath, weight: archiveSite.weight },
      searches,
      articleCheck,
      articleHtmlParts: articleHtmlPartCosts(articleHtml),
      home: {
        size: compressedSize(homeHtml),
        listedArticles: (homeHtml.match(/class="article-list-item"/g) ?? []).length,
        listingPages,
      },
    },
    baseline: {
      build: baselineBuild,
      loadBefore: built.baselineLoad,
      dist: await folderSize(baselineOut),
      index: await searchBundlesSize(baselineOut),
      stockSearches: baselineSite.stockSearches,
      article: { path: articlePath, weight: baselineSite.weight },
    },
  };
  const worstSearch = Math.max(...searches.map((search) => search.bytes));
  console.log(
    `  article page ${(result.archive.article.weight.total.gzip / 1024).toFixed(1)} KB gzip, readable without JS: ${articleCheck.readableWithoutJs ? 'yes' : 'NO'}; home ${(result.archive.home.size.gzip / 1024).toFixed(1)} KB gzip; largest first search ${(worstSearch / 1024).toFixed(0)} KB`,
  );
  return result;
}

async function formatWithPrettier(text: string, parser: string): Promise<string> {
  try {
    const prettier = await import('prettier');
    const config = (await prettier.resolveConfig(join(projectRoot, 'package.json'))) ?? {};
    return await prettier.format(text, { ...config, parser, plugins: [] });
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
  const previous = await readResults();
  if (!previous && options['report-only']) throw new Error('no results yet: run without --report-only first');
  const results: ResultsFile = {
    machine: previous?.machine ?? (await withBrowser(machineInfo)),
    runs: { ...(previous?.runs ?? {}) },
  };
  if (!options['report-only']) {
    for (const articles of sizes) {
      results.runs[String(articles)] = await runScale(articles, async (browser) => {
        results.machine = await machineInfo(browser);
      });
      await writeResults(results, formatWithPrettier);
      await writeReport(results, formatWithPrettier);
    }
  }
  await writeReport(results, formatWithPrettier);
  console.log('\nWrote BENCHMARKS.md, tests/bench/results/scale-results.json and tests/bench/results/scale-chart.svg');
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
