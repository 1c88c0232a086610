// npm run bench:phone — the search page on a phone-like connection. Builds the real site (content/, two
// articles) once into .bench/phone/site, serves it with nginx and the build's own configuration (Brotli,
// caching headers), and opens /search/?q=… for each query in a fresh browser context (empty cache) under
// Chromium's DevTools emulation: 150 ms latency, 1.6 Mbit/s down, 750 kbit/s up, CPU slowed 4×. It measures
// the time from navigation start until the search status region reports results (text set and the list no
// longer aria-busy), RUNS times per query, and prints the request waterfall of each query's median run
// (start and end since navigation, bytes with headers, who started the request, page or Pagefind's worker)
// so it shows which request waits for which, and the bytes of that run by kind (page, library, WebAssembly,
// metadata, tables, index, texts). In the same rounds it opens stock Pagefind's default UI on the same pages
// (./stock-search-page.ts: Pagefind's own index of the build, the UI as its documentation shows it) with the
// same query, so the ratio of the two is measured side by side. Results go to tests/bench/results/phone-search.json.
//
// The targets (issue 20): results for 广电 within 1.5 s after navigation, and within 0.55× stock's time.
//
// Limits of the emulation: Chromium slows only the page's main thread (Emulation.setCPUThrottlingRate is
// refused for worker targets), so Pagefind's Web Worker (WebAssembly compile, index decoding, search) runs at
// the machine's full speed; the network emulation does cover the worker's requests. nginx serves HTTP/1.1
// here (no TLS, so no HTTP/2): at most six connections, each request pays the latency once.
//
// Options: --site DIR       measure an existing build instead of building one (its stock index is written into it);
//          --also DIR       also measure the search page of another build (e.g. an earlier commit's), same rounds;
//          --runs N         runs per query (default 5);
//          --queries a,b,c  the queries (default 广电,復工復產,足球);
//          --then q         after each answer, type q into the same page and measure that second search
//                           (default 复工复产; --then none to skip);
//          --output FILE    write the results there instead (e.g. a run on another archive than the committed one's).
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { VIEWPORTS } from '../support/browser.ts';
import { buildSite, projectRoot } from '../support/build-site.ts';
import { launchChromium } from '../support/chromium.ts';
import { serveWithNginx } from '../../src/server/nginx.ts';
import { formatLikeProject } from './project-format.ts';
import { STOCK_ANSWERED_CHECK, writeStockSearchPage } from './stock-search-page.ts';
import { TEXT_FILE_EXTENSION } from '../../src/search/shared/contract.ts';

/** The phone: Lighthouse's mobile "slow 4G" figures as DevTools applies them (latency per request), CPU 4× slower. */
const PHONE = { latencyMs: 150, downloadKbps: 1600, uploadKbps: 750, cpuSlowdown: 4 } as const;
/** The issue's targets for 广电: milliseconds after navigation, and the most time relative to stock Pagefind's UI. */
const TARGET_MS = 1500;
const TARGET_RATIO = 0.55;
/** Longest wait for one search page to answer. */
const RUN_TIMEOUT_MS = 120_000;
/** Quiet time on the network after which a visit counts as finished (bytes of late requests, e.g. the icon). */
const NETWORK_QUIET_MS = 500;
/** Quiet time after which requests still open are given up on (their end is then taken from Resource Timing). */
const STALLED_MS = 3000;

/** One request of a visit, times in ms since navigation start. */
interface RequestTiming {
  /** Path and query on the site. */
  path: string;
  startMs: number;
  /** When the response headers arrived. */
  firstByteMs: number;
  endMs: number;
  /** Bytes on the wire, headers included (Brotli or the file's own gzip for the body). */
  bytes: number;
  /** How Chromium says it was started (parser, script, preload, other), with the starting file when it names one. */
  initiator: string;
  /** The page itself, or Pagefind's Web Worker. */
  context: 'page' | 'worker';
  status: number;
}

/** One visit of the search page. */
interface Run {
  /** Navigation start until the status region reported results. */
  resultsMs: number;
  domContentLoadedMs: number;
  /** All bytes of the visit (until the network was quiet), headers included. */
  bytes: number;
  /** Of those, bytes of requests that ended before the results were reported. */
  bytesBeforeResults: number;
  status: string;
  requests: RequestTiming[];
  /** A second query typed into the same page once the first was answered (--then). */
  second?: SecondSearch;
}

