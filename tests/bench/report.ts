import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SearchMeasurement } from './browser-metrics.ts';
import { STOCK_RESULTS_LOADED } from './browser-metrics.ts';
import { chartSvg } from './chart.ts';
import { BENCHMARKS_MD, CHART_SVG, type ResultsFile, type ScaleResult } from './results.ts';

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
  return run.archive.build.totalSeconds / run.baseline.build.totalSeconds;
}

function stockFor(run: ScaleResult, query: string): SearchMeasurement | undefined {
  return (run.baseline.stockSearches ?? []).find((search) => search.query === query);
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
      const stock = run.baseline.stockSearches ?? [];
      return [
        run.articles.toLocaleString('en'),
        `${seconds(run.archive.build.totalSeconds)} (${seconds(run.archive.build.astroSeconds)} + ${seconds(run.archive.build.indexSeconds)})`,
        `${seconds(run.baseline.build.totalSeconds)} (${seconds(run.baseline.build.astroSeconds)} + ${seconds(run.baseline.build.indexSeconds)})`,
        ratio(buildRatio(run)),
        `${MiB(run.archive.build.memory.totalBytes)} / ${MiB(run.baseline.build.memory.totalBytes)}`,
        `${MB(run.archive.dist.bytes)} / ${MB(run.baseline.dist.bytes)}`,
        `${MB(run.archive.index.index.bytes)} / ${MB(run.baseline.index.index.bytes)}`,
        `${kB(median(ours.map((search) => search.bytes)))} (${kB(largest(ours.map((search) => search.bytes)))}) / ${kB(median(stock.map((search) => search.bytes)))} (${kB(largest(stock.map((search) => search.bytes)))})`,
        `${ms(median(ours.map((search) => search.resultsMs)))} (${ms(largest(ours.map((search) => search.resultsMs)))}) / ${ms(median(stock.map((search) => search.resultsMs)))} (${ms(largest(stock.map((search) => search.resultsMs)))})`,
        `${kB(run.archive.article.weight.total.gzip)} (${kB(run.archive.article.weight.total.brotli)})`,
        run.archive.articleCheck.readableWithoutJs ? 'yes' : 'no',
      ];
    }),
  );
}

function runSection(run: ScaleResult): string {
  const { archive, baseline } = run;
  const lines: string[] = [
    `### ${run.articles.toLocaleString('en')} articles`,
    '',
    `Measured ${run.measuredAt.slice(0, 16).replace('T', ' ')} UTC, archive code ${run.productVersion ?? 'not recorded'}. Corpus: mean body ${run.corpus.meanBodyCharacters} characters, ${run.corpus.distinctWordsUsed.toLocaleString('en')} distinct words, dates ${run.corpus.firstDate} … ${run.corpus.lastDate}, ${run.corpus.sources} sources.`,
    '',
    table(
      ['', 'Archive', 'Bare baseline', 'Ratio'],
      [
        [
          'Build total (wall)',
          seconds(archive.build.totalSeconds),
          seconds(baseline.build.totalSeconds),
          ratio(buildRatio(run)),
        ],
        [
          'Astro (everything but Pagefind)',
          seconds(archive.build.astroSeconds),
          seconds(baseline.build.astroSeconds),
          ratio(archive.build.astroSeconds / baseline.build.astroSeconds),
        ],
        [
          'Index steps, as logged',
          archive.build.indexSteps.map((step) => `${step.integration} ${seconds(step.seconds)}`).join(' + '),
          baseline.build.indexSteps.map((step) => `${step.integration} ${seconds(step.seconds)}`).join(' + '),
          ratio(archive.build.indexSeconds / baseline.build.indexSeconds),
        ],
        [
          'Every build (fastest reported)',
          run.buildTotals.archive.map(seconds).join(', '),
          run.buildTotals.baseline.map(seconds).join(', '),
          '',
        ],
        ['Pages indexed', String(archive.build.indexedPages), String(baseline.build.indexedPages), ''],
        [
          'Peak memory (all build processes)',
          `${MiB(archive.build.memory.totalBytes)} (largest: ${archive.build.memory.largestProcess.command} ${MiB(archive.build.memory.largestProcess.bytes)})`,
          `${MiB(baseline.build.memory.totalBytes)} (largest: ${baseline.build.memory.largestProcess.command} ${MiB(baseline.build.memory.largestProcess.bytes)})`,
          ratio(archive.build.memory.totalBytes / baseline.build.memory.totalBytes),
        ],
        ['Load average before the build', archive.loadBefore.toFixed(2), baseline.loadBefore.toFixed(2), ''],
        [
          'dist/',
          `${MB(archive.dist.bytes)}, ${archive.dist.files.toLocaleString('en')} files`,
          `${MB(baseline.dist.bytes)}, ${baseline.dist.files.toLocaleString('en')} files`,
          ratio(archive.dist.bytes / baseline.dist.bytes),
        ],
        [
          `Search index (${archive.index.bundles.join(', ')} / ${baseline.index.bundles.join(', ')}; no JS/CSS/wasm)`,
          `${MB(archive.index.index.bytes)}, ${archive.index.index.files.toLocaleString('en')} files`,
          `${MB(baseline.index.index.bytes)}, ${baseline.index.index.files.toLocaleString('en')} files`,
          ratio(archive.index.index.bytes / baseline.index.index.bytes),
        ],
        [
          'Whole search bundles (with library and UI files)',
          MB(archive.index.total.bytes),
          MB(baseline.index.total.bytes),
          '',
        ],
        [
          'Article page HTML+CSS+JS gzip (brotli)',
          `${kB(archive.article.weight.total.gzip)} (${kB(archive.article.weight.total.brotli)})`,
          `${kB(baseline.article.weight.total.gzip)} (${kB(baseline.article.weight.total.brotli)})`,
          ratio(archive.article.weight.total.gzip / baseline.article.weight.total.gzip),
        ],
      ],
    ),
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
          stock ? kB(stock.bytes) : 'n/a',
          stock ? `${kB(stock.indexChunkBytes)} + ${kB(stock.resultDataBytes)}` : 'n/a',
          stock ? ms(stock.resultsMs) : 'n/a',
          stock ? String(stock.resultCount) : 'n/a',
          stock ? ratio(search.bytes / stock.bytes) : 'n/a',
        ];
      }),
    ),
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

