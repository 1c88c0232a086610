// A worker thread that writes the Traditional copies of a share of the build's files. Each worker loads its own
// OpenCC converter, so the conversion, most of the Traditional step of a clean build, runs on both cores
// (./traditional-threads.ts).
import { parentPort, workerData } from 'node:worker_threads';
import type { PublishedAt } from '../editions/traditional-page.ts';
import { convertFile, type ConversionJob, type ConversionResult } from './traditional-conversion.ts';

const { jobs, at } = workerData as { jobs: readonly ConversionJob[]; at: PublishedAt };
const results: ConversionResult[] = [];
for (const job of jobs) results.push(await convertFile(job, at));
parentPort?.postMessage(results);
