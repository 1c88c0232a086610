/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite set-up (its virtual modules such as astro:config/client), with the test projects.
export default getViteConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    // One worker process for many files, in every project: forking a process per file starts Node and imports
    // the modules again (Playwright's for the browser files). No file leaves state for the next: unit files test
    // pure functions, and tests/support/e2e-setup.ts closes what a browser file opened (shared pages stay, reset on
    // each use).
    isolate: false,
    projects: [
      {
        // Pure functions of src/, mirrored file by file: no build, no browser.
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
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
          testTimeout: 60_000,
          hookTimeout: 300_000,
          // Two cores: one Chromium per worker is all the machine takes without timeouts.
          maxWorkers: 2,
        },
      },
    ],
  },
});
