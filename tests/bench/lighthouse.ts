// npm run bench:lighthouse — Lighthouse (its npm package, default configuration: mobile emulation and
// simulated throttling) on every article page of the real site, built and served by nginx exactly as
// deployed, plus the home page and a search for information. Each page is audited RUNS times (rounds over
// all pages, so a busy moment of the shared machine does not hit one page only); the table gives the median
// run by performance score, the audits of accessibility, best practices and SEO that scored below 1 in any
// run, and the performance metrics of the median run. Results go to tests/bench/results/lighthouse.json.
//
// The acceptance criterion: accessibility, best practices and SEO 100 and performance at least 95 on
// every article page.
//
// Options: --runs N     audits per page (default 3);
//          --reuse DIR  audit an existing build instead of building one.
import { existsSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSite, projectRoot } from '../support/build-site.ts';
import {
  ALL_CATEGORIES,
  NON_TIMING_CATEGORIES,
  PERFORMANCE_METRICS,
  startLighthouseBrowser,
  type FailingAudit,
  type MetricName,
  type PageAudit,
} from '../support/lighthouse.ts';
import { serveWithNginx } from '../../src/server/nginx.ts';
import { formatLikeProject } from './project-format.ts';

/** The criterion's bar for performance on an article page (0–1). */
const PERFORMANCE_BAR = 0.95;
/** Lighthouse's own threshold: at or below this benchmark index, its CLI warns of a slow host CPU. */
const SLOW_HOST_INDEX = 1000;

/** One page's runs and their median. */
interface PageResult {
  path: string;
  kind: 'article' | 'other';
  runs: PageAudit[];
  /** The run with the median performance score. */
  median: PageAudit;
  /** Every audit of accessibility, best practices and SEO below 1 in any run (once per audit id). */
  failingAudits: FailingAudit[];
  /** Whether the page meets the criterion (articles only). */
  meetsCriterion?: boolean;
}

const option = (name: string): string | undefined => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const runs = Number(option('--runs') ?? 3);
const siteDir = option('--reuse') ?? join(projectRoot, '.bench', 'lighthouse', 'site');
if (option('--reuse') === undefined) {
  console.log('building the site…');
  await buildSite({ outDir: siteDir });
}

const articlesDir = join(siteDir, 'articles');
const articlePaths = (await readdir(articlesDir, { withFileTypes: true }))
  .filter((entry) => entry.isDirectory() && existsSync(join(articlesDir, entry.name, 'index.html')))
  .map((entry) => `articles/${entry.name}/`)
  .sort();
if (articlePaths.length === 0) throw new Error(`no articles/*/index.html in ${siteDir}`);
const pages: { path: string; kind: PageResult['kind'] }[] = [
  ...articlePaths.map((path) => ({ path, kind: 'article' as const })),
  { path: '', kind: 'other' },
  { path: `search/?q=${encodeURIComponent('广电')}`, kind: 'other' },
];

const score = (value: number | null | undefined): string =>
  value === null || value === undefined ? '–' : String(Math.round(value * 100));
const performance = (audit: PageAudit): number => audit.scores.performance ?? 0;

const site = await serveWithNginx(siteDir);
const browser = await startLighthouseBrowser();
const audits = new Map<string, PageAudit[]>(pages.map(({ path }) => [path, []]));
const loadBefore = loadavg()[0] ?? 0;
try {
  for (let round = 1; round <= runs; round += 1) {
    for (const { path } of pages) {
      const url = new URL(path, site.url).href;
      process.stdout.write(`run ${round}/${runs}: /${decodeURIComponent(path)} … `);
      const audit = await browser.audit(url);
      audits.get(path)?.push(audit);
      const scores = ALL_CATEGORIES.map((category) => `${category} ${score(audit.scores[category])}`);
      console.log(`${scores.join(', ')} (CPU benchmark index ${Math.round(audit.benchmarkIndex)})`);
    }
  }
} finally {
  await browser.close();
  await site.close();
}

const results: PageResult[] = pages.map(({ path, kind }) => {
  const pageRuns = audits.get(path) ?? [];
  const sorted = [...pageRuns].sort((a, b) => performance(a) - performance(b));
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  if (!median) throw new Error(`no run of /${path}`);
  const failing = new Map<string, FailingAudit>();
  for (const run of pageRuns)
    for (const audit of run.failingAudits) failing.set(`${audit.category}:${audit.id}`, audit);
  const failingAudits = [...failing.values()].filter((audit) => audit.category !== 'performance');
  const result: PageResult = { path: `/${path}`, kind, runs: pageRuns, median, failingAudits };
  if (kind === 'article') {
    result.meetsCriterion =
      performance(median) >= PERFORMANCE_BAR &&
      pageRuns.every((run) => NON_TIMING_CATEGORIES.every((category) => run.scores[category] === 1));
  }
  return result;
});

