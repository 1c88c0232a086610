import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../bench/corpus.ts';
import { sharedPage } from '../support/browser.ts';
import { buildSite, projectRoot } from '../support/build-site.ts';
import { treeDifferences } from '../support/file-trees.ts';
import { serveWithNginx, type ServedSite } from '../../src/server/nginx.ts';
import { readSearchPage, searchOnSite } from '../support/search-page.ts';

// The index in parts (src/search/build/parts.ts) finds exactly the articles whose Markdown holds the words,
// filtered and sorted as their front matter says, and the parts built as separate jobs
// (src/search/build/cli.ts, one process per part) assemble into the very bundle a one-go build writes.
// (One part for the whole archive, ARCHIVE_SEARCH_PART_LIMIT=none, is the unit test of planParts.)

const run = promisify(execFile);
const ARTICLES = 24;
/** Small enough that most years split into runs of months (the splitting itself: tests/unit/search/build/parts.test.ts). */
const PART_LIMIT = '2';

/** Every result the search page shows for `query`, pressing “more” until there is no more, in the order shown. */
async function resultsInOrder(
  page: Page,
  siteUrl: string,
  query: string,
  parameters: Record<string, string> = {},
): Promise<string[]> {
  let shown =
    Object.keys(parameters).length === 0
      ? await searchOnSite(page, siteUrl, query)
      : await (async () => {
          await page.goto(`${siteUrl}search/?${new URLSearchParams({ q: query, ...parameters }).toString()}`);
          return readSearchPage(page);
        })();
  const more = page.locator('[data-search-more]');
  // Each step adds results or searches further parts: the archive's articles end it long before this.
  for (let step = 0; step < 2 * ARTICLES && (await more.isVisible()); step += 1) {
    await more.click();
    shown = await readSearchPage(page);
  }
  expect(await more.isVisible(), `${query}: still more after ${2 * ARTICLES} steps`).toBe(false);
  return shown.results.map((result) => result.articleId);
}

/** Every result URL the search page shows for `query`, pressing “more” until there is no more. */
async function allResults(page: Page, siteUrl: string, query: string): Promise<string[]> {
  return (await resultsInOrder(page, siteUrl, query)).sort();
}

/** Each article's id, day and source, from its front matter. */
async function frontMatters(contentDir: string): Promise<{ id: string; date: string; source: string }[]> {
  const names = (await readdir(contentDir)).filter((name) => name.endsWith('.md')).sort();
  return Promise.all(
    names.map(async (name) => {
      const text = await readFile(join(contentDir, name), 'utf8');
      const field = (key: string) => new RegExp(`^${key}: *["']?([^"'\\n]+)`, 'm').exec(text)?.[1]?.trim() ?? '';
      return { id: name.replace(/\.md$/, ''), date: field('date'), source: field('source') };
    }),
  );
}

/** Ids of the corpus's articles whose Markdown holds `text` (its Chinese characters never cross a line). */
async function articlesContaining(contentDir: string, text: string): Promise<string[]> {
  const names = (await readdir(contentDir)).filter((name) => name.endsWith('.md')).sort();
  const found: string[] = [];
  for (const name of names) {
    if ((await readFile(join(contentDir, name), 'utf8')).includes(text)) found.push(name.replace(/\.md$/, ''));
  }
  return found;
}

