import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The folder in cacheDir that holds earlier outputs until they are deleted. */
const SET_ASIDE_FOLDER = 'previous-output';

/**
 * Moves the last build's output folder into cacheDir when a build starts, and deletes it while the build
 * runs. Astro 7.3 empties outDir before rendering, even for an incremental build (it copies the pages it
 * skips back from cacheDir), and it does so one file at a time, blocking: 106 s for the 80,000 files of
 * 5,000 articles on this project's shared machine. A rename takes no time, and the deletion then overlaps
 * with the build. The output is the same either way: Astro would have found outDir empty. Nothing is moved
 * when outDir holds a `.git` folder (a site deployed from its own repository), or lies on another disk
 * than cacheDir (a rename cannot cross it); Astro then empties it as before. Runs last, so that its
 * astro:build:done waits for the deletion after every other step has finished.
 */
export function setAsidePreviousOutput(): AstroIntegration {
  let outDir = '';
  let cacheDir = '';
  let deletion: Promise<void> = Promise.resolve();
  return {
    name: 'previous-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': async ({ logger }) => {
        const setAside = join(cacheDir, SET_ASIDE_FOLDER);
        if (existsSync(outDir) && !existsSync(join(outDir, '.git'))) {
          await mkdir(setAside, { recursive: true });
          try {
            await rename(outDir, join(setAside, `${Date.now()}-${process.pid}`));
          } catch (error) {
            logger.info(`left ${outDir} for Astro to empty: ${(error as Error).message}`);
          }
        }
        // Also whatever an interrupted build left there.
        deletion = rm(setAside, { recursive: true, force: true }).catch((error: unknown) => {
          logger.warn(`could not delete the earlier output in ${setAside}: ${(error as Error).message}`);
        });
      },
      'astro:build:done': async () => {
        await deletion;
      },
    },
  };
}