/** A second search in the same tab: what it moved on top of the first. */
interface SecondSearch {
  query: string;
  /** From typing the query (the page's own pause after typing included) until the page answered it. */
  resultsMs: number;
  status: string;
  bytes: number;
  requests: { path: string; bytes: number }[];
}

/** CDP's Network.requestWillBeSent, the fields read (the same shape from the page's session and a worker's). */
interface RequestWillBeSent {
  requestId: string;
  timestamp: number;
  request: { url: string };
  initiator: { type: string; url?: string; stack?: { callFrames: { url: string }[] } };
}
/** CDP's Network.responseReceived, the fields read. */
interface ResponseReceived {
  requestId: string;
  response: { status: number; timing?: { requestTime: number; sendStart: number; receiveHeadersEnd: number } };
}
/** CDP's Network.loadingFinished, the fields read. */
interface LoadingFinished {
  requestId: string;
  timestamp: number;
  encodedDataLength: number;
}

/** A request as CDP reported it, in CDP's monotonic seconds. */
interface SeenRequest {
  url: string;
  context: RequestTiming['context'];
  initiator: string;
  start: number;
  firstByte?: number;
  end?: number;
  bytes: number;
  status: number;
  /** Clock reading of the moment the request was sent (timing.requestTime + sendStart), in ms. */
  sentAtMs?: number;
}

/** The initiator's type and, for a file of the site, its name: "parser search/", "script edition.HwnsqqON.js". */
function initiatorLabel(initiator: RequestWillBeSent['initiator']): string {
  const url = initiator.url ?? initiator.stack?.callFrames[0]?.url ?? '';
  if (!/^https?:/.test(url)) return initiator.type;
  const segments = new URL(url).pathname.split('/');
  const name = segments.at(-1) || `${segments.at(-2) ?? ''}/`;
  return `${initiator.type} ${name}`;
}

/**
 * Collects the requests of the page and of its workers from CDP's Network events. Request ids are unique
 * across the two: a worker's own script is announced by the page and finished in the worker's session.
 */
class NetworkLog {
  readonly requests = new Map<string, SeenRequest>();
  private lastActivity = Date.now();
  private readonly origin: string;

  /** Records the requests to `origin` only (the site; not the blank page before it). */
  constructor(origin: string) {
    this.origin = origin;
  }

  sent(event: RequestWillBeSent, context: RequestTiming['context']): void {
    if (!event.request.url.startsWith(`${this.origin}/`)) return;
    this.lastActivity = Date.now();
    this.requests.set(event.requestId, {
      url: event.request.url,
      context,
      initiator: initiatorLabel(event.initiator),
      start: event.timestamp,
      bytes: 0,
      status: 0,
    });
  }

  received(event: ResponseReceived): void {
    const request = this.requests.get(event.requestId);
    const timing = event.response.timing;
    if (!request) return;
    request.status = event.response.status;
    if (timing) {
      request.firstByte = timing.requestTime + timing.receiveHeadersEnd / 1000;
      request.sentAtMs = timing.requestTime * 1000 + timing.sendStart;
    }
  }

  finished(event: LoadingFinished): void {
    this.lastActivity = Date.now();
    const request = this.requests.get(event.requestId);
    if (!request) return;
    request.end = event.timestamp;
    request.bytes = event.encodedDataLength;
  }

  failed(requestId: string): void {
    this.lastActivity = Date.now();
    const request = this.requests.get(requestId);
    if (request) request.end = request.start;
  }

  /**
   * Resolves once no request is under way and none started or ended for NETWORK_QUIET_MS, or nothing
   * happened for STALLED_MS: CDP sometimes says nothing of the end of a worker's own script, which the
   * browser loads before the worker (and its session) exists.
   */
  async quiet(): Promise<void> {
    for (;;) {
      const pending = [...this.requests.values()].some((request) => request.end === undefined);
      const idle = Date.now() - this.lastActivity;
      if ((!pending && idle >= NETWORK_QUIET_MS) || idle >= STALLED_MS) return;
      await new Promise((wait) => setTimeout(wait, 100));
    }
  }

