import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareNewestFirst } from '../../src/articles/order.ts';
import { writtenFrontMatterValue } from '../../src/articles/schema.ts';
import { generateCorpus } from '../bench/corpus.ts';
import { buildSite, projectRoot } from '../support/build-site.ts';
import { routeFiles, stepWork } from '../support/build-log.ts';
import { treeDifferences } from '../support/file-trees.ts';

// experimental.incrementalBuild: after adding, editing or deleting one article, a build that reuses the
// last one's outDir and cacheDir renders only the pages that show the change, its after-build steps redo
// only the files that changed, and what it leaves in dist/ is, file by file, what a clean build writes.

/** Two builds of a 30-article archive, one after the other: 30 s on a quiet machine, 150 s seen on a busy one. */
const TIMEOUT = 420_000;
const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * Index parts of at most 4 articles, so that the 30 articles (about 3 a year) make a part a year, as the years
 * of a large archive do; under the default limit they would share one part (see planParts).
 */
const SEVERAL_PARTS = { ARCHIVE_SEARCH_PART_LIMIT: '4' };

/** An article of the corpus as the archive orders it. */
interface Listed {
  id: string;
  data: { date: Date; title: string };
}

async function readArticles(contentDir: string): Promise<Listed[]> {
  const files = (await readdir(contentDir)).filter((name) => name.endsWith('.md'));
  const articles = await Promise.all(
    files.map(async (name) => {
      const text = await readFile(join(contentDir, name), 'utf8');
      const title = writtenFrontMatterValue(text, 'title') ?? '';
      const date = new Date(writtenFrontMatterValue(text, 'date') ?? '');
      return { id: name.replace(/\.md$/, ''), data: { date, title } };
    }),
  );
  return articles.sort(compareNewestFirst);
}

/** An article's id with those of its newer and older neighbours in the archive's order. */
function withItsNeighbours(newestFirst: readonly Listed[], id: string): string[] {
  const index = newestFirst.findIndex((article) => article.id === id);
  return [newestFirst[index - 1]?.id, id, newestFirst[index + 1]?.id].filter((item) => item !== undefined);
}

/** The ids of the article pages a build rendered (not copied from the last build). */
function renderedArticles(log: string): string[] {
  return routeFiles(log)
    .rendered.flatMap((file) => /^\/articles\/([^/]+)\/index\.html$/.exec(file)?.[1] ?? [])
    .sort();
}

