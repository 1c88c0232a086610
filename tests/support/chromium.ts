import { existsSync } from 'node:fs';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

/** Where Debian, Ubuntu and other distributions put Chromium or Chrome. */
const SYSTEM_CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** The Chromium to drive: $CHROMIUM_PATH, else Playwright's own download, else a system one; undefined if none exists. */
export function findChromium(): string | undefined {
  const fromEnvironment = process.env['CHROMIUM_PATH'];
  if (fromEnvironment) return existsSync(fromEnvironment) ? fromEnvironment : undefined;
  try {
    const playwrightOwn = chromium.executablePath();
    if (playwrightOwn && existsSync(playwrightOwn)) return playwrightOwn;
  } catch {
    // playwright-core throws when it has no browser of its own; fall through to the system paths.
  }
  return SYSTEM_CHROMIUM_PATHS.find((path) => existsSync(path));
}

/** How to get a browser, for the error a test run ends with when there is none. */
export const NO_CHROMIUM_MESSAGE =
  'No Chromium found for the browser tests. Install one (Debian/Ubuntu: `sudo apt-get install chromium fonts-noto-cjk`) ' +
  'or point CHROMIUM_PATH at a Chromium or Chrome binary.';

/** Flags that keep a headless Chromium from reaching the network on its own (this machine has none). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launches headless Chromium; throws with instructions when no browser is installed. */
export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(NO_CHROMIUM_MESSAGE);
  return chromium.launch({
    headless: true,
    ...options,
    executablePath,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
  });
}
