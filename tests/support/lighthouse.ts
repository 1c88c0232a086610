import { launch } from 'chrome-launcher';
import lighthouse, { type Flags, type Result } from 'lighthouse';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from './chromium.ts';

/** Lighthouse's categories whose scores do not depend on timing: the ones a test may assert. */
export const NON_TIMING_CATEGORIES = ['accessibility', 'best-practices', 'seo'] as const;

/** All four categories of Lighthouse's default configuration. */
export const ALL_CATEGORIES = ['performance', ...NON_TIMING_CATEGORIES] as const;

type CategoryId = (typeof ALL_CATEGORIES)[number];

/** The performance metrics a report lists, by Lighthouse's audit id. */
export const PERFORMANCE_METRICS = {
  FCP: 'first-contentful-paint',
  LCP: 'largest-contentful-paint',
  TBT: 'total-blocking-time',
  CLS: 'cumulative-layout-shift',
  SI: 'speed-index',
} as const;

export type MetricName = keyof typeof PERFORMANCE_METRICS;

/**
 * Headless Chromium as the other browser tests start it, with no network of its own (no updates, sync or
 * background requests: this machine has none, and they would only add noise to the measurements).
 */
const CHROMIUM_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

/** One audit of a category that did not score 1, and what it found. */
export interface FailingAudit {
  id: string;
  title: string;
  category: CategoryId;
  score: number;
  displayValue?: string;
  explanation?: string;
  /** One line per element or item the audit flags (selector, snippet, explanation such as a contrast ratio). */
  items: string[];
}

/** What one Lighthouse run found on one page. */
export interface PageAudit {
  url: string;
  lighthouseVersion: string;
  userAgent: string;
  /** Lighthouse's measure of the host's CPU speed (a typical desktop: about 1,000–2,000; lower is slower). */
  benchmarkIndex: number;
  /** Category scores, 0–1 (null when Lighthouse could not compute one). */
  scores: Partial<Record<CategoryId, number | null>>;
  /** Performance metrics in milliseconds (CLS unitless), when the performance category ran. */
  metrics: Partial<Record<MetricName, number>>;
  failingAudits: FailingAudit[];
  /** Lighthouse's run warnings, e.g. a page that redirected or loaded slowly. */
  runWarnings: string[];
}

/** A Chromium started for Lighthouse, and how to audit a page in it. */
export interface LighthouseBrowser {
  audit(url: string, flags?: Flags): Promise<PageAudit>;
  close(): Promise<void>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** A details value in words: an element (selector, snippet, explanation such as a contrast ratio) or a location. */
function describeValue(value: unknown): string | undefined {
  if (['string', 'number', 'boolean'].includes(typeof value)) return String(value);
  if (!isRecord(value)) return undefined;
  if (value['type'] === 'node') {
    const parts = [value['selector'], value['snippet'], value['explanation']];
    return parts.filter((part): part is string => typeof part === 'string' && part !== '').join(' — ');
  }
  if (typeof value['url'] === 'string') {
    const position = ['line', 'column'].map((key) => value[key]).filter((part) => typeof part === 'number');
    return [value['url'], ...position].join(':');
  }
  return typeof value['value'] === 'string' ? value['value'] : undefined;
}

/** One readable line per item of an audit's details (flagged elements first), sub-items indented. */
function describeItems(details: unknown): string[] {
  if (!isRecord(details) || !Array.isArray(details['items'])) return [];
  return details['items'].flatMap((item: unknown): string[] => {
    if (!isRecord(item)) return [];
    const node = describeValue(item['node']);
    const fields = Object.entries(item).flatMap(([key, value]) => {
      const text = key === 'node' || key === 'subItems' ? undefined : describeValue(value);
      return text === undefined || text === '' ? [] : [`${key}: ${text}`];
    });
    const line = [node, ...fields].filter((part) => part !== undefined && part !== '').join('; ');
    // Accessibility audits nest the failing nodes of one rule under subItems.
    const subItems = describeItems(item['subItems']).map((sub) => `  ${sub}`);
    return [...(line === '' ? [] : [line.replace(/\s+/g, ' ')]), ...subItems];
  });
}

/** The audits of the given categories that scored below 1 (audits that are not scored left out). */
function failingAuditsOf(lhr: Result, categories: readonly CategoryId[]): FailingAudit[] {
  return categories.flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? []).flatMap((ref) => {
      const audit = lhr.audits[ref.id];
      if (audit?.score === null || audit?.score === undefined || audit.score >= 1) return [];
      return [
        {
          id: audit.id,
          title: audit.title,
          category,
          score: audit.score,
          ...(audit.displayValue === undefined ? {} : { displayValue: audit.displayValue }),
          ...(audit.explanation === undefined ? {} : { explanation: audit.explanation }),
          items: describeItems(audit.details),
        },
      ];
    }),
  );
}

/** Reads what a report found into a PageAudit. */
function summarise(lhr: Result): PageAudit {
  const categories = ALL_CATEGORIES.filter((category) => lhr.categories[category] !== undefined);
  const metrics: Partial<Record<MetricName, number>> = {};
  for (const [name, id] of Object.entries(PERFORMANCE_METRICS) as [MetricName, string][]) {
    const value = lhr.audits[id]?.numericValue;
    if (categories.includes('performance') && value !== undefined) metrics[name] = value;
  }
  return {
    url: lhr.finalDisplayedUrl,
    lighthouseVersion: lhr.lighthouseVersion,
    userAgent: lhr.environment.hostUserAgent,
    benchmarkIndex: lhr.environment.benchmarkIndex,
    scores: Object.fromEntries(categories.map((category) => [category, lhr.categories[category]?.score ?? null])),
    metrics,
    failingAudits: failingAuditsOf(lhr, categories),
    runWarnings: lhr.runWarnings,
  };
}

/**
 * Starts the Chromium the other browser tests use (CHROMIUM_PATH, Playwright's own or the system's) through
 * chrome-launcher, for Lighthouse to drive. Lighthouse runs with its default configuration (mobile emulation,
 * simulated throttling) unless the flags passed to `audit` say otherwise, e.g. `onlyCategories`.
 */
export async function startLighthouseBrowser(): Promise<LighthouseBrowser> {
  const chromePath = findChromium();
  if (!chromePath) throw new Error(NO_CHROMIUM_MESSAGE);
  const chrome = await launch({ chromePath, chromeFlags: CHROMIUM_FLAGS, logLevel: 'error' });
  return {
    audit: async (url, flags = {}) => {
      const result = await lighthouse(url, { logLevel: 'error', output: 'json', ...flags, port: chrome.port });
      if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
      return summarise(lhr);
    },
    close: async () => {
      const exited = new Promise<void>((done) => {
        if (chrome.process.exitCode !== null) done();
        else chrome.process.once('exit', () => done());
      });
      chrome.kill();
      await exited;
    },
  };
}
