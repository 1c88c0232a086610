import { readFile } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import { openPage } from '../support/browser.ts';
import { formatReport, htmlValidator } from '../support/html-validator.ts';
import { waitForSearchResults } from '../support/quality-search.ts';
import { builtPages } from '../support/site-pages.ts';

const builds = [
  { name: 'root build', siteDir: inject('siteDir') },
  { name: 'sub-path build', siteDir: inject('subpathSiteDir') },
];

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
});

describe('valid HTML after scripts ran', () => {
  it('passes html-validate on the search page with results shown', async () => {
    const siteUrl = inject('siteUrl');
    const { page, context } = await openPage(siteUrl);
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
    await context.close();
  });
});
