import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SearchMeasurement } from './browser-metrics.ts';
import { STOCK_RESULTS_LOADED } from './browser-metrics.ts';
import { baselineMemoryModel, MEMORY_BUDGET_SHARE } from './baseline-fit.ts';
import type { BuildMeasurement } from './builds.ts';
import type { BuildStep } from './build-steps.ts';
import { chartSvg } from './chart.ts';
import { DEFAULT_OUTPUT, type OutputFiles, type ResultsFile, type ScaleResult, type SiteResult } from './results.ts';
import { FIXED_KINDS, PER_TERM_KINDS, type SearchCost, type SearchFileKind } from './search-cost.ts';

/** Hand-written findings, kept in their own file so a new run does not overwrite them. */
const FINDINGS_MD = fileURLToPath(new URL('./findings.md', import.meta.url));

/** Targets of the scale issue. */
const TARGETS = {
  buildRatio: 1.3,
  buildSecondsAt10k: 120,
  firstSearchBytes: 300_000,
  stockBytesRatio: 1.3,
  resultsMs: 300,
  articlePageBytes: 20_000,
} as const;

const kB = (bytes: number): string => `${(bytes / 1000).toFixed(bytes < 10_000 ? 1 : 0)} kB`;
const MB = (bytes: number): string => `${(bytes / 1_000_000).toFixed(1)} MB`;
const MiB = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const GiB = (bytes: number): string => `${(bytes / 2 ** 30).toFixed(1)} GiB`;
/** What a cell shows for a figure an older run did not record, or a site that was not built. */
const NONE = '—';
const seconds = (value: number): string => `${value.toFixed(1)} s`;
const ms = (value: number): string => (Number.isFinite(value) ? `${value.toFixed(0)} ms` : 'n/a');
const ratio = (value: number): string => (Number.isFinite(value) ? `${value.toFixed(2)}×` : 'n/a');
const verdict = (met: boolean): string => (met ? '**met**' : '**not met**');

function median(values: number[]): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const largest = (values: number[]): number => Math.max(...values.filter(Number.isFinite));

