import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { sharedPage } from '../support/browser.ts';
import { formatReport, htmlValidator } from '../support/html-validator.ts';
import { checkWithNu, nuProblems } from '../support/nu-html-checker.ts';
import { waitForSearchResults } from '../support/quality-search.ts';
import { SEEDS } from '../support/seeds.ts';
import { builtPages } from '../support/site-pages.ts';

const builds = [
  { name: 'root build', siteDir: inject('siteDir') },
  { name: 'sub-path build', siteDir: inject('subpathSiteDir') },
];

/** The checker's Java start-up and the whole build in one process: seconds alone, more on a busy machine. */
const NU_TIMEOUT = 180_000;

describe.each(builds)('valid HTML in the $name', ({ siteDir }) => {
  it('passes html-validate (recommended rules) on every page', async () => {
    const pages = await builtPages(siteDir);
    expect(pages.length).toBeGreaterThanOrEqual(5);
    const problems: string[] = [];
    for (const page of pages) {
      const report = await htmlValidator.validateString(await readFile(page.file, 'utf8'), page.file);
      problems.push(...formatReport(report));
    }
    expect(problems).toEqual([]);
  });

  it(
    'passes the W3C Nu HTML Checker on every page of both editions, with no errors or warnings',
    async () => {
      const pages = await builtPages(siteDir);
      expect(pages.some((page) => page.path.startsWith('zh-hant/'))).toBe(true);
      // The whole folder in one Java process (a list of every file would outgrow a command line at scale).
      const { checked, messages } = await checkWithNu([siteDir]);
      expect(checked).toEqual(expect.arrayContaining(pages.map((page) => page.file)));
      expect(nuProblems(messages)).toEqual([]);
    },
    NU_TIMEOUT,
  );
});

describe('valid HTML after scripts ran', () => {
  it('passes html-validate on the search page with results shown', async () => {
    const siteUrl = inject('siteUrl');
    const { page } = await sharedPage(siteUrl);
    await page.goto(new URL('search/?q=广电', siteUrl).href);
    await waitForSearchResults(page);
    const report = await htmlValidator.validateString(
      `<!DOCTYPE html>\n${await page.evaluate(() => document.documentElement.outerHTML)}`,
      'search/?q=广电 (rendered)',
      // The DOM serialiser writes boolean attributes with an empty value (hidden="", disabled="", checked=""):
      // a property of outerHTML, not of the page (the built files are checked with every rule above).
      { rules: { 'attribute-empty-style': 'off', 'attribute-boolean-style': 'off' } },
    );
    expect(formatReport(report)).toEqual([]);
  });

  it(
    'passes the Nu HTML Checker on the search page with results and on the articles with their dates stamped',
    async () => {
      const siteUrl = inject('siteUrl');
      const { page } = await sharedPage(siteUrl);
      const folder = await mkdtemp(join(tmpdir(), 'archive-nu-'));
      try {
        // Search results and the print date get their <time> from scripts; the citation's access date is rewritten.
        const rendered = [
          { name: 'search-results.html', path: 'search/?q=广电', ready: () => waitForSearchResults(page) },
          ...SEEDS.map((seed) => ({
            name: `${seed.articleId}.html`,
            path: `articles/${seed.articleId}/`,
            ready: () => page.locator('.print-masthead-date time[datetime]').waitFor({ state: 'attached' }),
          })),
        ];
        const files: string[] = [];
        for (const { name, path, ready } of rendered) {
          await page.goto(new URL(path, siteUrl).href);
          await ready();
          const file = join(folder, name);
          await writeFile(file, `<!DOCTYPE html>\n${await page.evaluate(() => document.documentElement.outerHTML)}`);
          files.push(file);
        }
        const { checked, messages } = await checkWithNu(files);
        expect(checked).toEqual(files);
        expect(nuProblems(messages)).toEqual([]);
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
    },
    NU_TIMEOUT,
  );
});