  /**
   * Completes what CDP leaves out from the page's Resource Timing entries (ms since navigation): the end of
   * a request it did not finish, and the body of a worker's own script, of which it counts the headers only.
   */
  complete(
    entries: readonly { name: string; responseEnd: number; transferSize: number }[],
    navigationStart: number,
  ): void {
    for (const request of this.requests.values()) {
      const entry = entries.find((candidate) => candidate.name === request.url);
      if (request.end === undefined) {
        if (!entry) throw new Error(`${request.url}: never finished`);
        request.end = (navigationStart + entry.responseEnd) / 1000;
      }
      if (request.context === 'page' && entry) request.bytes = Math.max(request.bytes, entry.transferSize);
    }
  }
}

/** What the page logs once it has answered. */
const RESULTS_MARK = 'phone-search: results reported';

/**
 * Records, before the page's scripts run, when the page first reports its answer, and says so on the console:
 * the bench waits for that message instead of polling the page, which would spend the throttled main
 * thread's time. The archive's page has answered when its status region has text and its list is not busy;
 * stock Pagefind's UI, when its result list is shown with every result's data (STOCK_ANSWERED_CHECK).
 */
const RESULTS_RECORDER = `(() => {
  const answer = () => {
    const status = document.querySelector('[data-search-status]');
    if (status) {
      const text = (status.textContent ?? '').trim();
      return text === '' || document.querySelector('[data-search-results][aria-busy="true"]') ? undefined : text;
    }
    return ${STOCK_ANSWERED_CHECK} ? (document.querySelector('.pagefind-ui__message')?.textContent ?? '').trim() : undefined;
  };
  window.__phoneAnswer = answer;
  const check = () => {
    if (window.__phoneSearch) return;
    const text = answer();
    if (text === undefined) return;
    window.__phoneSearch = { at: performance.now(), status: text };
    console.info(${JSON.stringify(RESULTS_MARK)});
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
})();`;

/**
 * A blank page on another port of the same host, opened before each measured visit: same site, so the
 * search page then commits in a renderer process that already runs. Otherwise each visit would also time
 * Chromium starting a process, 0.5 s and more on this shared machine, which says nothing about the page.
 */
async function startBlankServer(): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    // An icon of its own, so Chromium does not ask this server for /favicon.ico while the next page loads.
    response.end('<!doctype html><title>blank</title><link rel="icon" href="data:,">');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('blank server: no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** What RESULTS_RECORDER leaves on the page: when results were first reported (performance.now()) and what was said. */
interface RecorderWindow {
  __phoneSearch?: { at: number; status: string };
}

/**
 * Sends CDP commands to a worker through the page's session: workers are attached to it non-flat, because
 * Playwright's CDPSession cannot address a flat child session.
 */
function workerChannel(cdp: CDPSession, log: NetworkLog): void {
  let nextId = 1;
  cdp.on('Target.attachedToTarget', ({ sessionId, targetInfo }) => {
    const send = (method: string): void =>
      void cdp
        .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: nextId++, method }) })
        .catch(() => undefined);
    // The worker waits for the debugger, so its first request is seen; it inherits the page's network emulation.
    if (targetInfo.type === 'worker') send('Network.enable');
    send('Runtime.runIfWaitingForDebugger');
  });
  cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
    const { method, params } = JSON.parse(message) as { method?: string; params?: unknown };
    if (method === 'Network.requestWillBeSent') log.sent(params as RequestWillBeSent, 'worker');
    else if (method === 'Network.responseReceived') log.received(params as ResponseReceived);
    else if (method === 'Network.loadingFinished') log.finished(params as LoadingFinished);
    else if (method === 'Network.loadingFailed') log.failed((params as { requestId: string }).requestId);
  });
}

/** What the page logs once it has answered the second query. */
const SECOND_MARK = 'phone-search: second results';
/** The search box of each page: the archive's, stock Pagefind UI's. */
const SEARCH_INPUT = '#page-search-input, .pagefind-ui__search-input';

/** Records when the page (RESULTS_RECORDER's `answer`) first answers with a status that names `query`. */
function secondRecorder(query: string): string {
  return `(() => {
    const started = performance.now();
    const check = () => {
      const text = window.__phoneSecond ? undefined : window.__phoneAnswer();
      if (text === undefined || !text.includes(${JSON.stringify(query)})) return;
      window.__phoneSecond = { at: performance.now() - started, status: text };
      console.info(${JSON.stringify(SECOND_MARK)});
    };
    new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  })();`;
}

