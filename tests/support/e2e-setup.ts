import { afterAll, afterEach, beforeEach } from 'vitest';
import { beginTestContexts, closeBrowser, closeFileContexts, closeTestContexts } from './browser.ts';

// Every browser test file: whatever a test leaves open is closed after it, passed or failed;
// what a beforeAll opened, after the file; then the worker's Chromium.
beforeEach(beginTestContexts);
afterEach(closeTestContexts);
afterAll(async () => {
  await closeFileContexts();
  await closeBrowser();
});
