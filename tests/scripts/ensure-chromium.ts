// Runs before `npm test`: browser tests must never skip, so a missing browser is
// installed here (root with apt) or reported with instructions, failing the run.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, NO_CHROMIUM_MESSAGE } from '../support/chromium.ts';

const found = findChromium();
if (found) {
  console.log(`Chromium for browser tests: ${found}`);
} else {
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('No Chromium found; installing Debian packages chromium and fonts-noto-cjk…');
    const environment = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env: environment });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], {
      stdio: 'inherit',
      env: environment,
    });
  }
  const installed = findChromium();
  if (!installed) {
    console.error(NO_CHROMIUM_MESSAGE);
    process.exit(1);
  }
  console.log(`Chromium for browser tests: ${installed}`);
}
