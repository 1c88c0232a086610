import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../support/build-site.ts';

const run = promisify(execFile);

// A new Node process loads the tool's libraries: seconds on a busy machine.
describe('the proofread entry point (npm run proofread)', () => {
  it('reports the committed articles and passes --strict', async () => {
    const { stdout } = await run(process.execPath, [join(projectRoot, 'src/editor/cli/proofread.ts'), '--strict'], {
      cwd: projectRoot,
      env: { ...process.env, INIT_CWD: projectRoot },
    });
    expect(stdout).toContain('content/articles/2020-02-08-broadcast-networks-fight-epidemic.md:54: repeated paragraph');
    expect(stdout).toMatch(/\d+ files, 0 unresolved findings/);
  }, 60_000);
});
