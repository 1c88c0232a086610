// Where the bare baseline stops fitting in memory. Stock Pagefind keeps the whole index in memory until it
// writes it (no incremental indexing), so the baseline's peak grows with the archive: 12.5–13.3 GiB at
// 10,000 articles on this 23.5 GiB machine. The peak at a new size is estimated from the largest
// measured ones, and the baseline is built only where the estimate fits.
import type { ScaleResult } from './results.ts';

/** Share of the machine's memory a build may be expected to use: the rest is for the system and other people's work. */
export const MEMORY_BUDGET_SHARE = 0.9;

/** The baseline's peak memory as a straight line through its two largest measured sizes. */
export interface BaselineMemoryModel {
  /** Estimated peak of the baseline build at `articles`, in bytes. */
  estimate(articles: number): number;
  /** Articles at which the estimate reaches the memory budget (Infinity if it does not grow). */
  fitsUpTo: number;
  /** The measurements the line goes through, e.g. "2.2 GiB at 1,000 and 12.9 GiB at 10,000 articles". */
  basis: string;
  /** The largest measured size and its peak. */
  largest: { articles: number; bytes: number };
}

const GiB = (bytes: number): string => `${(bytes / 2 ** 30).toFixed(1)} GiB`;

/** The baseline's memory model from the runs that built one (undefined if none did). */
export function baselineMemoryModel(
  runs: readonly ScaleResult[],
  machineMemoryBytes: number,
): BaselineMemoryModel | undefined {
  // With one measured size the peak is taken as proportional to the number of articles; with two or more,
  // as a line through the largest two (Pagefind's fixed overhead makes the proportional estimate too high).
  const measured = runs
    .flatMap((run) => (run.baseline ? [{ articles: run.articles, bytes: run.baseline.build.memory.totalBytes }] : []))
    .sort((a, b) => a.articles - b.articles);
  const largest = measured.at(-1);
  if (!largest) return undefined;
  const before = measured.at(-2);
  const slope =
    before && largest.bytes > before.bytes
      ? (largest.bytes - before.bytes) / (largest.articles - before.articles)
      : largest.bytes / largest.articles;
  const budget = machineMemoryBytes * MEMORY_BUDGET_SHARE;
  const estimate = (articles: number): number =>
    articles <= largest.articles ? largest.bytes : largest.bytes + slope * (articles - largest.articles);
  const fitsUpTo =
    slope > 0 ? largest.articles + Math.max(0, (budget - largest.bytes) / slope) : Number.POSITIVE_INFINITY;
  const at = (point: { articles: number; bytes: number }): string =>
    `${GiB(point.bytes)} at ${point.articles.toLocaleString('en')}`;
  return {
    estimate,
    fitsUpTo,
    basis: before ? `${at(before)} and ${at(largest)} articles` : `${at(largest)} articles`,
    largest,
  };
}
