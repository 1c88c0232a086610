/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite set-up (its virtual modules such as astro:config/client), with the test projects.
export default getViteConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    projects: [
      {
        // Pure functions of src/, mirrored file by file: no build, no browser.
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // One module graph for all unit files: they test pure functions, and importing and transforming
          // src/ once instead of per file is most of this project's time.
          isolate: false,
          // As the other projects: Vitest runs projects of one group in one pool of the same size.
          maxWorkers: 2,
        },
      },
      {
        // Real builds of broken content folders: the build must fail naming the file and the field.
        extends: true,
        test: {
          name: 'content',
          include: ['tests/content/**/*.test.ts'],
          testTimeout: 300_000,
          // One worker process for several files, as in e2e below: the files share no state.
          isolate: false,
          // With the other projects, not after them: a project of one worker (Vitest's default on two cores)
          // runs alone at the end, one file at a time, while the other core waits.
          maxWorkers: 2,
        },
      },
      {
        // Chromium against the built site served over HTTP.
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          setupFiles: ['tests/support/e2e-setup.ts'],
          // One worker process for many files: forking a process and importing Playwright per file cost about
          // half a second of CPU each. The set-up file still runs per file and closes what the file opened.
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 300_000,
          // Two cores: one Chromium per worker is all the machine takes without timeouts.
          maxWorkers: 2,
        },
      },
    ],
  },
});
