import { availableParallelism } from 'node:os';
import { resultOfWorker } from '../../integrations/worker-thread.ts';
import type { PartJob } from './part-worker.ts';

/**
 * Parts built at the same time: one per core, at most two, since a Pagefind process holds about 1 MB per
 * article of its part while it writes (two parts of 2,000 articles: about 3.2 GiB).
 */
export const PARTS_AT_ONCE = Math.max(1, Math.min(2, availableParallelism()));

/** Builds one part in a worker thread of its own (see ./part-worker.ts); rejects with the worker's error. */
export async function writePartInThread(job: PartJob): Promise<void> {
  await resultOfWorker(new URL('./part-worker.ts', import.meta.url), job, `search index: the part in ${job.folder}`);
}
