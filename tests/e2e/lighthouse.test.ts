import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { NON_TIMING_CATEGORIES, startLighthouseBrowser, type LighthouseBrowser } from '../support/lighthouse.ts';
import { sourceArticleIds } from '../support/site-pages.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');

/** Every article page of the build, from its `articles/<id>/index.html`. */
const articleIds = readdirSync(join(siteDir, 'articles'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(siteDir, 'articles', entry.name, 'index.html')))
  .map((entry) => entry.name)
  .sort();

/** Lighthouse takes 10–30 s a page on this machine (longer while other runs share it). */
const LIGHTHOUSE_TIMEOUT = 180_000;

// Accessibility, best practices and SEO only: their scores do not depend on timing. Performance is
// measured by `npm run bench:lighthouse`, never asserted in a test on a shared, noisy machine.
describe('Lighthouse (mobile defaults) on every article page', () => {
  let lighthouse: LighthouseBrowser | undefined;
  beforeAll(async () => {
    lighthouse = await startLighthouseBrowser();
  });
  afterAll(async () => {
    await lighthouse?.close();
  });

  it('audits the page of every article in content/', () => {
    expect(articleIds).toEqual(sourceArticleIds());
  });

  it.each(articleIds)(
    '%s scores 100 in accessibility, best practices and SEO',
    async (id) => {
      if (!lighthouse) throw new Error('Lighthouse did not start');
      const url = new URL(`articles/${id}/`, siteUrl).href;
      // The full-page screenshot only illustrates a report’s elements, and no report is kept.
      const audit = await lighthouse.audit(url, {
        onlyCategories: [...NON_TIMING_CATEGORIES],
        disableFullPageScreenshot: true,
      });
      // The failing audits first: on failure they say which audit and which elements.
      expect(audit.failingAudits).toEqual([]);
      expect(audit.scores).toEqual({ accessibility: 1, 'best-practices': 1, seo: 1 });
    },
    LIGHTHOUSE_TIMEOUT,
  );

  // The build's canonical URLs are on SITE_URL's origin (http://localhost:4321 here), not on the origin
  // nginx serves the test build from, and Lighthouse's `canonical` audit checks a canonical on another
  // origin only for being absolute, valid and unique: its "points to the home page" check applies to
  // same-origin canonicals only. So the test checks the path itself.
  it.each(articleIds)('%s declares its own path as canonical', async (id) => {
    const html = await (await fetch(new URL(`articles/${id}/`, siteUrl))).text();
    const canonical = [...html.matchAll(/<link\b[^>]*\brel="?canonical"?[^>]*>/g)].map(
      ([tag]) => /\bhref="?([^"\s>]+)/.exec(tag)?.[1] ?? '',
    );
    expect(canonical).toHaveLength(1);
    expect(new URL(canonical[0] ?? '').pathname).toBe(`/articles/${id}/`);
  });
});
