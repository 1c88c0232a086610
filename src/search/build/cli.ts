// `npm run search-index -- <plan|part|assemble> …`: the search index built as separate jobs, e.g. one
// CI job per part on separate machines, from a site whose pages were built with
// ARCHIVE_SEARCH_INDEX=separate (see docs/scale.md, "Building in separate jobs").
//   plan     --site DIR                      prints the parts' keys as JSON (a CI matrix)
//   part     --site DIR --key KEY… --out DIR builds the named parts into DIR (keep DIR as the job's artifact);
//                                            --key again for each part a job builds
//   assemble --site DIR --parts DIR          writes DIR/search-index from the parts' folders (merged artifacts)
// The base path and the part limit come from BASE_PATH and ARCHIVE_SEARCH_PART_LIMIT, as for `astro build`.
import { parseArgs } from 'node:util';
import { dirname, resolve } from 'node:path';
import { PartCache } from './part-cache.ts';
import { pagesOfBuiltSite } from './site-pages.ts';
import { buildT2sTable } from './t2s-table.ts';
import { assembleSearchBundle, partInCache, planSearchBundle, type SearchBundlePlan } from './write-bundle.ts';
import { precompressFolder } from '../../integrations/precompress.ts';
import { SEARCH_BUNDLE_FOLDER } from '../shared/contract.ts';
import { settings } from '../../environment/settings.ts';

const USAGE = 'usage: search-index <plan|part|assemble> --site DIR [--key KEY [--key KEY…] --out DIR | --parts DIR]';

async function plan(site: string): Promise<SearchBundlePlan> {
  const pages = await pagesOfBuiltSite(site, settings.basePath);
  return planSearchBundle(pages, {
    projectRoot: process.cwd(),
    partLimit: settings.searchPartLimit,
  });
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      site: { type: 'string' },
      key: { type: 'string', multiple: true },
      out: { type: 'string' },
      parts: { type: 'string' },
    },
  });
  const [command] = positionals;
  if (!values.site) throw new Error(USAGE);
  const site = resolve(values.site);
  const planned = await plan(site);
  if (command === 'plan') {
    console.log(JSON.stringify(planned.parts.map((part) => part.key)));
  } else if (command === 'part') {
    if (!values.key || !values.out) throw new Error(USAGE);
    const out = new PartCache(resolve(values.out));
    const t2s = buildT2sTable();
    for (const key of values.key) {
      const { folder } = await partInCache(planned, key, out, t2s);
      console.log(`search index: part ${key} written to ${folder}`);
    }
  } else if (command === 'assemble') {
    if (!values.parts) throw new Error(USAGE);
    const parts = new PartCache(resolve(values.parts));
    const pages = await assembleSearchBundle(
      site,
      planned,
      (key, fingerprint) => parts.find(key, fingerprint),
      buildT2sTable(),
    );
    await precompressFolder(site, resolve(site, SEARCH_BUNDLE_FOLDER));
    // The search pages now preload the newest part's files: their compressed copies are written again.
    for (const page of pages) await precompressFolder(site, dirname(page));
    console.log(`search index: ${planned.parts.length} parts assembled into ${resolve(site, SEARCH_BUNDLE_FOLDER)}`);
  } else {
    throw new Error(USAGE);
  }
}

await main();
