import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertFile } from '../../../src/integrations/traditional-conversion.ts';
import {
  conversionThreads,
  convertInThreads,
  FILES_PER_THREAD_AT_LEAST,
} from '../../../src/integrations/traditional-threads.ts';

const at = { origin: 'https://news.example.org', base: '/' };

describe('conversionThreads', () => {
  it('uses no worker for a few files and at most two for many', () => {
    expect(conversionThreads(FILES_PER_THREAD_AT_LEAST - 1)).toBe(0);
    expect(conversionThreads(10 * FILES_PER_THREAD_AT_LEAST)).toBeLessThanOrEqual(2);
  });
});

describe('convertInThreads', () => {
  let folder = '';
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'traditional-threads-'));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('writes what the main thread writes, and reports on each file in the order given', async () => {
    const sources = ['<p>发展</p>', '<p>头发</p>', '<p>干部</p>', '<p>面条</p>', '<p>复工复产</p>'];
    const jobs = await Promise.all(
      sources.map(async (html, index) => {
        const file = join(folder, `${index}.html`);
        await writeFile(file, html);
        return { file, kind: 'page' as const, target: join(folder, `${index}.threads.html`) };
      }),
    );
    const results = await convertInThreads(jobs, at, 2);
    expect(results).toEqual(sources.map(() => ({ leftovers: [] })));
    for (const [index, job] of jobs.entries()) {
      const onMainThread = { ...job, target: join(folder, `${index}.main.html`) };
      await convertFile(onMainThread, at);
      expect(await readFile(job.target, 'utf8')).toBe(await readFile(onMainThread.target, 'utf8'));
    }
    expect(await readFile(jobs[1]?.target ?? '', 'utf8')).toBe('<p>頭髮</p>');
  });
});
