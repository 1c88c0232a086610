import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createHash } from 'node:crypto';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleLoader } from '../../../src/articles/loader.ts';

/** An entry as a loader stores it. */
type DataEntry = Parameters<LoaderContext['store']['set']>[0];

/** Most UTF-16 units the store may hold per article (issue: an archive of 100,000 must fit in one V8 string). */
const STORE_UNITS_PER_ARTICLE = 600;

/** A loader context over an in-memory store; `written` lists the ids the loader stored, in order. */
function fakeContext(
  root: string,
  store = new Map<string, DataEntry>(),
): { context: LoaderContext; store: Map<string, DataEntry>; written: string[]; warnings: string[] } {
  const written: string[] = [];
  const warnings: string[] = [];
  const context = {
    collection: 'articles',
    config: { root: pathToFileURL(`${root}/`) },
    logger: { warn: (message: string) => warnings.push(message) },
    generateDigest: (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16),
    store: {
      get: (id: string) => store.get(id),
      values: () => [...store.values()],
      set: (entry: DataEntry) => (written.push(entry.id), store.set(entry.id, entry), true),
      keys: () => [...store.keys()],
      delete: (id: string) => store.delete(id),
    },
  } as unknown as LoaderContext;
  return { context, store, written, warnings };
}

let root = '';
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'loader-test-'));
  await cp(join(process.cwd(), 'content', 'articles'), join(root, 'articles'), { recursive: true });
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('articleLoader', () => {
  it('stores front matter, lede and digest of each article, and nothing of its text', async () => {
    const { context, store } = fakeContext(root);
    await articleLoader({ base: 'articles' }).load(context);
    expect([...store.keys()].sort()).toEqual([
      '2020-02-08-broadcast-networks-fight-epidemic',
      '2020-03-03-telecom-resumes-work',
    ]);
    const telecom = store.get('2020-03-03-telecom-resumes-work');
    expect(telecom).toMatchObject({
      filePath: 'articles/2020-03-03-telecom-resumes-work.md',
      data: { title: '目标不变，力度不减！信息通信业积极推进复工复产', source: '人民邮电报' },
    });
    expect(telecom?.body).toBeUndefined();
    expect(telecom?.rendered).toBeUndefined();
    expect(String(telecom?.data['lede'])).toMatch(/^.{20,121}$/u);
    for (const entry of store.values()) {
      expect(JSON.stringify(entry).length, entry.id).toBeLessThanOrEqual(STORE_UNITS_PER_ARTICLE);
    }
  });

  it('reads again only the files whose digest changed, and forgets deleted files', async () => {
    const { context, store } = fakeContext(root);
    await articleLoader({ base: 'articles' }).load(context);
    await writeFile(
      join(root, 'articles', 'added.md'),
      '---\ntitle: 新文章\ndate: 2020-03-04\nsource: 人民邮电报\n---\n\n第一段。\n',
    );
    await rm(join(root, 'articles', '2020-03-03-telecom-resumes-work.md'));
    const again = fakeContext(root, store);
    await articleLoader({ base: 'articles' }).load(again.context);
    expect(again.written).toEqual(['added']);
    expect([...store.keys()].sort()).toEqual(['2020-02-08-broadcast-networks-fight-epidemic', 'added']);
    expect(store.get('added')?.data['lede']).toBe('第一段。');
  });

  it('reports every problem of every file in one plain list, one line each, without a stack trace', async () => {
    const article = (frontMatter: string, body = '正文。'): string => `---\n${frontMatter}\n---\n\n${body}\n`;
    await writeFile(join(root, 'articles', 'no-title.md'), article('date: 2020-01-01\nsource: 某报'));
    await writeFile(
      join(root, 'articles', 'typo.md'),
      article('title: 标题\ndate: 2020-01-01\nsource: 某报\nauthor: 张三'),
    );
    await writeFile(join(root, 'articles', 'Upper.md'), article('title: 标题\ndate: 2020-01-01\nsource: 某报'));
    await mkdir(join(root, 'articles', '2019'));
    await writeFile(join(root, 'articles', '2019', 'typo.md'), article('title: 标题\ndate: 2020-01-01\nsource: 某报'));
    await writeFile(
      join(root, 'articles', 'sections.md'),
      article('title: 标题\ndate: 2020-01-01\nsource: 某报', '导语。\n\n## 一 {#a}\n\n甲。\n\n## 二 {#a}\n\n乙。'),
    );
    const error = await articleLoader({ base: 'articles' })
      .load(fakeContext(root).context)
      .then(
        () => undefined,
        (thrown: unknown) => thrown as Error,
      );
    expect(error?.stack).toBe(error?.message);
    const lines = (error?.message ?? '').split('\n').slice(1);
    expect(lines).toEqual([
      '- articles/Upper.md: file name "Upper.md" must be lower-case ASCII letters, digits and hyphens (it becomes the URL /articles/<id>/), e.g. 2020-03-03-telecom-resumes-work.md',
      '- articles/no-title.md: title is missing: add a line such as "title: 目标不变，力度不减" to the front matter',
      '- articles/sections.md: duplicate section id "a": each section id must be unique within an article',
      '- articles/typo.md: duplicate article id "typo", also used by articles/2019/typo.md: rename one file',
      '- articles/typo.md: unknown front-matter key "author"; allowed keys: title, date, source, column, description',
    ]);
  });
});

describe('articleLoader warnings', () => {
  it('warns once per source listed nowhere, and of straight quotes in Chinese text, without failing', async () => {
    const article = (name: string, body: string): Promise<void> =>
      writeFile(
        join(root, 'articles', `${name}.md`),
        `---\ntitle: 标题\ndate: 2020-01-01\nsource: 光明日报\n---\n\n${body}\n`,
      );
    await article('a', '正文。');
    await article('b', '他说"加速度"很重要。');
    const { context, warnings } = fakeContext(root);
    await articleLoader({ base: 'articles' }).load(context);
    expect(warnings.filter((warning) => warning.includes('光明日报'))).toEqual([
      expect.stringMatching(
        /^articles\/a\.md: source "光明日报" is not listed in content\/sources\.json.*\(and 1 more articles\)$/,
      ),
    ]);
    expect(
      warnings.filter((warning) => warning.startsWith('articles/b.md') && warning.includes('加速度')),
    ).toHaveLength(1);
  });
});