/** Types `query` into the answered page's search box and measures what the page fetches to answer it. */
async function searchAgain(page: Page, log: NetworkLog, origin: string, query: string): Promise<SecondSearch> {
  const before = new Set(log.requests.keys());
  const answered = page.waitForEvent('console', {
    predicate: (message) => message.text() === SECOND_MARK,
    timeout: RUN_TIMEOUT_MS,
  });
  await page.evaluate(secondRecorder(query));
  await page.fill(SEARCH_INPUT, query);
  await answered;
  await log.quiet();
  const { at, status } = await page.evaluate(
    () => (window as unknown as { __phoneSecond: { at: number; status: string } }).__phoneSecond,
  );
  const requests = [...log.requests]
    .filter(([id]) => !before.has(id))
    .map(([, request]) => ({ path: decodeURIComponent(request.url.slice(origin.length)), bytes: request.bytes }));
  return {
    query,
    resultsMs: Math.round(at),
    status,
    bytes: requests.reduce((sum, request) => sum + request.bytes, 0),
    requests,
  };
}

/** Opens a search page (`pageUrl`, to which the query is added as ?q=) in a fresh context under the phone's emulation and measures it. */
async function visit(
  browser: Browser,
  pageUrl: string,
  blankUrl: string,
  query: string,
  secondQuery?: string,
): Promise<Run> {
  const context = await browser.newContext({
    viewport: VIEWPORTS.phone,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  try {
    const page = await context.newPage();
    await page.goto(blankUrl);
    await page.addInitScript(RESULTS_RECORDER);
    const answered = new Promise<void>((resolve) => {
      page.on('console', (message) => {
        if (message.text() === RESULTS_MARK) resolve();
      });
    });
    const cdp = await context.newCDPSession(page);
    const origin = new URL(pageUrl).origin;
    const log = new NetworkLog(origin);
    cdp.on('Network.requestWillBeSent', (event) => log.sent(event, 'page'));
    cdp.on('Network.responseReceived', (event) => log.received(event));
    cdp.on('Network.loadingFinished', (event) => log.finished(event));
    cdp.on('Network.loadingFailed', (event) => log.failed(event.requestId));
    workerChannel(cdp, log);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: PHONE.latencyMs,
      downloadThroughput: (PHONE.downloadKbps * 1000) / 8,
      uploadThroughput: (PHONE.uploadKbps * 1000) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
    await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });

    const url = `${pageUrl}?q=${encodeURIComponent(query)}`;
    await page.goto(url, { waitUntil: 'commit', timeout: RUN_TIMEOUT_MS });
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([
      answered,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no results for ${query} in ${RUN_TIMEOUT_MS} ms`)), RUN_TIMEOUT_MS);
      }),
    ]).finally(() => clearTimeout(timer));
    await log.quiet();
    const seen = await page.evaluate(() => {
      const recorded = (window as unknown as RecorderWindow).__phoneSearch ?? { at: Number.NaN, status: '' };
      const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      return {
        ...recorded,
        requestStart: navigation?.requestStart ?? 0,
        domContentLoaded: navigation?.domContentLoadedEventStart ?? 0,
        resources: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map(
          ({ name, responseEnd, transferSize }) => ({ name, responseEnd, transferSize }),
        ),
      };
    });

    // The page's clock starts at navigation start; CDP's is monotonic. The document's request, sent at
    // `requestStart` on the one and at timing.requestTime + sendStart on the other, ties them together.
    const documentRequest = [...log.requests.values()].find((request) => request.url === url);
    if (documentRequest?.sentAtMs === undefined) throw new Error(`no timing for the document ${url}`);
    const navigationStart = documentRequest.sentAtMs - seen.requestStart;
    log.complete(seen.resources, navigationStart);
    const sinceNavigation = (seconds: number): number => Math.round(seconds * 1000 - navigationStart);
    const requests = [...log.requests.values()]
      .map((request): RequestTiming => ({
        path: decodeURIComponent(request.url.slice(origin.length)),
        startMs: sinceNavigation(request.start),
        firstByteMs: sinceNavigation(request.firstByte ?? request.start),
        endMs: sinceNavigation(request.end ?? request.start),
        bytes: request.bytes,
        initiator: request.initiator,
        context: request.context,
        status: request.status,
      }))
      .sort((a, b) => a.startMs - b.startMs);
    const resultsMs = Math.round(seen.at);
    const total = (list: RequestTiming[]): number => list.reduce((sum, request) => sum + request.bytes, 0);
    const run: Run = {
      resultsMs,
      domContentLoadedMs: Math.round(seen.domContentLoaded),
      bytes: total(requests),
      bytesBeforeResults: total(requests.filter((request) => request.endMs <= resultsMs)),
      status: seen.status,
      requests,
    };
    if (secondQuery !== undefined) run.second = await searchAgain(page, log, origin, secondQuery);
    return run;
  } finally {
    await context.close();
  }
}

const option = (name: string): string | undefined => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const runs = Number(option('--runs') ?? 5);
const queries = (option('--queries') ?? '广电,復工復產,足球').split(',').filter((query) => query !== '');
const siteDir = option('--site') ?? join(projectRoot, '.bench', 'phone', 'site');
const alsoDir = option('--also');
const thenOption = option('--then') ?? '复工复产';
const secondQuery = thenOption === 'none' ? undefined : thenOption;
if (option('--site') === undefined) {
  console.log(`building the site into ${siteDir}…`);
  await buildSite({ outDir: siteDir });
}
const stockPath = await writeStockSearchPage(siteDir);

/** What a byte of a first search is for: the itemised cost of an answer. */
const COST_KINDS = ['page', 'library', 'wasm', 'metadata', 'tables', 'index', 'texts'] as const;
type CostKind = (typeof COST_KINDS)[number];

/** The kind of a request (a path on the site): Pagefind's files by their documented roles, the rest is the page. */
function costKind(path: string): CostKind {
  if (/\/wasm\.[^/]+\.pagefind$/.test(path)) return 'wasm';
  if (/\/pagefind(-worker|-ui)?\.(js|css)$/.test(path)) return 'library';
  if (/pagefind-entry\.json|\.pf_meta$|\/parts\.json$/.test(path)) return 'metadata';
  if (/\/t2s(-variants)?\//.test(path)) return 'tables';
  if (/\.pf_(index|filter)$/.test(path)) return 'index';
  if (/\.pf_fragment$/.test(path) || path.endsWith(TEXT_FILE_EXTENSION)) return 'texts';
  return 'page';
}

/** Bytes of requests by kind. */
function costByKind(requests: readonly { path: string; bytes: number }[]): Record<CostKind, number> {
  const cost = Object.fromEntries(COST_KINDS.map((kind) => [kind, 0])) as Record<CostKind, number>;
  for (const request of requests) cost[costKind(request.path)] += request.bytes;
  return cost;
}

/** A search page measured: the archive's (this build, or --also's) or stock Pagefind's UI on this build. */
interface Target {
  name: string;
  pageUrl: string;
}

const site = await serveWithNginx(siteDir);
const also = alsoDir === undefined ? undefined : await serveWithNginx(alsoDir);
const blank = await startBlankServer();
const browser = await launchChromium();
const browserVersion = browser.version();
const targets: Target[] = [
  { name: 'archive', pageUrl: `${site.url}search/` },
  { name: 'stock', pageUrl: `${site.url}${stockPath}` },
  ...(also ? [{ name: 'also', pageUrl: `${also.url}search/` }] : []),
];
const loadBefore = loadavg()[0] ?? 0;
const runsOf = new Map<string, Run[]>();
const key = (target: Target, query: string): string => `${target.name} ${query}`;
try {
  // One visit of each page first that is not counted: the first pages of a fresh Chromium pay for its own start-up work.
  for (const target of targets) await visit(browser, target.pageUrl, blank.url, queries[0] ?? '广电');
  // Rounds over all queries and pages, so a busy moment of the shared machine does not hit one of them only.
  for (let round = 1; round <= runs; round += 1) {
    for (const query of queries) {
      for (const target of targets) {
        const run = await visit(browser, target.pageUrl, blank.url, query, secondQuery);
        runsOf.set(key(target, query), [...(runsOf.get(key(target, query)) ?? []), run]);
        console.log(`round ${round} ${target.name} ${query}: ${run.resultsMs} ms, ${(run.bytes / 1000).toFixed(1)} kB`);
      }
    }
  }
} finally {
  await browser.close();
  await site.close();
  await also?.close();
  await blank.close();
}
const loadAfter = loadavg()[0] ?? 0;

/** The run with the median time (the lower middle one for an even number of runs). */
function medianRun(list: Run[]): Run {
  const sorted = [...list].sort((a, b) => a.resultsMs - b.resultsMs);
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  if (!median) throw new Error('no runs');
  return median;
}

const kB = (bytes: number): string => (bytes / 1000).toFixed(1);
/** Milliseconds per character of the waterfall's bars. */
const BAR_MS = 100;

/** Prints a run's requests as a Markdown table, with a bar per request on a common time scale. */
function printWaterfall(title: string, run: Run): void {
  console.log(
    `\nWaterfall of the median run, ${title} (results at ${run.resultsMs} ms, DOMContentLoaded at ${run.domContentLoadedMs} ms; one character = ${BAR_MS} ms):\n`,
  );
  console.log('| start ms | first byte | end ms | kB | kind | initiator | from | path | |');
  console.log('| -------: | ---------: | -----: | -: | ---- | --------- | ---- | ---- | - |');
  for (const request of run.requests) {
    const from = Math.floor(request.startMs / BAR_MS);
    const to = Math.max(from + 1, Math.ceil(request.endMs / BAR_MS));
    const bar = `${' '.repeat(from)}${'█'.repeat(to - from)}`.replace(/^ +/, (spaces) => '·'.repeat(spaces.length));
    console.log(
      `| ${request.startMs} | ${request.firstByteMs} | ${request.endMs} | ${kB(request.bytes)} | ${costKind(request.path)} | ${request.initiator} | ${request.context} | ${request.path} | \`${bar}\` |`,
    );
  }
  const marker = '·'.repeat(Math.floor(run.resultsMs / BAR_MS));
  console.log(`| ${run.resultsMs} | | | | | | | (results reported) | \`${marker}▲\` |`);
}

/** Median, fastest and slowest time of a page's runs for one query, and its median run. */
/** The median of some times (the mean of the middle two for an even number). */
function median(times: readonly number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : Math.round(((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2);
}

function summarise(list: Run[]): {
  medianMs: number;
  minMs: number;
  maxMs: number;
  runsMs: number[];
  secondRunsMs: number[];
  median: Run;
} {
  const times = list.map((run) => run.resultsMs);
  return {
    medianMs: median(times),
    minMs: Math.min(...times),
    maxMs: Math.max(...times),
    runsMs: times,
    secondRunsMs: list.flatMap((run) => (run.second ? [run.second.resultsMs] : [])),
    median: medianRun(list),
  };
}

const summaries = queries.map((query) => ({
  query,
  pages: targets.map((target) => ({ page: target.name, ...summarise(runsOf.get(key(target, query)) ?? []) })),
}));
const ratioToStock = (query: (typeof summaries)[number], page: string): number => {
  const ours = query.pages.find((entry) => entry.page === page)?.medianMs ?? Number.NaN;
  const stock = query.pages.find((entry) => entry.page === 'stock')?.medianMs ?? Number.NaN;
  return Number((ours / stock).toFixed(2));
};

console.log(
  `\nSearch pages on a phone-like connection: latency ${PHONE.latencyMs} ms, ${PHONE.downloadKbps / 1000} Mbit/s down, ` +
    `${PHONE.uploadKbps} kbit/s up, CPU ${PHONE.cpuSlowdown}× slower (main thread only); ${runs} runs per query and page, ` +
    `fresh context and empty cache each; load average ${loadBefore.toFixed(2)} → ${loadAfter.toFixed(2)} on ${cpus().length} cores.` +
    `\narchive: this build's /search/; stock: Pagefind's default UI on the same pages (/${stockPath})` +
    `${alsoDir ? `; also: /search/ of ${alsoDir}` : ''}.\n`,
);
console.log(
  `| query | page | results: median | min | max | × stock | kB (median run) | ${COST_KINDS.join(' | ')} | requests | status |`,
);
console.log(
  `| ----- | ---- | --------------: | --: | --: | ------: | --------------: |${' -: |'.repeat(COST_KINDS.length)} -------: | ------ |`,
);
for (const summary of summaries) {
  for (const page of summary.pages) {
    const cost = costByKind(page.median.requests);
    console.log(
      `| ${summary.query} | ${page.page} | ${page.medianMs} ms | ${page.minMs} ms | ${page.maxMs} ms | ${ratioToStock(summary, page.page).toFixed(2)} | ${kB(page.median.bytes)} | ${COST_KINDS.map((kind) => kB(cost[kind])).join(' | ')} | ${page.median.requests.length} | ${page.median.status} |`,
    );
  }
}
const target = summaries.find((summary) => summary.query === '广电');
const targetPage = target?.pages.find((page) => page.page === 'archive');
if (target && targetPage) {
  const ratio = ratioToStock(target, 'archive');
  console.log(
    `\nTargets for 广电: within ${TARGET_MS} ms ${targetPage.medianMs <= TARGET_MS ? 'met' : 'not met'} (median ${targetPage.medianMs} ms); ` +
      `within ${TARGET_RATIO}× stock ${ratio <= TARGET_RATIO ? 'met' : 'not met'} (${ratio}×).`,
  );
}
if (secondQuery !== undefined) {
  console.log(
    `\nA second search in the same tab: ${secondQuery} typed once the first query was answered (median run of each; ` +
      'time from typing, the page’s own pause after typing included: median, fastest and slowest of all runs; ' +
      'what it fetched on top of the first: in the median run of the first query):\n',
  );
  console.log(`| first query | page | ms: median | min | max | kB | ${COST_KINDS.join(' | ')} | requests | status |`);
  console.log(
    `| ----------- | ---- | ---------: | --: | --: | -: |${' -: |'.repeat(COST_KINDS.length)} -------: | ------ |`,
  );
  for (const summary of summaries) {
    for (const page of summary.pages) {
      const second = page.median.second;
      if (!second) continue;
      const cost = costByKind(second.requests);
      console.log(
        `| ${summary.query} | ${page.page} | ${median(page.secondRunsMs)} | ${Math.min(...page.secondRunsMs)} | ${Math.max(...page.secondRunsMs)} | ${kB(second.bytes)} | ${COST_KINDS.map((kind) => kB(cost[kind])).join(' | ')} | ${second.requests.length} | ${second.status} |`,
      );
    }
  }
}
for (const summary of summaries) {
  for (const page of summary.pages) printWaterfall(`${page.page}, ${summary.query}`, page.median);
}

const resultsFile = option('--output') ?? fileURLToPath(new URL('./results/phone-search.json', import.meta.url));
await mkdir(dirname(resultsFile), { recursive: true });
await writeFile(
  resultsFile,
  await formatLikeProject(
    JSON.stringify({
      measuredAt: new Date().toISOString(),
      chromium: browserVersion,
      conditions: {
        ...PHONE,
        emulation: 'CDP Network.emulateNetworkConditions and Emulation.setCPUThrottlingRate (page main thread only)',
        viewport: VIEWPORTS.phone,
        server: 'nginx with the build’s _nginx.conf, HTTP/1.1',
        navigation: 'from a blank page on the same host, so the renderer process is already running',
      },
      machine: {
        cpus: cpus().length,
        loadBefore: Number(loadBefore.toFixed(2)),
        loadAfter: Number(loadAfter.toFixed(2)),
      },
      runsPerQuery: runs,
      secondQuery: secondQuery ?? null,
      pages: {
        archive: 'this build’s /search/',
        stock: `Pagefind’s default UI on the same pages (/${stockPath}, ./stock-search-page.ts)`,
        ...(alsoDir ? { also: `/search/ of ${alsoDir}` } : {}),
      },
      targets: { ms: TARGET_MS, ratioToStock: TARGET_RATIO },
      queries: summaries.map((summary) => ({
        query: summary.query,
        pages: summary.pages.map(({ page, medianMs, minMs, maxMs, runsMs, secondRunsMs, median: medianOf }) => ({
          page,
          medianMs,
          minMs,
          maxMs,
          ratioToStock: ratioToStock(summary, page),
          runsMs,
          secondSearchRunsMs: secondRunsMs,
          bytesByKind: costByKind(medianOf.requests),
          medianRun: medianOf,
        })),
      })),
    }),
  ),
);
console.log(`\nwritten: ${resultsFile}`);