describe('an incremental build after one article changes', () => {
  let root = '';
  let contentDir = '';
  let outDir = '';
  /** A copy of the first build: a clean build of the corpus as generated, before any change. */
  let firstBuildDir = '';
  let cleanBuilds = 0;

  /** Builds the archive into the incremental outDir, then a clean build of the same content; returns the first's log. */
  async function buildBoth(): Promise<{ log: string; cleanDir: string }> {
    const incremental = await buildSite({ contentDir, outDir, environment: SEVERAL_PARTS });
    cleanBuilds += 1;
    const cleanDir = join(root, `clean-${cleanBuilds}`);
    await buildSite({ contentDir, outDir: cleanDir, environment: SEVERAL_PARTS });
    return { log: `${incremental.stdout}\n${incremental.stderr}`, cleanDir };
  }

  /** Checks that dist/ is what a clean build writes, and that Astro and the after-build steps reused most files. */
  async function expectIdenticalAndIncremental(log: string, cleanDir: string): Promise<void> {
    const differences = await treeDifferences(outDir, cleanDir);
    expect({ ...differences, files: undefined }).toEqual({
      onlyInFirst: [],
      onlyInSecond: [],
      differing: [],
      files: undefined,
    });
    expect(differences.files).toBeGreaterThan(500);
    const routes = routeFiles(log);
    expect(routes.reused.length).toBeGreaterThan(routes.rendered.length * 3);
    for (const step of ['traditional-edition', 'precompress']) {
      const work = stepWork(log, step);
      expect(work.redone, step).toBeGreaterThan(0);
      expect(work.unchanged, step).toBeGreaterThan(work.redone * 3);
    }
    // The index parts of the years the change does not touch are reused.
    const parts = /\[search-index\] indexed \d+ articles in (\d+) parts \((\d+) built, (\d+) unchanged\)/.exec(
      stripVTControlCharacters(log),
    );
    expect(parts, 'the search index step says how many parts it built').not.toBeNull();
    expect(Number(parts?.[2])).toBeGreaterThanOrEqual(1);
    expect(Number(parts?.[2])).toBeLessThan(Number(parts?.[1]));
  }

  beforeAll(async () => {
    // Inside the project: Astro writes a build's server chunks into outDir/.prerender/ when outDir is under the
    // working directory, and into the project's shared .astro/.prerender/ otherwise, where builds running at
    // the same time (other test files, other checkouts' users) would overwrite each other's.
    root = await mkdtemp(join(projectRoot, '.test-dist-incremental-build-'));
    contentDir = join(root, 'articles');
    outDir = join(root, 'dist');
    await generateCorpus(contentDir, 30);
    // The first build fills the cache; it reuses nothing.
    const first = await buildSite({ contentDir, outDir, environment: SEVERAL_PARTS });
    const routes = routeFiles(first.stdout);
    expect(routes.reused).toEqual([]);
    expect(routes.rendered.length).toBeGreaterThan(30);
    // The content store keeps no text: measured as the one string Astro writes it as (V8 caps strings at
    // 2^29-24 UTF-16 units, so 600 an article leaves room for 890,000 articles).
    const store = await readFile(join(`${outDir}.cache`, 'data-store.json'), 'utf8');
    expect(store.length / 30).toBeLessThanOrEqual(600);
    firstBuildDir = join(root, 'first');
    await cp(outDir, firstBuildDir, { recursive: true });
  }, TIMEOUT);

  afterAll(() => rm(root, { recursive: true, force: true }));

  it(
    'adding an article renders it and its two neighbours and ends identical to a clean build',
    async () => {
      const before = await readArticles(contentDir);
      // Between two articles at least two days apart, so the new one has both as neighbours.
      const index = before.findIndex(
        (article, position) =>
          position >= before.length / 2 &&
          article.data.date.getTime() - (before[position + 1]?.data.date.getTime() ?? Infinity) > 2 * DAY_MS,
      );
      const older = before[index + 1];
      if (older === undefined) throw new Error('the corpus has no gap of two days to add an article into');
      const date = new Date(older.data.date.getTime() + DAY_MS).toISOString().slice(0, 10);
      await writeFile(
        join(contentDir, 'added-article.md'),
        `---\ntitle: 新增的文章\ndate: ${date}\nsource: 人民邮电报\n---\n\n新增文章的第一段。\n\n## 一节 {#part}\n\n第二段。\n`,
      );
      const { log, cleanDir } = await buildBoth();
      const after = await readArticles(contentDir);
      expect(renderedArticles(log)).toEqual(withItsNeighbours(after, 'added-article').sort());
      await expectIdenticalAndIncremental(log, cleanDir);
    },
    TIMEOUT,
  );

  it(
    'deleting an article renders its two neighbours only and ends identical to a clean build',
    async () => {
      // The article the test above added: the archive is then the generated corpus again, whose clean build
      // the first build is.
      const neighbours = withItsNeighbours(await readArticles(contentDir), 'added-article').filter(
        (id) => id !== 'added-article',
      );
      await rm(join(contentDir, 'added-article.md'));
      const incremental = await buildSite({ contentDir, outDir, environment: SEVERAL_PARTS });
      const log = `${incremental.stdout}\n${incremental.stderr}`;
      expect(renderedArticles(log)).toEqual(neighbours.sort());
      await expectIdenticalAndIncremental(log, firstBuildDir);
    },
    TIMEOUT,
  );

  it(
    'editing an article’s title renders it and its two neighbours and ends identical to a clean build',
    async () => {
      const edited = (await readArticles(contentDir))[5];
      if (edited === undefined) throw new Error('the corpus is too small');
      const file = join(contentDir, `${edited.id}.md`);
      await writeFile(file, (await readFile(file, 'utf8')).replace(/^title: .*$/m, 'title: "改过的标题"'));
      const { log, cleanDir } = await buildBoth();
      expect(renderedArticles(log)).toEqual(withItsNeighbours(await readArticles(contentDir), edited.id).sort());
      expect(routeFiles(log).rendered).toContain(`/articles/${edited.id}/citation.ris`);
      await expectIdenticalAndIncremental(log, cleanDir);
    },
    TIMEOUT,
  );
});