describe('the search index in parts', () => {
  let root = '';
  let contentDir = '';
  let inParts: ServedSite | undefined;
  let queries: string[] = [];

  beforeAll(async () => {
    // Under the project: Astro keeps the server chunks of an outDir outside it in one shared folder (.astro/.prerender/).
    root = await mkdtemp(join(projectRoot, '.test-dist-search-parts-'));
    contentDir = join(root, 'content');
    const { sample } = await generateCorpus(contentDir, ARTICLES);
    // Words of several lengths from the generated text: in many articles, in a few, in one.
    queries = sample.slice(0, 4).flatMap((article) => {
      const runs = article.paragraphs.join('').match(/\p{Script=Han}{6,}/gu) ?? [];
      const [longRun = ''] = runs;
      return [longRun.slice(0, 2), longRun.slice(1, 4), longRun.slice(0, 6)];
    });
    queries.push('足球联赛');
    await buildSite({
      contentDir,
      outDir: join(root, 'parts'),
      environment: { ARCHIVE_SEARCH_PART_LIMIT: PART_LIMIT },
    });
    inParts = await serveWithNginx(join(root, 'parts'));
  }, 600_000);

  afterAll(async () => {
    await inParts?.close();
    await rm(root, { recursive: true, force: true });
  });

  it('splits the archive into parts of at most the limit, newest first', async () => {
    const manifest = async (site: string) =>
      (
        JSON.parse(await readFile(join(root, site, 'search-index', 'parts.json'), 'utf8')) as {
          parts: { key: string; articles: number; firstDate: string; lastDate: string }[];
        }
      ).parts;
    const parts = await manifest('parts');
    expect(parts.length).toBeGreaterThan(10);
    expect(parts.every((part) => part.articles <= Number(PART_LIMIT))).toBe(true);
    expect(parts.reduce((sum, part) => sum + part.articles, 0)).toBe(ARTICLES);
    const firstDates = parts.map((part) => part.firstDate);
    expect(firstDates).toEqual([...firstDates].sort().reverse());
  });

  it('finds every article that holds the words, in whichever part it is', async () => {
    const { page, consoleErrors } = await sharedPage(inParts?.url ?? '');
    for (const query of queries) {
      const expected = await articlesContaining(contentDir, query);
      expect(await allResults(page, inParts?.url ?? '', query), query).toEqual(expected);
    }
    expect(queries.some((query) => query.length === 2)).toBe(true);
    expect(consoleErrors).toEqual([]);
  }, 600_000);

  it('filters and sorts by date across parts as the front matter says', async () => {
    const { page, consoleErrors } = await sharedPage(inParts?.url ?? '');
    const articles = await frontMatters(contentDir);
    const middle = articles[Math.floor(articles.length / 2)];
    // The query found in the most articles, so that filters and sorts have many to choose among.
    const found = await Promise.all(
      queries.map(async (candidate) => ({ candidate, ids: await articlesContaining(contentDir, candidate) })),
    );
    const { candidate: query, ids } = found.reduce((best, next) => (next.ids.length > best.ids.length ? next : best));
    const holding = new Set(ids);
    expect(holding.size).toBeGreaterThan(4);
    const year = middle?.date.slice(0, 4) ?? '';
    const month = middle?.date.slice(5, 7) ?? '';
    const source = middle?.source ?? '';
    const newestFirst = (ids: { id: string; date: string }[]) =>
      ids.sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id)).map((article) => article.id);
    const cases: { query: string; parameters: Record<string, string>; expected: string[]; ordered: boolean }[] = [
      {
        query,
        parameters: { year },
        expected: articles.filter((a) => holding.has(a.id) && a.date.startsWith(year)).map((a) => a.id),
        ordered: false,
      },
      {
        query,
        parameters: { year, month: String(Number(month)) },
        expected: articles.filter((a) => holding.has(a.id) && a.date.startsWith(`${year}-${month}`)).map((a) => a.id),
        ordered: false,
      },
      {
        query,
        parameters: { source },
        expected: articles.filter((a) => holding.has(a.id) && a.source === source).map((a) => a.id),
        ordered: false,
      },
      {
        query,
        parameters: { sort: 'date' },
        expected: newestFirst(articles.filter((a) => holding.has(a.id))),
        ordered: true,
      },
      {
        query,
        parameters: { sort: 'date-asc' },
        expected: newestFirst(articles.filter((a) => holding.has(a.id))).reverse(),
        ordered: true,
      },
      {
        query: '',
        parameters: { year },
        expected: newestFirst(articles.filter((a) => a.date.startsWith(year))),
        ordered: true,
      },
      { query, parameters: { year: '1999' }, expected: [], ordered: true },
    ];
    for (const { query: q, parameters, expected, ordered } of cases) {
      const label = `${q} ${JSON.stringify(parameters)}`;
      const wanted = ordered ? expected : [...expected].sort();
      const shown = await resultsInOrder(page, inParts?.url ?? '', q, parameters);
      expect(ordered ? shown : shown.sort(), label).toEqual(wanted);
    }
    expect(consoleErrors).toEqual([]);
  }, 600_000);

  it('assembles the parts built as separate jobs, in separate processes, into what a one-go build writes', async () => {
    const siteDir = join(root, 'separate');
    const partsDir = join(root, 'separate-parts');
    const environment = { ARCHIVE_SEARCH_PART_LIMIT: PART_LIMIT };
    await buildSite({ contentDir, outDir: siteDir, environment: { ...environment, ARCHIVE_SEARCH_INDEX: 'separate' } });
    const cli = (...args: string[]) =>
      run(process.execPath, ['src/search/build/cli.ts', ...args], {
        cwd: projectRoot,
        env: { PATH: process.env['PATH'] ?? '', ...environment },
      });
    const keys = JSON.parse((await cli('plan', '--site', siteDir)).stdout) as string[];
    expect(keys.length).toBeGreaterThan(10);
    // Two jobs side by side, each a process building every other part, into one artifact folder (as a CI
    // matrix would merge them); a job of one part is the same path with one --key.
    await Promise.all(
      [0, 1].map((job) =>
        cli(
          'part',
          '--site',
          siteDir,
          ...keys.filter((_key, index) => index % 2 === job).flatMap((key) => ['--key', key]),
          '--out',
          partsDir,
        ),
      ),
    );
    await cli('assemble', '--site', siteDir, '--parts', partsDir);
    const differences = await treeDifferences(join(root, 'parts'), siteDir);
    expect(differences.files).toBeGreaterThan(ARTICLES * 4);
    expect({ ...differences, files: 0 }).toEqual({ onlyInFirst: [], onlyInSecond: [], differing: [], files: 0 });
  }, 600_000);

  it('names the part that is missing when one job did not run', async () => {
    const siteDir = join(root, 'separate');
    const cli = (...args: string[]) =>
      run(process.execPath, ['src/search/build/cli.ts', ...args], {
        cwd: projectRoot,
        env: { PATH: process.env['PATH'] ?? '', ARCHIVE_SEARCH_PART_LIMIT: PART_LIMIT },
      });
    await expect(cli('assemble', '--site', siteDir, '--parts', join(root, 'no-parts'))).rejects.toThrow(
      /search index: part \S+ \(\d+ articles?, fingerprint \w+\) was not built for these pages/,
    );
  });
});
