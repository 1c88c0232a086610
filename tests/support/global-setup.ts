import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, projectRoot } from './build-site.ts';
import { serveStatic, type StaticSite } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the site built from content/ and served over HTTP, ending in "/". */
    siteUrl: string;
    /** Folder of that build. */
    siteDir: string;
  }
}

/** Builds the real site once for all browser tests and serves it over HTTP. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // ARCHIVE_TEST_DIST lets two test runs share a checkout without clobbering each other's builds.
  const testDist = join(projectRoot, process.env['ARCHIVE_TEST_DIST'] ?? '.test-dist');
  const siteDir = join(testDist, 'site');
  await rm(testDist, { recursive: true, force: true });
  await buildSite({ outDir: siteDir });
  const sites: StaticSite[] = [await serveStatic(siteDir)];
  project.provide('siteUrl', sites[0]?.url ?? '');
  project.provide('siteDir', siteDir);
  return async () => {
    await Promise.all(sites.map((site) => site.close()));
  };
}
