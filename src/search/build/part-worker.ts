// A worker thread that builds one part of the index: each worker loads its own copy of Pagefind's Node API,
// which runs its own Pagefind process, so two parts are built at once on two cores (Pagefind's service
// answers one request at a time, so one process cannot build two parts together).
import { parentPort, workerData } from 'node:worker_threads';
import type { SearchDocument } from '../shared/document.ts';
import type { T2sTable } from '../shared/t2s.ts';
import { writePartBundle } from './part-bundle.ts';

/** What the worker is given: where to write, the part's documents in order, the T→S table. */
export interface PartJob {
  folder: string;
  documents: readonly SearchDocument[];
  t2sTable: T2sTable;
}

const job = workerData as PartJob;
await writePartBundle(job.folder, job.documents, job.t2sTable);
parentPort?.postMessage('done');
