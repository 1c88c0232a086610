import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../support/build-site.ts';

const run = promisify(execFile);
let articlesDir: string;

/** The entry point as `npm run import` starts it, writing into a folder of the test's own. */
const importCommand = (...args: string[]): ReturnType<typeof run> =>
  run(process.execPath, [join(projectRoot, 'src/editor/cli/import.ts'), ...args], {
    cwd: projectRoot,
    env: { ...process.env, INIT_CWD: join(projectRoot, 'tests', 'fixtures'), ARCHIVE_CONTENT_DIR: articlesDir },
  });

beforeAll(async () => {
  articlesDir = await mkdtemp(join(tmpdir(), 'import-cli-'));
});

afterAll(async () => {
  await rm(articlesDir, { recursive: true, force: true });
});

// A new Node process loads the tool's libraries: seconds on a busy machine.
describe('the import entry point (npm run import)', () => {
  it('reads files named from where the editor ran npm, writes into the content folder, and refuses to overwrite', async () => {
    const { stdout } = await importCommand('seeds/000_7a6ee21bd6e29631.txt');
    expect(stdout).toContain('seeds/000_7a6ee21bd6e29631.txt (utf-8, text):');
    expect(await readdir(articlesDir)).toEqual(['2020-03-03-mubiao-bubian.md']);
    await expect(importCommand('seeds/000_7a6ee21bd6e29631.txt')).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('already exists. Nothing was written') as unknown,
    });
  }, 60_000);
});
