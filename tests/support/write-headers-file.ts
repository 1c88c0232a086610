// Writes public/_headers from the CSP of a built site (`npm run headers` builds dist/ and runs this on it).
// The hashes in the policy are those of Astro's inline scripts and styles, so rerun it after changing them.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { headersFileText } from '../../src/lib/security-headers.ts';
import { projectRoot } from './build-site.ts';
import { builtPages, metaPolicyOf } from './site-pages.ts';

const siteDir = process.argv[2];
if (!siteDir) {
  console.error('usage: node tests/support/write-headers-file.ts <built site folder>');
  process.exit(1);
}
const policies = new Set<string>();
for (const page of await builtPages(siteDir)) {
  const policy = metaPolicyOf(await readFile(page.file, 'utf8'));
  if (policy === undefined) throw new Error(`${page.file} has no CSP <meta>`);
  policies.add(policy);
}
if (policies.size !== 1)
  throw new Error(`pages differ in their CSP; _headers needs one policy:\n${[...policies].join('\n')}`);
const target = join(projectRoot, 'public', '_headers');
await writeFile(target, headersFileText([...policies][0] ?? ''));
console.log(`wrote ${target}`);
