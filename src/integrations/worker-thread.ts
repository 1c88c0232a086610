import { Worker } from 'node:worker_threads';

/**
 * Runs the worker module at `module` with `data` and resolves with the one message it posts, once it has exited
 * cleanly; rejects with its error, or naming `task` when it stopped without a result.
 */
export function resultOfWorker<Result>(module: URL, data: unknown, task: string): Promise<Result> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(module, { workerData: data });
    let result: { value: Result } | undefined;
    worker.once('message', (value: Result) => {
      result = { value };
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (result && code === 0) resolve(result.value);
      else reject(new Error(`${task}: the worker stopped with code ${code}`));
    });
  });
}
