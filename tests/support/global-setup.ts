import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, projectRoot } from './build-site.ts';
import { serveWithNginx, type ServedSite } from '../../src/server/nginx.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the site built from content/ and served over HTTP, ending in "/". */
    siteUrl: string;
    /** Folder of that build. */
    siteDir: string;
    /** URL of the same site built with BASE_PATH=/archive/ (sub-folder deployment, BASE_URL=/ in its environment), ending in "/archive/". */
    subpathSiteUrl: string;
    /** Folder of the sub-path build. */
    subpathSiteDir: string;
  }
}

/** The sub-folder the sub-path build is deployed under. */
export const SUBPATH_BASE = '/archive/';

/** Builds the real site once for all browser tests (at the root and under a sub-path) and serves both with nginx. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // ARCHIVE_TEST_DIST lets two test runs share a checkout without clobbering each other's builds.
  const testDist = join(projectRoot, process.env['ARCHIVE_TEST_DIST'] ?? '.test-dist');
  const siteDir = join(testDist, 'site');
  const subpathSiteDir = join(testDist, 'site-subpath');
  await rm(testDist, { recursive: true, force: true });
  // Side by side: Vitest runs no test until every global set-up has ended, so one build alone leaves a core idle.
  // Both rewrite the project's generated .astro/ types, which no build reads, and Astro writes the content
  // modules a build does read atomically.
  await Promise.all([
    buildSite({ outDir: siteDir }),
    // BASE_URL=/ in the environment (as Vitest and some CI systems set it) must not override the configured base.
    buildSite({ outDir: subpathSiteDir, basePath: SUBPATH_BASE, environment: { BASE_URL: '/' } }),
  ]);
  const sites: ServedSite[] = [
    await serveWithNginx(siteDir),
    await serveWithNginx(subpathSiteDir, { basePath: SUBPATH_BASE }),
  ];
  project.provide('siteUrl', sites[0]?.url ?? '');
  project.provide('siteDir', siteDir);
  project.provide('subpathSiteUrl', sites[1]?.url ?? '');
  project.provide('subpathSiteDir', subpathSiteDir);
  return async () => {
    await Promise.all(sites.map((site) => site.close()));
  };
}
