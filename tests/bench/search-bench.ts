// npm run bench:search — search quality and first-search cost, stock Pagefind vs this archive.
//
// For every query of tests/fixtures/search-queries.ts it runs (a) Pagefind's own search()
// on a stock bundle of the same pages (/pagefind/, written here: the site has none) and (b) the archive's /search/ page, both in
// Chromium against the built site, and prints precision, recall and section accuracy side
// by side. Then, for a few queries, a first search in a fresh browser context: bytes sent
// (gzip for text, as a static host would) and milliseconds until results.
//
// Options: --reuse DIR  measure an existing build instead of building into .bench/search/site.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../support/chromium.ts';
import { buildSite, projectRoot } from '../support/build-site.ts';
import { stockPagefindSearch, writeStockPagefindIndex } from '../support/pagefind.ts';
import { searchOnSite, sectionOfHref, sectionsByElementId } from '../support/search-page.ts';
import { BROADCAST, SEARCH_QUERIES, TELECOM, type SearchQueryCase } from '../fixtures/search-queries.ts';
import { measureArchiveSearch, measureStockSearch, type SearchMeasurement } from './browser-metrics.ts';
import { startCountingServer } from './counting-server.ts';

/** Queries timed as a first search: common word, phrase, number, Traditional, regional, multi-term, absent. */
const FIRST_SEARCH_QUERIES = ['广电', '心地解答', '10010', '復工復產', '網路', '广电 网络', '网速慢'];
const REPEATS = 3;

interface Answer {
  /** Article ids in result order. */
  articleIds: string[];
  /** Per article: the section its first section link (or first sub-result) leads into; undefined = page top. */
  firstSections: Map<string, string | undefined>;
}

interface Tally {
  returned: number;
  returnedRight: number;
  expected: number;
  expectedFound: number;
  sectionRight: number;
  queriesAllRight: number;
}

function emptyTally(): Tally {
  return { returned: 0, returnedRight: 0, expected: 0, expectedFound: 0, sectionRight: 0, queriesAllRight: 0 };
}

