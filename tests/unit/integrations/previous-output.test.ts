import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setAsidePreviousOutput } from '../../../src/integrations/previous-output.ts';

type Hooks = AstroIntegration['hooks'];
type ConfigDone = Parameters<NonNullable<Hooks['astro:config:done']>>[0];
type BuildStart = Parameters<NonNullable<Hooks['astro:build:start']>>[0];
type BuildDone = Parameters<NonNullable<Hooks['astro:build:done']>>[0];

const quietLogger = { info: () => undefined, warn: () => undefined };

/** Runs the integration's hooks as `astro build` does around its own work, which `during` stands for. */
async function buildWith(outDir: string, cacheDir: string, during: () => void): Promise<void> {
  const { hooks } = setAsidePreviousOutput();
  const config = { outDir: pathToFileURL(`${outDir}/`), cacheDir: pathToFileURL(`${cacheDir}/`) };
  // Only the fields the integration reads: the hooks' full arguments are Astro's to make.
  await hooks['astro:config:done']?.({ config } as unknown as ConfigDone);
  await hooks['astro:build:start']?.({ logger: quietLogger } as unknown as BuildStart);
  during();
  await hooks['astro:build:done']?.({} as unknown as BuildDone);
}

describe('setAsidePreviousOutput', () => {
  let root = '';
  let outDir = '';
  let cacheDir = '';
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'previous-output-'));
    outDir = join(root, 'dist');
    cacheDir = join(root, 'cache');
    await mkdir(join(outDir, 'articles', 'a'), { recursive: true });
    await writeFile(join(outDir, 'articles', 'a', 'index.html'), '<p>上次的输出</p>');
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('moves the last output out of outDir before Astro builds, and has deleted it when the build is done', async () => {
    let outDirDuringBuild = true;
    await buildWith(outDir, cacheDir, () => {
      outDirDuringBuild = existsSync(outDir);
    });
    expect(outDirDuringBuild).toBe(false);
    expect(existsSync(join(cacheDir, 'previous-output'))).toBe(false);
  });

  it('also deletes what an interrupted build left set aside', async () => {
    await mkdir(join(cacheDir, 'previous-output', 'left-over'), { recursive: true });
    await buildWith(outDir, cacheDir, () => undefined);
    expect(existsSync(join(cacheDir, 'previous-output'))).toBe(false);
  });

  it('leaves an outDir that is a repository of its own where it is', async () => {
    await mkdir(join(outDir, '.git'));
    await buildWith(outDir, cacheDir, () => undefined);
    expect(existsSync(join(outDir, '.git'))).toBe(true);
    expect(existsSync(join(outDir, 'articles', 'a', 'index.html'))).toBe(true);
  });

  it('does nothing on a first build, when there is no outDir yet', async () => {
    await rm(outDir, { recursive: true });
    await buildWith(outDir, cacheDir, () => undefined);
    expect(existsSync(outDir)).toBe(false);
  });
});
