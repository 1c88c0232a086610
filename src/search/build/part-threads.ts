import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PartJob } from './part-worker.ts';

/**
 * Parts built at the same time: one per core, at most two, since a Pagefind process holds about 1 MB per
 * article of its part while it writes (two parts of 2,000 articles: about 3.2 GiB).
 */
export const PARTS_AT_ONCE = Math.max(1, Math.min(2, availableParallelism()));

/** Builds one part in a worker thread of its own (see ./part-worker.ts); rejects with the worker's error. */
export function writePartInThread(job: PartJob): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./part-worker.ts', import.meta.url), { workerData: job });
    let done = false;
    worker.once('message', () => {
      done = true;
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (done && code === 0) resolve();
      else reject(new Error(`search index: the worker building ${job.folder} stopped with code ${code}`));
    });
  });
}