function targetsSection(runs: ScaleResult[]): string {
  const rows: string[][] = [];
  for (const run of runs) {
    const n = run.articles.toLocaleString('en');
    const overheadAstro = run.archive.build.astroSeconds - run.baseline.build.astroSeconds;
    const overheadIndex = run.archive.build.indexSeconds - run.baseline.build.indexSeconds;
    rows.push([
      `Build + index ≤ ${TARGETS.buildRatio}× baseline`,
      n,
      ratio(buildRatio(run)),
      verdict(buildRatio(run) <= TARGETS.buildRatio),
      `Astro ${overheadAstro >= 0 ? '+' : ''}${seconds(overheadAstro)}, index ${overheadIndex >= 0 ? '+' : ''}${seconds(overheadIndex)} vs baseline`,
    ]);
  }
  const largestRun = runs.at(-1);
  if (largestRun) {
    const n = largestRun.articles.toLocaleString('en');
    const total = largestRun.archive.build.totalSeconds;
    rows.push([
      `Build of the largest archive < ${TARGETS.buildSecondsAt10k} s`,
      n,
      seconds(total),
      verdict(total < TARGETS.buildSecondsAt10k),
      `baseline ${seconds(largestRun.baseline.build.totalSeconds)}`,
    ]);
    const searches = largestRun.archive.searches;
    const worst = searches.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    const within = searches.filter((search) => search.bytes <= TARGETS.firstSearchBytes);
    const shareOf = (query: string): string => `${((largestRun.queryDocumentShare[query] ?? 0) * 100).toFixed(1)} %`;
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
              `${search.query} ${kB(search.bytes)} (stock ${kB(stockFor(largestRun, search.query)?.bytes ?? Number.NaN)})`,
          )
          .join(', ') || 'none'
      }`,
    ]);
    const ratios = searches.map((search) => search.bytes / (stockFor(largestRun, search.query)?.bytes ?? Number.NaN));
    rows.push([
      `First search ≤ ${TARGETS.stockBytesRatio}× stock bytes`,
      n,
      `${ratio(largest(ratios))} worst (${searches[ratios.indexOf(largest(ratios))]?.query ?? ''}), ${ratio(median(ratios))} median`,
      verdict(largest(ratios) <= TARGETS.stockBytesRatio),
      `stock loads ${STOCK_RESULTS_LOADED} results' fragments; ours verifies 10 results' texts`,
    ]);
    const worstMs = largest(searches.map((search) => search.resultsMs));
    rows.push([
      `Results < ${TARGETS.resultsMs} ms after the query is complete`,
      n,
      `${ms(worstMs)} worst (${searches.find((search) => search.resultsMs === worstMs)?.query ?? ''}), ${ms(median(searches.map((search) => search.resultsMs)))} median`,
      verdict(worstMs < TARGETS.resultsMs),
      `stock ${ms(median((largestRun.baseline.stockSearches ?? []).map((search) => search.resultsMs)))} median`,
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

function chart(runs: ScaleResult[]): string {
  const points = (value: (run: ScaleResult) => number): { x: number; y: number }[] =>
    runs.map((run) => ({ x: run.articles, y: value(run) }));
  return chartSvg(
    [
      {
        title: 'Cold build time',
        yLabel: 'seconds',
        formatY: (value) => value.toFixed(0),
        series: [
          {
            label: 'archive: total',
            color: '#1f5fbf',
            points: points((run) => run.archive.build.totalSeconds),
          },
          {
            label: 'baseline: total',
            color: '#888',
            points: points((run) => run.baseline.build.totalSeconds),
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
            points: points((run) => run.baseline.build.indexSeconds),
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
            points: points((run) => median((run.baseline.stockSearches ?? []).map((search) => search.bytes))),
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
            points: points((run) => largest((run.baseline.stockSearches ?? []).map((search) => search.bytes))),
          },
        ],
      },
    ],
    'Build time and first-search bytes against the number of articles, archive versus bare baseline',
  );
}

/** Writes BENCHMARKS.md and the SVG chart from all results so far. */
export async function writeReport(
  results: ResultsFile,
  format: (text: string, parser: string) => Promise<string>,
): Promise<void> {
  const runs = Object.values(results.runs).sort((a, b) => a.articles - b.articles);
  if (runs.length === 0) return;
  await mkdir(dirname(CHART_SVG), { recursive: true });
  await writeFile(CHART_SVG, chart(runs));
  const findings = await readFile(FINDINGS_MD, 'utf8').catch(() => '');
  const { machine } = results;
  const markdown = [
    '# Benchmarks: a growing archive',
    '',
    '<!-- Generated by `npm run bench` (tests/bench/scale-bench.ts); findings come from tests/bench/findings.md. -->',
    '',
    '`npm run bench` (or `npm run bench -- --articles 100,1000,10000`) generates a synthetic archive of N articles, builds it with this project’s real build and with a bare Astro + Pagefind site (`tests/bench/baseline/`), and measures both. Each size is built 3 times up to 1,000 articles (baseline and archive alternating; the fastest of each is reported) and once at 10,000 (`--repeat R`); each query is run 3 times, each in a fresh context, and the fastest time is reported (`--search-repeat K`). kB = 1,000 bytes.',
    '',
    `Machine: ${machine.cpus} × ${machine.cpuModel}, ${(machine.memoryBytes / 2 ** 30).toFixed(1)} GiB RAM, ${machine.os}. Node ${machine.node}, Astro ${machine.astro}, Pagefind ${machine.pagefind}, playwright-core ${machine.playwright}, Chromium ${machine.chromium}.`,
    '',
    '**Timings are noisy**: other engineers’ builds and browser tests ran on the same 2 cores during these runs (the load average before each build is in the tables). Byte counts and sizes are exact and repeatable.',
    '',
    '![Build time and first-search bytes against the number of articles](tests/bench/results/scale-chart.svg)',
    '',
    '## Summary',
    '',
    summaryTable(runs),
    '',
    '## Targets',
    '',
    targetsSection(runs),
    '',
    findings.trim(),
    '',
    featureCostsSection(results),
    '',
    searchIndexProfileSection(results),
    '',
    '## Method',
    '',
    '- **Corpus** (`tests/bench/corpus.ts`): sentences of the two real articles, segmented with `Intl.Segmenter`, with 60 % of their words swapped for words of the same length drawn (Zipf-weighted) from a vocabulary of the real articles’ words, pinyin-pro’s common-word dictionaries and OpenCC’s phrase table (about 52,000 words); an intro and 3–5 `## heading {#ascii-id}` sections per article, dates 2016–2025, ten sources, a column on 40 % of articles. Deterministic (fixed seed).',
    '- **Builds**: cold (output and Astro cache removed first), one after the other, baseline first. The archive is built by `tests/support/build-site.ts` `buildSite()` (the real `astro build`); the index time is the one the Pagefind integrations log; “Astro” is the rest of the wall time. Peak memory is the largest sum of resident memory over all build processes (Node and the Pagefind binary), sampled every 200 ms from `/proc`.',
    '- **Baseline** (`tests/bench/baseline/`): the same Astro, Node and corpus; one plain page per article (title, date, source, Markdown body), a 20-item home page, Pagefind’s Node API with default options. Same Markdown processor with heading attributes switched on, since the corpus uses `{#id}`.',
    '- **Searches**: headless Chromium (a new context, so an empty cache, per measurement) against a local server that gzips text like a static host; every byte the server sends is counted, including those the Pagefind worker fetches.',
    '- **Article page**: the files the browser loads for a mid-corpus article, each compressed with zlib (gzip level 6, brotli quality 11); then the page is loaded again with JavaScript disabled and its visible text must contain the title, every heading and every paragraph.',
    '',
    '## Details per size',
    '',
    runs.map(runSection).join('\n\n'),
    '',
  ].join('\n');
  await writeFile(BENCHMARKS_MD, await format(markdown, 'markdown'));
}
