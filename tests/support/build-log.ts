// Reading what a build did from its log: which routes Astro rendered and which it copied from the last
// build (experimental.incrementalBuild), and how many files an after-build step redid. Astro colours its log
// whenever CI is set (picocolors), so the escape codes are removed before reading it.

import { stripVTControlCharacters } from 'node:util';

/** The files Astro wrote for routes, by whether it rendered them or reused the last build's output. */
export interface RouteFiles {
  rendered: string[];
  reused: string[];
}

/** The route files of a build's log ("├─ /articles/x/index.html (+3ms)" or "… (restored)"). */
export function routeFiles(log: string): RouteFiles {
  const files: RouteFiles = { rendered: [], reused: [] };
  for (const [, file = '', rest = ''] of stripVTControlCharacters(log).matchAll(/├─ (\S+)(.*)$/gm)) {
    (/\((?:restored|cached)\)/.test(rest) ? files.reused : files.rendered).push(file);
  }
  return files;
}

/** What an after-build step logged it redid and reused: "(converted 3, 120 unchanged since the last build)". */
export function stepWork(log: string, step: string): { redone: number; unchanged: number } {
  const line = stripVTControlCharacters(log)
    .split('\n')
    .find((text) => text.includes(`[${step}]`) && text.includes('unchanged since'));
  const counts = /\((?:\w+) (\d+), (\d+) unchanged since the last build\)/.exec(line ?? '');
  if (!counts) throw new Error(`no work summary of ${step} in the build log`);
  return { redone: Number(counts[1]), unchanged: Number(counts[2]) };
}
