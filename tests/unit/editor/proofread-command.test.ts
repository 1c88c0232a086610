import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProofread } from '../../../src/editor/proofread-command.ts';
import { projectRoot } from '../../support/build-site.ts';

let folder: string;
const output: string[] = [];

/** Runs the command on `folder`, collecting what it prints. */
const run = (...args: string[]): Promise<number> =>
  runProofread(args, {
    articlesDir: folder,
    projectRoot: folder,
    cwd: folder,
    log: (line) => output.push(line),
    error: (line) => output.push(line),
  });

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'proofread-'));
  await writeFile(
    join(folder, 'clean.md'),
    '---\ntitle: 会议\ndate: 2020-03-03\nsource: 人民邮电报\n---\n\n会议召开。\n',
  );
  await writeFile(
    join(folder, 'defect.md'),
    '---\ntitle: 会议\ndate: 2020-03-03\nsource: 人民邮电报\n---\n\n会议在”京“召开。\n',
  );
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('npm run proofread', () => {
  it('reports every article of the folder and exits 0 without --strict', async () => {
    expect(await run()).toBe(0);
    expect(output.join('\n')).toContain('clean.md: nothing to report');
    expect(output.join('\n')).toContain('defect.md:7: reversed quotes');
    expect(output.at(-1)).toBe('2 files, 1 unresolved findings (run with --strict to fail on them)');
  });

  it('exits 1 with --strict when a finding is unresolved, 0 when the files named have none', async () => {
    expect(await run('--strict')).toBe(1);
    expect(await run('clean.md', '--strict')).toBe(0);
  });

  it('passes --strict on the committed articles (their kept defects are explained by an editor’s note)', async () => {
    const articles = join(projectRoot, 'content', 'articles');
    const code = await runProofread(['--strict'], {
      articlesDir: articles,
      projectRoot,
      cwd: projectRoot,
      log: () => undefined,
      error: () => undefined,
    });
    expect(code).toBe(0);
  });

  it('says how to call it when an option is unknown', async () => {
    expect(await run('--strikt')).toBe(2);
    expect(output.at(-1)).toContain('usage: npm run proofread -- [file.md…] [--strict]');
  });
});