const metricNames = Object.keys(PERFORMANCE_METRICS) as MetricName[];
const formatMetric = (name: MetricName, value: number | undefined): string =>
  value === undefined ? '–' : name === 'CLS' ? value.toFixed(3) : `${(value / 1000).toFixed(2)} s`;
console.log(
  `\nLighthouse ${results[0]?.median.lighthouseVersion ?? ''}, mobile defaults, ${runs} run(s) a page; ` +
    `performance: the median run (all runs in brackets, each @ the host's CPU benchmark index during it).`,
);
const indexes = results.flatMap((result) => result.runs.map((run) => Math.round(run.benchmarkIndex)));
console.log(
  `Host CPU benchmark index ${Math.min(...indexes)}–${Math.max(...indexes)} (Lighthouse's default 4× CPU slowdown ` +
    `expects more than ${SLOW_HOST_INDEX}; below that its CLI warns that the performance score suffers); ` +
    `load average ${loadBefore.toFixed(1)} before, ${(loadavg()[0] ?? 0).toFixed(1)} after, on ${cpus().length} CPUs.\n`,
);
console.log(
  `| page | accessibility | best practices | SEO | performance | ${metricNames.join(' | ')} |\n` +
    `| --- | --- | --- | --- | --- | ${metricNames.map(() => '---').join(' | ')} |`,
);
for (const result of results) {
  const { median } = result;
  const allRuns = result.runs
    .map((run) => `${score(run.scores.performance)}@${Math.round(run.benchmarkIndex)}`)
    .join(', ');
  const nonTiming = NON_TIMING_CATEGORIES.map((category) => {
    const values = [...new Set(result.runs.map((run) => score(run.scores[category])))];
    return values.join('/');
  });
  console.log(
    `| ${decodeURIComponent(result.path)} | ${nonTiming.join(' | ')} | ${score(median.scores.performance)} (${allRuns}) | ` +
      `${metricNames.map((name) => formatMetric(name, median.metrics[name])).join(' | ')} |`,
  );
}
for (const result of results) {
  if (result.failingAudits.length === 0) continue;
  console.log(`\n${decodeURIComponent(result.path)}: audits below 100`);
  for (const audit of result.failingAudits) {
    const value = audit.displayValue ? ` (${audit.displayValue})` : '';
    console.log(`  [${audit.category}] ${audit.id}: ${audit.title}${value}, score ${score(audit.score)}`);
    if (audit.explanation) console.log(`      ${audit.explanation}`);
    for (const item of audit.items) console.log(`      ${item}`);
  }
}
const warnings = new Set(results.flatMap((result) => result.runs.flatMap((run) => run.runWarnings)));
for (const warning of warnings) console.log(`\nLighthouse warning: ${warning}`);
const articles = results.filter((result) => result.kind === 'article');
const failingPages = articles.filter((result) => !result.meetsCriterion);
console.log(
  failingPages.length === 0
    ? `\nAll ${articles.length} article pages meet the criterion (100 / 100 / 100, performance ≥ ${PERFORMANCE_BAR * 100}).`
    : `\n${failingPages.length} of ${articles.length} article pages miss the criterion: ` +
        failingPages.map((result) => result.path).join(', '),
);

const resultsDir = fileURLToPath(new URL('./results/', import.meta.url));
await mkdir(resultsDir, { recursive: true });
const summary = {
  measuredAt: new Date().toISOString(),
  lighthouse: results[0]?.median.lighthouseVersion,
  userAgent: results[0]?.median.userAgent,
  settings: 'default configuration: mobile emulation, simulated throttling',
  machine: { cpus: cpus().length, loadBefore, loadAfter: loadavg()[0] ?? 0 },
  runsPerPage: runs,
  criterion: { nonTimingCategories: 1, performance: PERFORMANCE_BAR },
  allArticlesMeetCriterion: failingPages.length === 0,
  pages: results.map((result) => ({
    path: decodeURIComponent(result.path),
    kind: result.kind,
    ...(result.meetsCriterion === undefined ? {} : { meetsCriterion: result.meetsCriterion }),
    scores: result.median.scores,
    performanceRuns: result.runs.map((run) => run.scores.performance ?? null),
    benchmarkIndexRuns: result.runs.map((run) => Math.round(run.benchmarkIndex)),
    // Milliseconds, CLS unitless.
    metrics: Object.fromEntries(
      Object.entries(result.median.metrics).map(([name, value]) => [
        name,
        name === 'CLS' ? Number(value.toFixed(4)) : Math.round(value),
      ]),
    ),
    failingAudits: result.failingAudits,
  })),
};
const resultsFile = join(resultsDir, 'lighthouse.json');
await writeFile(resultsFile, await formatLikeProject(JSON.stringify(summary)));
console.log(`\nwritten: ${resultsFile}`);