function score(tally: Tally, row: SearchQueryCase, answer: Answer): boolean {
  const expectedIds = Object.keys(row.sections);
  let allRight = answer.articleIds.length === expectedIds.length;
  tally.returned += answer.articleIds.length;
  tally.returnedRight += answer.articleIds.filter((id) => expectedIds.includes(id)).length;
  tally.expected += expectedIds.length;
  for (const id of expectedIds) {
    if (!answer.articleIds.includes(id)) {
      allRight = false;
      continue;
    }
    tally.expectedFound += 1;
    const expectedSection = row.sections[id] ?? undefined;
    if (answer.firstSections.get(id) === expectedSection) tally.sectionRight += 1;
    else allRight = false;
  }
  if (row.first && answer.articleIds[0] !== row.first) allRight = false;
  if (allRight) tally.queriesAllRight += 1;
  return allRight;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function articleIdOf(url: string): string {
  return /\/articles\/([^/]+)\//.exec(url)?.[1] ?? url;
}

async function pageScriptBytes(siteDir: string): Promise<number> {
  const html = await readFile(join(siteDir, 'search', 'index.html'), 'utf8');
  let bytes = 0;
  for (const [, src] of html.matchAll(/<script[^>]+src="([^"]+)"/g)) {
    const path = join(siteDir, (src ?? '').replace(/^\/(archive\/)?/, ''));
    if (existsSync(path)) bytes += gzipSync(await readFile(path)).length;
  }
  // Chunks the page scripts import (the search engine is split out by Vite).
  for (const [, src] of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)) {
    const path = join(siteDir, (src ?? '').replace(/^\//, ''));
    if (existsSync(path)) bytes += gzipSync(await readFile(path)).length;
  }
  return bytes;
}

async function main(): Promise<void> {
  const reuseAt = process.argv.indexOf('--reuse');
  const siteDir = reuseAt > 0 ? (process.argv[reuseAt + 1] ?? '') : join(projectRoot, '.bench', 'search', 'site');
  if (reuseAt < 0) {
    process.stdout.write(`Building the site into ${siteDir} …\n`);
    await buildSite({ outDir: siteDir });
  }
  if (!existsSync(join(siteDir, 'search-index', 'pagefind.js'))) throw new Error(`${siteDir} has no search index`);
  // Pagefind as it ships, over the same built pages (their <html lang="zh-CN"> selects its Chinese segmentation).
  const stockPages = await writeStockPagefindIndex(siteDir);
  process.stdout.write(`Stock Pagefind read ${stockPages} HTML files into ${join(siteDir, 'pagefind')}\n`);
  const server = await startCountingServer(siteDir);
  const browser = await launchChromium();
  try {
    const sectionMaps = new Map<string, Map<string, string>>();
    for (const id of [BROADCAST, TELECOM]) sectionMaps.set(id, await sectionsByElementId(siteDir, id));
    const sectionOf = (articleId: string, href: string): string | undefined =>
      sectionOfHref(href, sectionMaps.get(articleId) ?? new Map<string, string>());

    const context = await browser.newContext();
    const stockPage = await context.newPage();
    await stockPage.goto(server.blankPageUrl);
    const oursPage = await context.newPage();
    const stock = emptyTally();
    const ours = emptyTally();
    const misses: string[] = [];
    const byKind = new Map<string, { queries: number; stock: Tally; ours: Tally }>();
    for (const row of SEARCH_QUERIES) {
      const stockResults = await stockPagefindSearch(stockPage, `${server.url}pagefind/`, row.query);
      const stockAnswer: Answer = { articleIds: [], firstSections: new Map() };
      for (const result of stockResults) {
        const id = articleIdOf(result.url);
        stockAnswer.articleIds.push(id);
        stockAnswer.firstSections.set(id, sectionOf(id, result.subResultUrls[0] ?? ''));
      }
      const shown = await searchOnSite(oursPage, server.url, row.query);
      const oursAnswer: Answer = { articleIds: [], firstSections: new Map() };
      for (const result of shown.results) {
        oursAnswer.articleIds.push(result.articleId);
        oursAnswer.firstSections.set(result.articleId, sectionOf(result.articleId, result.sectionHrefs[0] ?? ''));
      }
      const stockRight = score(stock, row, stockAnswer);
      const oursRight = score(ours, row, oursAnswer);
      const kind = byKind.get(row.kind) ?? { queries: 0, stock: emptyTally(), ours: emptyTally() };
      kind.queries += 1;
      score(kind.stock, row, stockAnswer);
      score(kind.ours, row, oursAnswer);
      byKind.set(row.kind, kind);
      if (!oursRight) misses.push(`ours wrong on ${row.query}: ${oursAnswer.articleIds.join(', ')}`);
      if (!stockRight)
        misses.push(`  stock wrong on ${row.query}: ${stockAnswer.articleIds.map(articleIdOf).join(', ')}`);
    }
    await context.close();

    const firstSearch: { query: string; stock: SearchMeasurement; ours: SearchMeasurement }[] = [];
    for (const query of FIRST_SEARCH_QUERIES) {
      const stockRuns: [SearchMeasurement, ...SearchMeasurement[]] = [await measureStockSearch(browser, server, query)];
      const oursRuns: [SearchMeasurement, ...SearchMeasurement[]] = [
        await measureArchiveSearch(browser, server, query),
      ];
      for (let repeat = 1; repeat < REPEATS; repeat += 1) {
        stockRuns.push(await measureStockSearch(browser, server, query));
        oursRuns.push(await measureArchiveSearch(browser, server, query));
      }
      const pick = (runs: [SearchMeasurement, ...SearchMeasurement[]]): SearchMeasurement => {
        const ms = median(runs.map((run) => run.resultsMs));
        return { ...(runs.find((run) => run.resultsMs === ms) ?? runs[0]), resultsMs: ms };
      };
      firstSearch.push({ query, stock: pick(stockRuns), ours: pick(oursRuns) });
    }
    const scriptBytes = await pageScriptBytes(siteDir);

    const lines: string[] = [];
    lines.push(`Search quality on ${SEARCH_QUERIES.length} queries (tests/fixtures/search-queries.ts)`);
    lines.push('');
    lines.push('| | stock Pagefind search() | this archive |');
    lines.push('|---|---|---|');
    lines.push(
      `| precision | ${percent(stock.returnedRight, stock.returned)} | ${percent(ours.returnedRight, ours.returned)} |`,
    );
    lines.push(
      `| recall | ${percent(stock.expectedFound, stock.expected)} | ${percent(ours.expectedFound, ours.expected)} |`,
    );
    lines.push(
      `| section accuracy (first link) | ${percent(stock.sectionRight, stock.expected)} | ${percent(ours.sectionRight, ours.expected)} |`,
    );
    lines.push(
      `| queries answered entirely right | ${stock.queriesAllRight}/${SEARCH_QUERIES.length} | ${ours.queriesAllRight}/${SEARCH_QUERIES.length} |`,
    );
    lines.push('');
    lines.push('By kind of query (precision / recall; queries answered entirely right)');
    lines.push('');
    lines.push('| kind | queries | stock Pagefind search() | this archive |');
    lines.push('|---|---|---|---|');
    for (const [kind, { queries, stock: s, ours: o }] of byKind) {
      const cell = (tally: Tally): string =>
        `${percent(tally.returnedRight, tally.returned)} / ${percent(tally.expectedFound, tally.expected)}; ${tally.queriesAllRight}/${queries}`;
      lines.push(`| ${kind} | ${queries} | ${cell(s)} | ${cell(o)} |`);
    }
    lines.push('');
    lines.push(`First search in a fresh browser context (median of ${REPEATS}; bytes as sent with gzip)`);
    lines.push('');
    lines.push('| query | stock KB | ours: search data KB | ours + page scripts KB | ratio | stock ms | ours ms |');
    lines.push('|---|---|---|---|---|---|---|');
    const kb = (bytes: number): string => (bytes / 1024).toFixed(1);
    const ratios: number[] = [];
    for (const { query, stock: s, ours: o } of firstSearch) {
      const total = o.searchDataBytes + scriptBytes;
      ratios.push(total / s.bytes);
      lines.push(
        `| ${query} | ${kb(s.bytes)} | ${kb(o.searchDataBytes)} | ${kb(total)} | ${(total / s.bytes).toFixed(2)}× | ${s.resultsMs.toFixed(0)} | ${o.resultsMs.toFixed(0)} |`,
      );
    }
    lines.push('');
    lines.push(
      `Bytes ratio (ours incl. ${kb(scriptBytes)} KB of page scripts / stock): max ${Math.max(...ratios).toFixed(2)}×, median ${median(ratios).toFixed(2)}×.`,
    );
    lines.push('Stock ms: import + search() + data() of the first 5 results, on a loaded blank page.');
    lines.push('Ours ms: from DOMContentLoaded of /search/?q=… until the status region reports the results.');
    if (misses.length > 0) {
      lines.push('');
      lines.push('Misses:');
      lines.push(...misses);
    }
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
