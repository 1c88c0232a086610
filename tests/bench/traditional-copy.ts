// npm run bench:traditional -- --site DIR — the time the Traditional edition's copy takes per page. Reads every
// Simplified page of a built site (DIR, e.g. a folder `npm run bench` or `astro build` wrote), converts each with
// traditionalHtml (src/editions/traditional-page.ts) in one process, after a warm-up, for a few rounds, and
// prints the milliseconds of each round. With --compare FILE (a module that exports another traditionalHtml,
// e.g. an earlier commit's, its imports pointed at this checkout), both run round by round, one after the
// other, and the bench says whether they wrote the same bytes for every page. With --threads, it instead times
// the build step's second pass over the same pages, reading and writing files: on the main thread (as a build
// converting a few files does) against two worker threads (src/integrations/traditional-threads.ts).
//
// Options: --site DIR      the build to read (required);
//          --rounds N      rounds per implementation (default 2);
//          --compare FILE  another implementation to run beside this one;
//          --threads       the main thread against two worker threads.
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { editions } from '../../src/site.ts';
import { traditionalHtml, type PublishedAt } from '../../src/editions/traditional-page.ts';
import { readHead } from '../../src/built-html/tags.ts';
import { convertFile, type ConversionJob } from '../../src/integrations/traditional-conversion.ts';
import { convertInThreads } from '../../src/integrations/traditional-threads.ts';
import pMap from 'p-map';

type Convert = (html: string, at: PublishedAt) => Promise<string>;

const option = (name: string): string | undefined => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const site = option('--site');
if (site === undefined) throw new Error('usage: npm run bench:traditional -- --site DIR [--rounds N] [--compare FILE]');
const rounds = Number(option('--rounds') ?? 2);
const compareFile = option('--compare');

const files = (await readdir(site, { recursive: true, encoding: 'utf8' }))
  .filter((file) => file.endsWith('.html') && !file.startsWith(editions.traditional.pathPrefix))
  .sort();
const pages = await Promise.all(files.map((file) => readFile(join(site, file), 'utf8')));
// The canonical link names the origin the site was built for; the QR code is drawn for it.
let canonical = 'http://localhost:4321/';
readHead(pages[0] ?? '', {
  names: new Set(['link']),
  startTag({ attributes }, stop) {
    if (attributes.get('rel') !== 'canonical') return;
    canonical = attributes.get('href') ?? canonical;
    stop();
  },
});
const origin = new URL(canonical).origin;
const at: PublishedAt = { origin, base: '/' };

if (process.argv.includes('--threads')) {
  const out = await mkdtemp(join(tmpdir(), 'traditional-copy-'));
  const jobs: ConversionJob[] = files.map((file, index) => ({
    file: join(site, file),
    kind: 'page',
    target: join(out, `${index}.html`),
  }));
  await mkdir(out, { recursive: true });
  console.log(`${pages.length} pages of ${site}; load average ${loadavg()[0]?.toFixed(2)} before`);
  for (let round = 1; round <= rounds; round += 1) {
    for (const [name, convertAll] of [
      ['main thread', () => pMap(jobs, (job) => convertFile(job, at), { concurrency: 16 })],
      ['two worker threads', () => convertInThreads(jobs, at, 2)],
    ] as const) {
      const started = performance.now();
      await convertAll();
      console.log(`round ${round}, ${name}: ${Math.round(performance.now() - started)} ms`);
    }
  }
  await rm(out, { recursive: true, force: true });
  console.log(`load average ${loadavg()[0]?.toFixed(2)} after`);
  process.exit(0);
}

const implementations: [string, Convert][] = [['this checkout', traditionalHtml]];
if (compareFile !== undefined) {
  const other = (await import(pathToFileURL(resolve(compareFile)).href)) as { traditionalHtml: Convert };
  implementations.push([compareFile, other.traditionalHtml]);
}

console.log(`${pages.length} pages of ${site}; load average ${loadavg()[0]?.toFixed(2)} before`);
for (const [, convert] of implementations) {
  for (const html of pages.slice(0, 50)) await convert(html, at);
}
const outputs = new Map<string, string[]>();
for (let round = 1; round <= rounds; round += 1) {
  for (const [name, convert] of implementations) {
    const written: string[] = [];
    const started = performance.now();
    for (const html of pages) written.push(await convert(html, at));
    const ms = performance.now() - started;
    console.log(`round ${round}, ${name}: ${Math.round(ms)} ms, ${(ms / pages.length).toFixed(2)} ms a page`);
    outputs.set(name, written);
  }
}
if (implementations.length > 1) {
  const [mine, theirs] = [...outputs.values()];
  const differing = files.filter((_, index) => mine?.[index] !== theirs?.[index]);
  console.log(
    differing.length === 0
      ? `the same bytes for all ${pages.length} pages`
      : `${differing.length} pages differ, e.g. ${differing.slice(0, 5).join(', ')}`,
  );
}
console.log(`load average ${loadavg()[0]?.toFixed(2)} after`);
