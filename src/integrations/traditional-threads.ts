import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PublishedAt } from '../editions/traditional-page.ts';
import type { ConversionJob, ConversionResult } from './traditional-conversion.ts';

/**
 * Fewest files worth a worker thread: each loads its own OpenCC converter (about 2.5 s), so a build that converts
 * a handful of changed pages does it on the main thread.
 */
export const FILES_PER_THREAD_AT_LEAST = 500;

/** Worker threads for converting `count` files: one per core, at most two, none for a few files. */
export function conversionThreads(count: number): number {
  return Math.min(Math.max(1, Math.min(2, availableParallelism())), Math.floor(count / FILES_PER_THREAD_AT_LEAST));
}

/** Converts `jobs` in one worker thread (./traditional-worker.ts); its results in the jobs' order. */
function convertInThread(jobs: readonly ConversionJob[], at: PublishedAt): Promise<ConversionResult[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./traditional-worker.ts', import.meta.url), { workerData: { jobs, at } });
    let results: ConversionResult[] | undefined;
    worker.once('message', (message: ConversionResult[]) => {
      results = message;
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (results && code === 0) resolve(results);
      else reject(new Error(`traditional-edition: a conversion worker stopped with code ${code}`));
    });
  });
}

/** Converts `jobs` in `threads` worker threads, every other file to each; the results in the jobs' order. */
export async function convertInThreads(
  jobs: readonly ConversionJob[],
  at: PublishedAt,
  threads: number,
): Promise<ConversionResult[]> {
  const shares = Array.from({ length: threads }, (_, thread) => jobs.filter((_, index) => index % threads === thread));
  const done = await Promise.all(shares.map((share) => convertInThread(share, at)));
  return jobs.map((_, index) => {
    const result = done[index % threads]?.[Math.floor(index / threads)];
    if (!result) throw new Error(`traditional-edition: no result for ${jobs[index]?.file}`);
    return result;
  });
}
