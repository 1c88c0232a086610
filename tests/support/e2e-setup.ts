import { afterAll, afterEach, beforeEach } from 'vitest';
import { beginTestContexts, closeFileContexts, closeTestContexts } from './browser.ts';

// Every browser test file: whatever a test leaves open is closed after it, passed or failed; what a beforeAll
// opened, after the file. The worker's Chromium and its shared pages (reset on each use) serve its next file,
// and end with the worker.
beforeEach(beginTestContexts);
afterEach(closeTestContexts);
afterAll(closeFileContexts);