function table(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

function buildRatio(run: ScaleResult): number {
  return run.baseline ? run.archive.build.totalSeconds / run.baseline.build.totalSeconds : Number.NaN;
}

function stockFor(run: ScaleResult, query: string): SearchMeasurement | undefined {
  return (run.baseline?.stockSearches ?? []).find((search) => search.query === query);
}

/** `--` where a figure was not measured, else the formatted figure. */
function orNone<T>(value: T | undefined, format: (value: T) => string): string {
  return value === undefined || (typeof value === 'number' && !Number.isFinite(value)) ? NONE : format(value);
}

/** Short form of why a size has no baseline, for table cells. */
function baselineCell(run: ScaleResult): string {
  if (run.baseline) return '';
  return run.baselineSkipped?.stoppedForMemory ? 'ran out of memory' : 'not built (does not fit)';
}

function summaryTable(runs: ScaleResult[]): string {
  return table(
    [
      'Articles',
      'Archive build (Astro + index)',
      'Baseline build (Astro + index)',
      'Ratio',
      'Peak memory archive / baseline',
      'dist/ archive / baseline',
      'Index archive / baseline',
      'First search, median (max) bytes: ours / stock',
      'First search, median (max) time: ours / stock',
      'Article page gzip (brotli)',
      'No-JS readable',
    ],
    runs.map((run) => {
      const ours = run.archive.searches;
      const { baseline } = run;
      const stock = baseline?.stockSearches ?? [];
      const bytesOf = (searches: SearchMeasurement[]): string =>
        searches.length === 0
          ? NONE
          : `${kB(median(searches.map((search) => search.bytes)))} (${kB(largest(searches.map((search) => search.bytes)))})`;
      const timeOf = (searches: SearchMeasurement[]): string =>
        searches.length === 0
          ? NONE
          : `${ms(median(searches.map((search) => search.resultsMs)))} (${ms(largest(searches.map((search) => search.resultsMs)))})`;
      return [
        run.articles.toLocaleString('en'),
        `${seconds(run.archive.build.totalSeconds)} (${seconds(run.archive.build.astroSeconds)} + ${seconds(run.archive.build.indexSeconds)})`,
        baseline
          ? `${seconds(baseline.build.totalSeconds)} (${seconds(baseline.build.astroSeconds)} + ${seconds(baseline.build.indexSeconds)})`
          : baselineCell(run),
        orNone(buildRatio(run), ratio),
        `${MiB(run.archive.build.memory.totalBytes)} / ${baseline ? MiB(baseline.build.memory.totalBytes) : NONE}`,
        `${MB(run.archive.dist.bytes)} / ${baseline ? MB(baseline.dist.bytes) : NONE}`,
        `${MB(run.archive.index.index.bytes)} / ${baseline ? MB(baseline.index.index.bytes) : NONE}`,
        `${bytesOf(ours)} / ${bytesOf(stock)}`,
        `${timeOf(ours)} / ${timeOf(stock)}`,
        `${kB(run.archive.article.weight.total.gzip)} (${kB(run.archive.article.weight.total.brotli)})`,
        run.archive.articleCheck.readableWithoutJs ? 'yes' : 'no',
      ];
    }),
  );
}

/** Where the bare baseline stops fitting in memory, and which sizes have none. */
function baselineFitSection(results: ResultsFile, runs: ScaleResult[]): string {
  const memory = results.machine.memoryBytes;
  const model = baselineMemoryModel(runs, memory);
  const lines: string[] = [];
  if (model) {
    const largestRun = runs.find((run) => run.articles === model.largest.articles);
    const pagefindPeak = largestRun?.baseline?.build.memory.largestProcess;
    lines.push(
      `**Where the bare baseline stops fitting.** Stock Pagefind keeps the whole index in memory until it writes it (there is no incremental indexing), so the baseline's peak grows with the archive: ${GiB(model.largest.bytes)} at ${model.largest.articles.toLocaleString('en')} articles (all build processes${pagefindPeak ? `; ${pagefindPeak.command} alone ${GiB(pagefindPeak.bytes)}` : ''}) on this ${GiB(memory)} machine. On a straight line through ${model.basis}, it reaches ${(MEMORY_BUDGET_SHARE * 100).toFixed(0)} % of the machine's memory at about ${(Math.round(model.fitsUpTo / 1000) * 1000).toLocaleString('en')} articles. The bench therefore builds the baseline only up to \`--baseline-max-articles\` (20,000 by default) and only where that estimate fits (\`--baseline always\` to try anyway); a build that leaves less than 1.5 GiB of the machine's memory available is stopped, so that the kernel does not stop someone else's process instead.`,
    );
  }
  const skipped = runs.filter((run) => !run.baseline);
  if (skipped.length > 0) {
    lines.push(
      '',
      ...skipped.map(
        (run) =>
          `- ${run.articles.toLocaleString('en')} articles: no baseline, ${run.baselineSkipped?.reason ?? 'not recorded why'}.`,
      ),
    );
  }
  const failed = Object.entries(results.failedRuns ?? {});
  if (failed.length > 0) {
    lines.push(
      '',
      ...failed.map(
        ([articles, failure]) =>
          `- ${Number(articles).toLocaleString('en')} articles could not be measured (${failure.measuredAt.slice(0, 16).replace('T', ' ')} UTC): ${failure.reason.replace(/\s+/g, ' ').slice(0, 400)}`,
      ),
    );
  }
  return lines.join('\n');
}

/** A figure of the archive, the baseline's (or why there is none) and their ratio. */
function comparedRow(
  label: string,
  run: ScaleResult,
  figure: (site: SiteResult) => string,
  value?: (site: SiteResult) => number,
): string[] {
  const { archive, baseline } = run;
  return [
    label,
    figure(archive),
    baseline ? figure(baseline) : NONE,
    baseline && value ? ratio(value(archive) / value(baseline)) : '',
  ];
}

/** A step's duration, peak memory and the process with the most memory while it ran. */
function stepCell(step: BuildStep | undefined): string {
  if (!step) return NONE;
  return `${seconds(step.seconds)}, ${MiB(step.peakBytes)}${step.largestProcess ? ` (${step.largestProcess.command} ${MiB(step.largestProcess.bytes)})` : ''}`;
}

/** The steps of one size's archive and baseline builds side by side (none if neither recorded them). */
function stepsDetailTable(run: ScaleResult): string {
  const builds = [run.archive.build, ...(run.baseline ? [run.baseline.build] : [])];
  if (!builds.some((build) => build.steps)) return '';
  const names = stepNames(builds);
  return [
    'Build steps: duration, peak memory of all build processes (and the largest process) while each ran:',
    '',
    table(
      ['Step', 'Archive', 'Bare baseline'],
      names.map((name) => [
        name,
        stepCell(run.archive.build.steps?.find((step) => step.name === name)),
        stepCell(run.baseline?.build.steps?.find((step) => step.name === name)),
      ]),
    ),
  ].join('\n');
}

/** `fixed (page …, library …, metadata …)` or `per-term (index …, results …)`: the kinds with bytes. */
function costCell(
  cost: SearchCost | undefined,
  kinds: readonly SearchFileKind[],
  total: (cost: SearchCost) => number,
): string {
  if (!cost) return NONE;
  const parts = kinds
    .filter((kind) => (cost.kinds[kind]?.bytes ?? 0) > 0)
    .map((kind) => `${kind} ${kB(cost.kinds[kind]?.bytes ?? 0)}`);
  return `${kB(total(cost))}${parts.length > 0 ? ` (${parts.join(', ')})` : ''}`;
}

function searchCostTable(run: ScaleResult): string {
  const { archive } = run;
  if (!archive.searches.some((search) => search.cost)) return '';
  const rows = archive.searches.map((search) => {
    const stock = stockFor(run, search.query);
    return [
      search.query,
      costCell(search.cost, FIXED_KINDS, (cost) => cost.fixedBytes),
      costCell(search.cost, PER_TERM_KINDS, (cost) => cost.perTermBytes),
      stock ? costCell(stock.cost, FIXED_KINDS, (cost) => cost.fixedBytes) : NONE,
      stock ? costCell(stock.cost, PER_TERM_KINDS, (cost) => cost.perTermBytes) : NONE,
    ];
  });
  const medianOf = (searches: SearchMeasurement[], of: (cost: SearchCost) => number): string => {
    const values = searches.flatMap((search) => (search.cost ? [of(search.cost)] : []));
    return values.length > 0 ? kB(median(values)) : NONE;
  };
  const stock = run.baseline?.stockSearches ?? [];
  rows.push([
    '**median**',
    medianOf(archive.searches, (cost) => cost.fixedBytes),
    medianOf(archive.searches, (cost) => cost.perTermBytes),
    medianOf(stock, (cost) => cost.fixedBytes),
    medianOf(stock, (cost) => cost.perTermBytes),
  ]);
  const other = archive.searches.reduce((sum, search) => sum + (search.cost?.otherBytes ?? 0), 0);
  return [
    `The same first searches split into what any search costs (fixed: the search page, Pagefind's library and WebAssembly, the bundle's entry, metadata and manifests) and what the query's terms cost (index chunks, result texts or fragments, filters, T→S tables of the query's characters), bytes on the wire:${other > 0 ? ` (${kB(other)} in all went to files of no known kind and are in neither column.)` : ''}`,
    '',
    table(['Query', 'Ours: fixed', 'Ours: per term', 'Stock: fixed', 'Stock: per term'], rows),
  ].join('\n');
}

function runSection(run: ScaleResult): string {
  const { archive, baseline } = run;
  const lines: string[] = [
    `### ${run.articles.toLocaleString('en')} articles`,
    '',
    `Measured ${run.measuredAt.slice(0, 16).replace('T', ' ')} UTC, archive code ${run.productVersion ?? 'not recorded'}. Corpus: mean body ${run.corpus.meanBodyCharacters} characters, ${run.corpus.distinctWordsUsed.toLocaleString('en')} distinct words, dates ${run.corpus.firstDate} … ${run.corpus.lastDate}, ${run.corpus.sources} sources.${baseline ? '' : ` No bare baseline at this size: ${run.baselineSkipped?.reason ?? 'not recorded why'}.`}`,
    '',
    table(
      ['', 'Archive', 'Bare baseline', 'Ratio'],
      [
        comparedRow(
          'Build total (wall)',
          run,
          (site) => seconds(site.build.totalSeconds),
          (site) => site.build.totalSeconds,
        ),
        comparedRow('CPU, user + system (cores used: CPU over wall)', run, (site) =>
          site.build.cpuSeconds === undefined
            ? 'not measured'
            : `${seconds(site.build.cpuSeconds)} (${(site.build.cpuSeconds / site.build.totalSeconds).toFixed(2)})`,
        ),
        comparedRow('Content store (UTF-16 units: all, per article)', run, (site) =>
          site.contentStore
            ? `${site.contentStore.units.toLocaleString('en')}, ${site.contentStore.perArticle.toLocaleString('en')}`
            : 'not measured',
        ),
        comparedRow(
          'Astro (everything but Pagefind)',
          run,
          (site) => seconds(site.build.astroSeconds),
          (site) => site.build.astroSeconds,
        ),
        comparedRow(
          'Index steps, as logged',
          run,
          (site) => site.build.indexSteps.map((step) => `${step.integration} ${seconds(step.seconds)}`).join(' + '),
          (site) => site.build.indexSeconds,
        ),
        [
          'Every build (fastest reported)',
          run.buildTotals.archive.map(seconds).join(', '),
          baseline ? run.buildTotals.baseline.map(seconds).join(', ') : NONE,
          '',
        ],
        comparedRow('Pages indexed', run, (site) => String(site.build.indexedPages)),
        comparedRow(
          'Peak memory (all build processes)',
          run,
          (site) =>
            `${MiB(site.build.memory.totalBytes)} (largest: ${site.build.memory.largestProcess.command} ${MiB(site.build.memory.largestProcess.bytes)})`,
          (site) => site.build.memory.totalBytes,
        ),
        comparedRow('Load average before the build', run, (site) => site.loadBefore.toFixed(2)),
        comparedRow(
          'dist/',
          run,
          (site) => `${MB(site.dist.bytes)}, ${site.dist.files.toLocaleString('en')} files`,
          (site) => site.dist.bytes,
        ),
        comparedRow(
          `Search index (${archive.index.bundles.join(', ')}${baseline ? ` / ${baseline.index.bundles.join(', ')}` : ''}; no JS/CSS/wasm)`,
          run,
          (site) => `${MB(site.index.index.bytes)}, ${site.index.index.files.toLocaleString('en')} files`,
          (site) => site.index.index.bytes,
        ),
        comparedRow('Whole search bundles (with library and UI files)', run, (site) => MB(site.index.total.bytes)),
        comparedRow(
          'Article page HTML+CSS+JS gzip (brotli)',
          run,
          (site) => `${kB(site.article.weight.total.gzip)} (${kB(site.article.weight.total.brotli)})`,
          (site) => site.article.weight.total.gzip,
        ),
      ],
    ),
    '',
    stepsDetailTable(run),
    '',
    `First searches, each in a fresh browser context (empty cache). “Ours” opens \`/search/?q=…\` and stops when the status region under \`main\` reports results; its time counts from DOMContentLoaded. “Stock” imports \`pagefind.js\` from a blank page, calls \`search()\` and loads the data of the first ${STOCK_RESULTS_LOADED} results (what Pagefind's own UI shows first), on the bare baseline's index: Pagefind as it ships over the same corpus (the archive builds only its own bundle); its time counts from the import. Bytes are gzip on the wire for text, Pagefind's files as they are.`,
    '',
    table(
      [
        'Query',
        'In % of articles',
        'Ours: bytes',
        'Ours: index chunks + result data',
        'Ours: result files',
        'Ours: time',
        'Ours: status',
        'Stock: bytes',
        'Stock: index chunks + result data',
        'Stock: time',
        'Stock: results',
        'Bytes ratio',
      ],
      archive.searches.map((search) => {
        const stock = stockFor(run, search.query);
        const share = run.queryDocumentShare[search.query];
        return [
          search.query,
          share === undefined ? 'n/a' : `${(share * 100).toFixed(share < 0.01 ? 2 : 0)} %`,
          kB(search.bytes),
          `${kB(search.indexChunkBytes)} + ${kB(search.resultDataBytes)}`,
          String(search.fragments),
          ms(search.resultsMs),
          search.error ? `error: ${search.error}` : (search.statusText ?? ''),
          stock ? kB(stock.bytes) : NONE,
          stock ? `${kB(stock.indexChunkBytes)} + ${kB(stock.resultDataBytes)}` : NONE,
          stock ? ms(stock.resultsMs) : NONE,
          stock ? String(stock.resultCount) : NONE,
          stock ? ratio(search.bytes / stock.bytes) : NONE,
        ];
      }),
    ),
    '',
    searchCostTable(run),
    '',
    `Article page \`${archive.article.path}\`: HTML ${kB(archive.article.weight.html.gzip)}, CSS ${kB(archive.article.weight.css.gzip)}, JS ${kB(archive.article.weight.js.gzip)} gzip (raw ${kB(archive.article.weight.total.raw)}); ${archive.articleCheck.scriptElements} script element(s); with JavaScript disabled ${archive.articleCheck.readableWithoutJs ? 'the title, every heading and every paragraph are in the visible text' : `missing: ${archive.articleCheck.missingWithoutJs.join(' / ')}`}. What the archive's features add to its HTML (gzip size of the page minus the gzip size without that part):`,
    '',
    table(
      ['Part', 'Raw bytes', 'Gzip bytes'],
      archive.articleHtmlParts.map((part) => [
        part.part,
        part.rawBytes.toLocaleString('en'),
        part.gzipBytes.toLocaleString('en'),
      ]),
    ),
    '',
    `Home page: ${archive.home.listedArticles} articles listed, ${kB(archive.home.size.raw)} raw, ${kB(archive.home.size.gzip)} gzip; ${archive.home.listingPages.toLocaleString('en')} listing pages in all.`,
  ];
  return lines.join('\n');
}

/** Names of the steps of some builds, in the order they first ran. */
function stepNames(builds: BuildMeasurement[]): string[] {
  const names: string[] = [];
  for (const build of builds) {
    let position = 0;
    for (const step of build.steps ?? []) {
      const found = names.indexOf(step.name);
      if (found === -1) names.splice(position, 0, step.name);
      position = (found === -1 ? position : found) + 1;
    }
  }
  return names;
}

/** Per step and size: `seconds, peak`; a step can run more than once in a build's log only if merged, so one cell each. */
function stepsTable(runs: { articles: number; build: BuildMeasurement | undefined }[]): string {
  const builds = runs.flatMap((run) => (run.build ? [run.build] : []));
  const names = stepNames(builds);
  const cell = (step: BuildStep | undefined): string =>
    step ? `${seconds(step.seconds)}, ${MiB(step.peakBytes)}` : NONE;
  return table(
    ['Step', ...runs.map((run) => run.articles.toLocaleString('en'))],
    [
      ...names.map((name) => [
        name,
        ...runs.map((run) => (run.build?.steps ? cell(run.build.steps.find((step) => step.name === name)) : NONE)),
      ]),
      [
        '**whole build**',
        ...runs.map((run) =>
          run.build ? `${seconds(run.build.totalSeconds)}, ${MiB(run.build.memory.totalBytes)}` : NONE,
        ),
      ],
    ],
  );
}

function buildStepsSection(runs: ScaleResult[]): string {
  const withSteps = runs.some((run) => run.archive.build.steps);
  const intro =
    'Each step of the archive build (the fastest of the repeats) with its duration and the peak of the memory samples taken while it ran (all build processes). Astro announces its own phases as they start; each after-build integration logs one line when it is done, so its step runs from the line before to its own (`src/integrations/`, in the order of `astro.config.ts`). “—”: not recorded in that run (steps are measured since 2026-11-26).';
  const lines = [
    '## Build steps',
    '',
    intro,
    '',
    stepsTable(runs.map((run) => ({ articles: run.articles, build: run.archive.build }))),
  ];
  const baselineRuns = runs.filter((run) => run.baseline?.build.steps);
  if (withSteps && baselineRuns.length > 0) {
    lines.push(
      '',
      'The bare baseline’s steps:',
      '',
      stepsTable(baselineRuns.map((run) => ({ articles: run.articles, build: run.baseline?.build }))),
    );
  }
  return lines.join('\n');
}

function incrementalSection(runs: ScaleResult[]): string {
  const measured = runs.filter((run) => run.incremental);
  const intro =
    'After the archive build of N articles, one generated article (dated the corpus’s last day, so it heads the home page and moves every listing page by one) is added to the corpus and the same `buildSite()` runs again on top of the output and cache the previous build left (`--incremental`; by default at 10,000 articles). Then, each built on top of the one before, the title of the article in the middle of the corpus is corrected, and the article after it deleted (shown under “Then, on top of it” for runs that measured them; `--no-edit-delete` stops after the added article). The last `dist/` is then compared file by file (relative path and bytes) with a cold build of the articles as they now are, in another folder (`--compare-clean`; by default up to 20,000 articles, since it doubles the time).';
  if (measured.length === 0) {
    return [
      '## Adding one article',
      '',
      intro,
      '',
      'Not measured yet: `npm run bench -- --articles 10000` runs it.',
    ].join('\n');
  }
  const rows = measured.map((run) => {
    const incremental = run.incremental;
    if (!incremental) return [];
    const { build, cleanBuild, comparison } = incremental;
    const slowest = slowestSteps(build);
    const differing = comparison
      ? comparison.differentContent + comparison.onlyInFirst + comparison.onlyInSecond
      : undefined;
    return [
      run.articles.toLocaleString('en'),
      `${seconds(run.archive.build.totalSeconds)}, ${MiB(run.archive.build.memory.totalBytes)}`,
      `${seconds(build.totalSeconds)}, ${MiB(build.memory.totalBytes)}`,
      ratio(build.totalSeconds / run.archive.build.totalSeconds),
      slowest,
      cleanBuild ? `${seconds(cleanBuild.totalSeconds)}, ${MiB(cleanBuild.memory.totalBytes)}` : NONE,
      comparison && differing !== undefined
        ? `${differing.toLocaleString('en')} of ${comparison.files.toLocaleString('en')} files differ (${comparison.differentContent} other bytes, ${comparison.onlyInFirst} only incremental, ${comparison.onlyInSecond} only cold)`
        : (incremental.comparisonSkipped ?? NONE),
      comparison && comparison.examples.length > 0
        ? comparison.examples
            .slice(0, 5)
            .map(
              (example) => `\`${example.path}\`${example.difference === 'content' ? '' : ` (${example.difference})`}`,
            )
            .join('<br>')
        : NONE,
      incremental.loadBefore.toFixed(2),
    ];
  });
  return [
    '## Adding one article',
    '',
    intro,
    '',
    table(
      [
        'Articles',
        'Cold build of N: time, peak',
        'N + 1 on top of it: time, peak',
        'Incremental / cold',
        'Longest steps of the incremental build',
        'Cold build after the changes: time, peak',
        'Incremental dist/ vs cold',
        'First differing files',
        'Load before',
      ],
      rows,
    ),
    '',
    'Steps of the incremental build:',
    '',
    stepsTable(measured.map((run) => ({ articles: run.articles, build: run.incremental?.build }))),
    ...followingChanges(measured),
  ].join('\n');
}

/** The edit and the deletion built after the addition, where the run measured them. */
function followingChanges(measured: ScaleResult[]): string[] {
  const rows = measured.flatMap((run) =>
    (run.incremental?.following ?? []).map((following) => [
      run.articles.toLocaleString('en'),
      `${following.change} (\`${following.article}\`)`,
      `${seconds(following.build.totalSeconds)}, ${MiB(following.build.memory.totalBytes)}`,
      ratio(following.build.totalSeconds / run.archive.build.totalSeconds),
      slowestSteps(following.build),
      following.loadBefore.toFixed(2),
    ]),
  );
  if (rows.length === 0) return [];
  return [
    '',
    'Then, on top of it:',
    '',
    table(['Articles', 'Change', 'Time, peak', 'Incremental / cold', 'Longest steps', 'Load before'], rows),
  ];
}

/** The three longest steps of a build, longest first. */
function slowestSteps(build: BuildMeasurement): string {
  return (
    [...(build.steps ?? [])]
      .sort((a, b) => b.seconds - a.seconds)
      .slice(0, 3)
      .map((step) => `${step.name} ${seconds(step.seconds)}`)
      .join(', ') || NONE
  );
}

function searchCostSection(runs: ScaleResult[]): string {
  const medianOf = (searches: SearchMeasurement[] | undefined, of: (cost: SearchCost) => number): string => {
    const values = (searches ?? []).flatMap((search) => (search.cost ? [of(search.cost)] : []));
    return values.length > 0 ? kB(median(values)) : NONE;
  };
  return [
    '## First search: fixed and per-term cost',
    '',
    'Every byte a first search fetched, split by file name into a fixed cost that any query pays (the search page’s HTML, CSS and JS, `pagefind.js`, its worker and WebAssembly, `pagefind-entry.json`, `*.pf_meta` and any manifest of the bundle) and a per-term cost (index chunks `*.pf_index`, result texts and fragments `*.jsongz`/`*.pf_fragment`, filter files `*.pf_filter`, T→S tables), medians over the queries. Stock Pagefind runs from a blank page, so its fixed cost has no page. “—”: not recorded in that run (measured since 2026-11-26) or no baseline at that size. Per query: in the details per size.',
    '',
    table(
      ['Articles', 'Ours: fixed', 'Ours: per term', 'Ours: total', 'Stock: fixed', 'Stock: per term', 'Stock: total'],
      runs.map((run) => {
        const stock = run.baseline?.stockSearches;
        return [
          run.articles.toLocaleString('en'),
          medianOf(run.archive.searches, (cost) => cost.fixedBytes),
          medianOf(run.archive.searches, (cost) => cost.perTermBytes),
          kB(median(run.archive.searches.map((search) => search.bytes))),
          medianOf(stock, (cost) => cost.fixedBytes),
          medianOf(stock, (cost) => cost.perTermBytes),
          stock && stock.length > 0 ? kB(median(stock.map((search) => search.bytes))) : NONE,
        ];
      }),
    ),
  ].join('\n');
}

/** Filtered and sorted first searches beside the same query without them, per size. */
function selectionSearchSection(runs: ScaleResult[]): string {
  const measured = runs.filter((run) => (run.archive.selectionSearches ?? []).length > 0);
  if (measured.length === 0) return '';
  const rows = measured.flatMap((run) =>
    (run.archive.selectionSearches ?? []).map((search) => {
      const plain = run.archive.searches.find((other) => other.query === search.query);
      const bytesOf = (kind: SearchFileKind) => search.cost?.kinds[kind]?.bytes ?? 0;
      return [
        run.articles.toLocaleString('en'),
        search.query === '' ? '(none)' : search.query,
        Object.entries(search.selection)
          .map(([name, value]) => `${name}=${value}`)
          .join('&'),
        kB(search.bytes),
        plain ? kB(plain.bytes) : NONE,
        kB(bytesOf('filters')),
        kB(bytesOf('index') + bytesOf('metadata')),
        kB(bytesOf('results')),
        String(search.requests),
        ms(search.resultsMs),
        search.error ?? search.statusText ?? '',
      ];
    }),
  );
  return [
    '## Filtered and sorted first searches',
    '',
    'The search page opened with filters or a sort in its URL, each in a fresh browser context: the first bench query narrowed to the corpus’s last year, to one source, sorted by date (newest first), all three together, and the last year listed without a query. “Without” is the same query’s first search with neither. Filters are Pagefind filter files (`*.pf_filter`, one per key and part, fetched only when a search uses that key); a date sort adds no file (each part’s text numbers are in date order). Bytes on the wire.',
    '',
    table(
      [
        'Articles',
        'Query',
        'Filters and sort',
        'Bytes',
        'Without',
        'Filter files',
        'Index + metadata',
        'Result texts',
        'Requests',
        'Time',
        'Status',
      ],
      rows,
    ),
  ].join('\n');
}

function targetsSection(runs: ScaleResult[]): string {
  const rows: string[][] = [];
  for (const run of runs) {
    const n = run.articles.toLocaleString('en');
    const { baseline } = run;
    if (!baseline) {
      rows.push([
        `Build + index ≤ ${TARGETS.buildRatio}× baseline`,
        n,
        NONE,
        'not measured',
        'no baseline at this size',
      ]);
      continue;
    }
    const overheadAstro = run.archive.build.astroSeconds - baseline.build.astroSeconds;
    const overheadIndex = run.archive.build.indexSeconds - baseline.build.indexSeconds;
    rows.push([
      `Build + index ≤ ${TARGETS.buildRatio}× baseline`,
      n,
      ratio(buildRatio(run)),
      verdict(buildRatio(run) <= TARGETS.buildRatio),
      `Astro ${overheadAstro >= 0 ? '+' : ''}${seconds(overheadAstro)}, index ${overheadIndex >= 0 ? '+' : ''}${seconds(overheadIndex)} vs baseline`,
    ]);
  }
  // The build-time target is set at 10,000 articles; the search targets hold at that size and above.
  const buildTargetRun = runs.find((run) => run.articles === 10_000) ?? runs.at(-1);
  if (buildTargetRun) {
    const total = buildTargetRun.archive.build.totalSeconds;
    rows.push([
      `Build of ${buildTargetRun.articles.toLocaleString('en')} articles < ${TARGETS.buildSecondsAt10k} s`,
      buildTargetRun.articles.toLocaleString('en'),
      seconds(total),
      verdict(total < TARGETS.buildSecondsAt10k),
      `baseline ${orNone(buildTargetRun.baseline?.build.totalSeconds, seconds)}`,
    ]);
  }
  const largeRuns = runs.filter((run) => run.articles >= 10_000);
  for (const largeRun of largeRuns.length > 0 ? largeRuns : runs.slice(-1)) {
    const n = largeRun.articles.toLocaleString('en');
    const searches = largeRun.archive.searches;
    if (searches.length === 0) continue;
    const worst = searches.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    const within = searches.filter((search) => search.bytes <= TARGETS.firstSearchBytes);
    const shareOf = (query: string): string => `${((largeRun.queryDocumentShare[query] ?? 0) * 100).toFixed(1)} %`;
    rows.push([
      `First search ≤ ${kB(TARGETS.firstSearchBytes)} in total`,
      n,
      `${within.length} of ${searches.length} queries within; worst ${kB(worst.bytes)} (${worst.query}, in ${shareOf(worst.query)} of articles), median ${kB(median(searches.map((search) => search.bytes)))}`,
      verdict(within.length === searches.length),
      `over: ${
        searches
          .filter((search) => search.bytes > TARGETS.firstSearchBytes)
          .map(
            (search) =>
              `${search.query} ${kB(search.bytes)} (stock ${orNone(stockFor(largeRun, search.query)?.bytes, kB)})`,
          )
          .join(', ') || 'none'
      }`,
    ]);
    if (largeRun.baseline) {
      const ratios = searches.map((search) => search.bytes / (stockFor(largeRun, search.query)?.bytes ?? Number.NaN));
      rows.push([
        `First search ≤ ${TARGETS.stockBytesRatio}× stock bytes`,
        n,
        `${ratio(largest(ratios))} worst (${searches[ratios.indexOf(largest(ratios))]?.query ?? ''}), ${ratio(median(ratios))} median`,
        verdict(largest(ratios) <= TARGETS.stockBytesRatio),
        `stock loads ${STOCK_RESULTS_LOADED} results' fragments; ours verifies 10 results' texts`,
      ]);
    } else {
      rows.push([
        `First search ≤ ${TARGETS.stockBytesRatio}× stock bytes`,
        n,
        NONE,
        'not measured',
        'no baseline at this size',
      ]);
    }
    const worstMs = largest(searches.map((search) => search.resultsMs));
    const stockSearches = largeRun.baseline?.stockSearches ?? [];
    rows.push([
      `Results < ${TARGETS.resultsMs} ms after the query is complete`,
      n,
      `${ms(worstMs)} worst (${searches.find((search) => search.resultsMs === worstMs)?.query ?? ''}), ${ms(median(searches.map((search) => search.resultsMs)))} median`,
      verdict(worstMs < TARGETS.resultsMs),
      stockSearches.length > 0
        ? `stock ${ms(median(stockSearches.map((search) => search.resultsMs)))} median`
        : 'no baseline at this size',
    ]);
  }
  for (const run of runs) {
    const weight = run.archive.article.weight.total.gzip;
    rows.push([
      `Article page < ${kB(TARGETS.articlePageBytes)} compressed, readable without JS`,
      run.articles.toLocaleString('en'),
      `${kB(weight)} gzip, ${kB(run.archive.article.weight.total.brotli)} brotli; no-JS ${run.archive.articleCheck.readableWithoutJs ? 'readable' : 'NOT readable'}`,
      verdict(weight < TARGETS.articlePageBytes && run.archive.articleCheck.readableWithoutJs),
      `HTML ${kB(run.archive.article.weight.html.gzip)} + CSS ${kB(run.archive.article.weight.css.gzip)} + JS ${kB(run.archive.article.weight.js.gzip)}`,
    ]);
  }
  const largestRun = runs.at(-1);
  if (largestRun) {
    rows.push([
      'Home page usable (paginated)',
      largestRun.articles.toLocaleString('en'),
      `${largestRun.archive.home.listedArticles} items, ${kB(largestRun.archive.home.size.gzip)} gzip`,
      verdict(largestRun.archive.home.listedArticles <= 50 && largestRun.archive.home.size.gzip < 50_000),
      `${largestRun.archive.home.listingPages.toLocaleString('en')} listing pages`,
    ]);
  }
  return table(['Target', 'Articles', 'Measured', 'Verdict', 'Detail'], rows);
}

function featureCostsSection(results: ResultsFile): string {
  const costs = results.featureCosts;
  if (!costs) return '';
  const full = costs.variants.find((variant) => variant.variant === 'full');
  if (!full) return '';
  const rows = costs.variants.map((variant) => {
    const saved = full.build.totalSeconds - variant.build.totalSeconds;
    return [
      variant.variant === 'full' ? 'full archive build' : `without ${variant.leftOut}`,
      seconds(variant.build.totalSeconds),
      seconds(variant.build.astroSeconds),
      variant.build.indexSteps.map((step) => `${step.integration} ${seconds(step.seconds)}`).join(', ') || '—',
      variant.variant === 'full'
        ? ''
        : `${saved >= 0 ? '' : '+'}${seconds(Math.abs(saved))}${saved >= 0 ? ' saved' : ' slower'}`,
      variant.loadBefore.toFixed(2),
    ];
  });
  return [
    `## What each feature costs (${costs.articles.toLocaleString('en')} articles)`,
    '',
    `Cold builds of one corpus with the archive’s own config minus one feature at a time (\`tests/bench/variant.config.ts\`, \`npm run bench -- --feature-costs ${costs.articles}\`), measured ${costs.measuredAt.slice(0, 16).replace('T', ' ')} UTC. Differences under a few seconds are within the noise of this shared machine.`,
    '',
    table(['Build', 'Total', 'Astro', 'Index steps', 'Difference', 'Load before'], rows),
  ].join('\n');
}

function searchIndexProfileSection(results: ResultsFile): string {
  const profile = results.searchIndexProfile;
  if (!profile) return '';
  return [
    `## Where the search-index step spends its time (${profile.articles.toLocaleString('en')} articles)`,
    '',
    'The steps of `src/search/build/write-bundle.ts`, timed one by one with the product’s own functions on a built site (`npm run bench -- --profile-search-index <site>`):',
    '',
    table(
      ['Step', 'Seconds'],
      [
        ['Read every HTML file and extract the article text (ultrahtml)', seconds(profile.extractSeconds)],
        [
          `Fold and spell as bigram tokens (${profile.meanTokensPerArticle.toLocaleString('en')} tokens per article)`,
          seconds(profile.tokenizeSeconds),
        ],
        ['Pagefind: `addCustomRecord` one at a time + `writeFiles`', seconds(profile.pagefindSequentialSeconds)],
        ['Pagefind: the same records, 64 calls in flight + `writeFiles`', seconds(profile.pagefindConcurrentSeconds)],
        ['gzip level 9 of every article text (what the integration uses)', seconds(profile.gzipTextsSeconds)],
        ['gzip level 6 of every article text', seconds(profile.gzipTextsLevel6Seconds)],
        ['Traditional → Simplified table (opencc over every Han code point)', seconds(profile.t2sTableSeconds)],
      ],
    ),
  ].join('\n');
}

function chart(runs: ScaleResult[], machineMemoryBytes: number): string {
  const points = (value: (run: ScaleResult) => number | undefined): { x: number; y: number }[] =>
    runs.flatMap((run) => {
      const y = value(run);
      return y === undefined || !Number.isFinite(y) ? [] : [{ x: run.articles, y }];
    });
  const medianCost = (searches: SearchMeasurement[] | undefined, of: (cost: SearchCost) => number): number => {
    const values = (searches ?? []).flatMap((search) => (search.cost ? [of(search.cost)] : []));
    return values.length > 0 ? median(values) : Number.NaN;
  };
  return chartSvg(
    [
      {
        title: 'Build time',
        yLabel: 'seconds',
        formatY: (value) => value.toFixed(0),
        series: [
          {
            label: 'archive: total (cold)',
            color: '#1f5fbf',
            points: points((run) => run.archive.build.totalSeconds),
          },
          {
            label: 'baseline: total',
            color: '#888',
            points: points((run) => run.baseline?.build.totalSeconds),
          },
          {
            label: 'archive: index steps',
            color: '#1f5fbf',
            dashed: true,
            points: points((run) => run.archive.build.indexSeconds),
          },
          {
            label: 'baseline: Pagefind',
            color: '#888',
            dashed: true,
            points: points((run) => run.baseline?.build.indexSeconds),
          },
          {
            label: 'archive: one article added',
            color: '#2a8a3e',
            points: points((run) => run.incremental?.build.totalSeconds),
          },
        ],
      },
      {
        title: 'Peak memory of the build (all processes)',
        yLabel: 'GiB',
        // In GiB rather than bytes, so the axis gets round ticks.
        formatY: (value) => (Number.isInteger(value) ? value.toFixed(0) : value.toFixed(1)),
        target: { y: machineMemoryBytes / 2 ** 30, label: `machine: ${GiB(machineMemoryBytes)}` },
        series: [
          {
            label: 'archive (cold)',
            color: '#1f5fbf',
            points: points((run) => run.archive.build.memory.totalBytes / 2 ** 30),
          },
          {
            label: 'baseline (where it fits)',
            color: '#888',
            points: points((run) => (run.baseline?.build.memory.totalBytes ?? Number.NaN) / 2 ** 30),
          },
          {
            label: 'archive: one article added',
            color: '#2a8a3e',
            points: points((run) => (run.incremental?.build.memory.totalBytes ?? Number.NaN) / 2 ** 30),
          },
        ],
      },
      {
        title: 'First search: bytes transferred (median and worst query)',
        yLabel: 'kB',
        formatY: (value) => (value / 1000).toFixed(0),
        target: { y: TARGETS.firstSearchBytes, label: '300 kB target' },
        series: [
          {
            label: 'archive /search/ page',
            color: '#1f5fbf',
            points: points((run) => median(run.archive.searches.map((search) => search.bytes))),
          },
          {
            label: `stock search() + ${STOCK_RESULTS_LOADED} results`,
            color: '#888',
            points: points((run) => median((run.baseline?.stockSearches ?? []).map((search) => search.bytes))),
          },
          {
            label: 'archive: worst query',
            color: '#1f5fbf',
            dashed: true,
            points: points((run) => largest(run.archive.searches.map((search) => search.bytes))),
          },
          {
            label: 'stock: worst query',
            color: '#888',
            dashed: true,
            points: points((run) => largest((run.baseline?.stockSearches ?? []).map((search) => search.bytes))),
          },
          {
            label: 'archive: fixed cost (median)',
            color: '#2a8a3e',
            dashed: true,
            points: points((run) => medianCost(run.archive.searches, (cost) => cost.fixedBytes)),
          },
        ],
      },
    ],
    'Build time, peak build memory and first-search bytes against the number of articles, archive versus bare baseline',
  );
}

/** Writes BENCHMARKS.md and the SVG chart from all results so far (to the project's files unless `output` says otherwise). */
export async function writeReport(
  results: ResultsFile,
  format: (text: string, parser: string) => Promise<string>,
  output: OutputFiles = DEFAULT_OUTPUT,
): Promise<void> {
  const runs = Object.values(results.runs).sort((a, b) => a.articles - b.articles);
  if (runs.length === 0) return;
  await mkdir(dirname(output.chart), { recursive: true });
  await writeFile(output.chart, chart(runs, results.machine.memoryBytes));
  const findings = await readFile(FINDINGS_MD, 'utf8').catch(() => '');
  const { machine } = results;
  const markdown = [
    '# Benchmarks: a growing archive',
    '',
    '<!-- Generated by `npm run bench` (tests/bench/scale-bench.ts); findings come from tests/bench/findings.md. -->',
    '',
    '`npm run bench` (or `npm run bench -- --articles 100,1000,10000,100000`) generates a synthetic archive of N articles, builds it with this project’s real build and with a bare Astro + Pagefind site (`tests/bench/baseline/`, only where it fits in memory), and measures both. Each size is built 3 times up to 1,000 articles (baseline and archive alternating; the fastest of each is reported) and once above (`--repeat R`); each query is run 3 times, each in a fresh context, and the fastest time is reported (`--search-repeat K`). At 10,000 articles (`--incremental` elsewhere) one article is then added and the archive built again on top of the previous build. kB = 1,000 bytes.',
    '',
    `Machine: ${machine.cpus} × ${machine.cpuModel}, ${(machine.memoryBytes / 2 ** 30).toFixed(1)} GiB RAM, ${machine.os}. Node ${machine.node}, Astro ${machine.astro}, Pagefind ${machine.pagefind}, playwright-core ${machine.playwright}, Chromium ${machine.chromium}.`,
    '',
    '**Timings are noisy**: other engineers’ builds and browser tests ran on the same 2 cores during these runs (the load average before each build is in the tables). Byte counts and sizes are exact and repeatable.',
    '',
    `![Build time, peak build memory and first-search bytes against the number of articles](${output.chartLink})`,
    '',
    '## Summary',
    '',
    summaryTable(runs),
    '',
    baselineFitSection(results, runs),
    '',
    '## Targets',
    '',
    targetsSection(runs),
    '',
    findings.trim(),
    '',
    buildStepsSection(runs),
    '',
    incrementalSection(runs),
    '',
    searchCostSection(runs),
    '',
    selectionSearchSection(runs),
    '',
    featureCostsSection(results),
    '',
    searchIndexProfileSection(results),
    '',
    '## Method',
    '',
    '- **Corpus** (`tests/bench/corpus.ts`): sentences of the two real articles, segmented with `Intl.Segmenter`, with 60 % of their words swapped for words of the same length drawn (Zipf-weighted) from a vocabulary of the real articles’ words, pinyin-pro’s common-word dictionaries and OpenCC’s phrase table (about 52,000 words); an intro and 3–5 `## heading {#ascii-id}` sections per article, dates 2016–2025, ten sources, a column on 40 % of articles. Deterministic (fixed seed). Each article is written to disk as it is generated; the bench keeps five of them in memory, for the page checks.',
    '- **Builds**: cold (output and Astro cache removed first), one after the other, baseline first. The archive is built by `tests/support/build-site.ts` `buildSite()` (the real `astro build`); the index time is the one the Pagefind integrations log; “Astro” is the rest of the wall time. Peak memory is the largest sum of resident memory over all build processes (Node and the Pagefind binary), sampled every 200 ms from `/proc`; a build that leaves the machine less than 1.5 GiB available is stopped (its own processes only) and reported as out of memory.',
    '- **Build steps**: every Node process of a build loads `tests/bench/build-log-tap.ts` (`NODE_OPTIONS=--import`), which copies each log line with the millisecond it was written to a file; `tests/bench/build-steps.ts` cuts the build at Astro’s phase lines and at each integration’s closing line, and gives every memory sample to the step running when it was taken.',
    '- **Baseline** (`tests/bench/baseline/`): the same Astro, Node and corpus; one plain page per article (title, date, source, Markdown body), a 20-item home page, Pagefind’s Node API with default options. Same Markdown processor with heading attributes switched on, since the corpus uses `{#id}`. Built only where it fits (`--baseline auto|always|never`, `--baseline-max-articles`, see the Summary).',
    '- **Searches**: headless Chromium (a new context, so an empty cache, per measurement) against a local server that gzips text like a static host; every byte the server sends is counted, including those the Pagefind worker fetches, and each file is classed by its name as a fixed or a per-term cost (`tests/bench/search-cost.ts`).',
    '- **Adding one article**: `--incremental` / `--no-incremental`, `--edit-delete` / `--no-edit-delete`, `--compare-clean` / `--no-compare-clean` (see that section); the comparison is `tests/bench/dist-compare.ts`.',
    '- **Article page**: the files the browser loads for a mid-corpus article, each compressed with zlib (gzip level 6, brotli quality 11); then the page is loaded again with JavaScript disabled and its visible text must contain the title, every heading and every paragraph.',
    '',
    '## Details per size',
    '',
    runs.map(runSection).join('\n\n'),
    '',
  ].join('\n');
  await writeFile(output.report, await format(markdown, 'markdown'));
}
