import { availableParallelism } from 'node:os';
import type { PublishedAt } from '../editions/traditional-page.ts';
import type { ConversionJob, ConversionResult } from './traditional-conversion.ts';
import { resultOfWorker } from './worker-thread.ts';

/**
 * Fewest files worth a worker thread: each loads its own OpenCC converter (about 2.5 s), so a build that converts
 * a handful of changed pages does it on the main thread.
 */
export const FILES_PER_THREAD_AT_LEAST = 500;

/** Worker threads for converting `count` files: one per core, at most two, none for a few files. */
export function conversionThreads(count: number): number {
  return Math.min(Math.max(1, Math.min(2, availableParallelism())), Math.floor(count / FILES_PER_THREAD_AT_LEAST));
}

/** Converts `jobs` in `threads` worker threads, every other file to each; the results in the jobs' order. */
export async function convertInThreads(
  jobs: readonly ConversionJob[],
  at: PublishedAt,
  threads: number,
): Promise<ConversionResult[]> {
  const shares = Array.from({ length: threads }, (_, thread) => jobs.filter((_, index) => index % threads === thread));
  const worker = new URL('./traditional-worker.ts', import.meta.url);
  const done = await Promise.all(
    shares.map((share) => resultOfWorker<ConversionResult[]>(worker, { jobs: share, at }, 'traditional-edition')),
  );
  return jobs.map((_, index) => {
    const result = done[index % threads]?.[Math.floor(index / threads)];
    if (!result) throw new Error(`traditional-edition: no result for ${jobs[index]?.file}`);
    return result;
  });
}
