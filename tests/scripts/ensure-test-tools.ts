// Runs before `npm test`: browser tests must never skip, so a missing Chromium, nginx or Java (for the
// Nu HTML Checker) is installed here (root with apt) or reported with instructions, failing the run.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, NO_CHROMIUM_MESSAGE } from '../support/chromium.ts';
import { hasNginx, NO_NGINX_MESSAGE } from '../../src/server/nginx.ts';
import { hasJava, NO_JAVA_MESSAGE } from '../support/nu-html-checker.ts';

/** Debian packages for what is missing: Chromium with CJK fonts, nginx with its Brotli module, Java for vnu.jar. */
const missingPackages = [
  ...(findChromium() ? [] : ['chromium', 'fonts-noto-cjk']),
  ...(hasNginx() ? [] : ['nginx', 'libnginx-mod-http-brotli-static']),
  ...(hasJava() ? [] : ['default-jre-headless']),
];
if (missingPackages.length > 0 && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log(`Installing Debian packages ${missingPackages.join(', ')}…`);
  const environment = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env: environment });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missingPackages], { stdio: 'inherit', env: environment });
  // The package starts a system nginx on port 80; the tests start their own, and leave nothing running.
  if (missingPackages.includes('nginx')) execFileSync('sh', ['-c', 'service nginx stop || true'], { stdio: 'inherit' });
}
const chromium = findChromium();
if (!chromium) console.error(NO_CHROMIUM_MESSAGE);
if (!hasNginx()) console.error(NO_NGINX_MESSAGE);
if (!hasJava()) console.error(NO_JAVA_MESSAGE);
if (!chromium || !hasNginx() || !hasJava()) process.exit(1);
console.log(`Chromium for browser tests: ${chromium}; nginx for serving the built site and Java for vnu.jar: found`);
