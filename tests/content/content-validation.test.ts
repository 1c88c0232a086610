import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture, VALID_ARTICLE, writeArticleFixture } from '../support/article-fixtures.ts';

/** A full `astro build` of a small fixture takes a few seconds; builds run one at a time (they share the project's .astro/ folder). */
const BUILD_TIMEOUT = 180_000;

interface BadContentCase {
  name: string;
  files: Record<string, string>;
  /** The file the message must name. */
  badFile: string;
  /** Text the message must contain: the field and what is wrong with it. */
  expected: RegExp[];
}

const article = (frontMatter: string, body = '正文第一段。\n'): string => `---\n${frontMatter}\n---\n\n${body}`;

/** Problems the content loader finds: one build of a folder holding all of them must report every one. */
const BAD_CONTENT: BadContentCase[] = [
  {
    name: 'a missing title',
    files: { 'no-title.md': article('date: 2020-01-01\nsource: 某报') },
    badFile: 'no-title.md',
    expected: [/title/, /missing/],
  },
  {
    name: 'an empty title',
    files: { 'empty-title.md': article('title: "   "\ndate: 2020-01-01\nsource: 某报') },
    badFile: 'empty-title.md',
    expected: [/title/, /must not be empty/],
  },
  {
    name: 'an unparsable date',
    files: { 'bad-date.md': article('title: 标题\ndate: 三月三日\nsource: 某报') },
    badFile: 'bad-date.md',
    expected: [/date/, /real calendar day/, /三月三日/],
  },
  {
    name: 'a date that is not a real calendar day (YAML would roll it over)',
    files: { 'rollover-date.md': article('title: 标题\ndate: 2020-02-30\nsource: 某报') },
    badFile: 'rollover-date.md',
    expected: [/date/, /real calendar day/, /2020-02-30/],
  },
  {
    name: 'a future date',
    files: { 'future-date.md': article('title: 标题\ndate: 2999-01-01\nsource: 某报') },
    badFile: 'future-date.md',
    expected: [/date/, /must not be in the future/],
  },
  {
    name: 'a missing source',
    files: { 'no-source.md': article('title: 标题\ndate: 2020-01-01') },
    badFile: 'no-source.md',
    expected: [/source/, /missing/],
  },
  {
    name: 'an empty body',
    files: { 'empty-body.md': article('title: 标题\ndate: 2020-01-01\nsource: 某报', '\n  \n') },
    badFile: 'empty-body.md',
    expected: [/body is empty/],
  },
  {
    name: 'a duplicate article id (two files of one name in different folders)',
    files: { '2019/same-id.md': VALID_ARTICLE, '2020/same-id.md': VALID_ARTICLE.replace('测试文章', '另一篇') },
    badFile: '2019/same-id.md',
    expected: [/duplicate article id "same-id"/, /2020\/same-id\.md/],
  },
  {
    name: 'a file name that cannot be a URL',
    files: { 'same id.md': VALID_ARTICLE },
    badFile: 'same id.md',
    expected: [/file name "same id\.md" must be lower-case ASCII letters, digits and hyphens/],
  },
  {
    name: 'a front matter YAML cannot read',
    files: { 'bad-yaml.md': article('title: "未闭合\ndate: 2020-01-01\nsource: 某报') },
    badFile: 'bad-yaml.md',
    expected: [/front matter is not valid YAML \(line \d+\)/],
  },
  {
    name: 'a duplicate section id',
    files: {
      'dup-section.md': article(
        'title: 标题\ndate: 2020-01-01\nsource: 某报',
        '导语。\n\n## 第一节 {#part}\n\n甲。\n\n## 第二节 {#part}\n\n乙。\n',
      ),
    },
    badFile: 'dup-section.md',
    expected: [/duplicate section id "part"/],
  },
  {
    name: 'an unknown front-matter key (a typo)',
    files: { 'typo.md': article('title: 标题\ndate: 2020-01-01\nsource: 某报\nsoruce: 某报') },
    badFile: 'typo.md',
    expected: [/unknown front-matter key "soruce"/],
  },
];

/** MDX is compiled when its page is rendered, after the loader: its problems fail the build there. */
const BAD_MDX: BadContentCase = {
  name: 'a duplicate section id in an MDX article (two headings with the same text)',
  files: {
    'dup-section-mdx.mdx': article(
      'title: 标题\ndate: 2020-01-01\nsource: 某报',
      '导语。\n\n## 一\n\n甲。\n\n## 一\n\n乙。\n',
    ),
  },
  badFile: 'dup-section-mdx.mdx',
  expected: [/duplicate section id "yi"/],
  };

/** The bullets of a failed build's "Invalid articles" message that name `file`. */
function problemsNaming(output: string, file: string): string {
  return output
    .split(/\n- /)
    .filter((bullet) => bullet.includes(file))
    .join('\n');
}

describe('bad content fails the build loudly and publishes nothing', () => {
  it(
    'control: a valid fixture builds and publishes its article (so the failures below are the content’s), warning that SITE_URL is unset',
    async () => {
      const fixture = await writeArticleFixture({ 'good.md': VALID_ARTICLE });
      try {
        const build = await buildFixture(fixture);
        expect(build.output).not.toMatch(/Invalid articles/);
        expect(build.failed, build.output).toBe(false);
        expect(build.publishedHtml).toBe(true);
        expect(existsSync(join(fixture.outDir, 'articles', 'good', 'index.html'))).toBe(true);
        // Built without SITE_URL, as here, a build says loudly where its absolute URLs will point.
        expect(build.output).toMatch(/SITE_URL is not set[\s\S]*http:\/\/localhost:4321/);
      } finally {
        await fixture.remove();
      }
    },
    BUILD_TIMEOUT,
  );

  it(
    'one build of a folder holding every kind of bad article names each file with what is wrong in it',
    async () => {
      // A valid article beside the bad ones: the build must not publish it either.
      const files = Object.assign({ 'zz-valid-neighbour.md': VALID_ARTICLE }, ...BAD_CONTENT.map((bad) => bad.files));
      const fixture = await writeArticleFixture(files);
      try {
        const build = await buildFixture(fixture);
        expect(build.failed, `the build should have failed:\n${build.output}`).toBe(true);
        expect(build.publishedHtml, 'a failed build must not leave pages behind').toBe(false);
        for (const { name, badFile, expected } of BAD_CONTENT) {
          const problems = problemsNaming(build.output, fixture.fileAt(badFile));
          expect(problems, `${name}: ${badFile} is not named`).not.toBe('');
          for (const pattern of expected) expect(problems, name).toMatch(pattern);
        }
        expect(problemsNaming(build.output, fixture.fileAt('zz-valid-neighbour.md'))).toBe('');
      } finally {
        await fixture.remove();
      }
    },
    BUILD_TIMEOUT,
  );

  it(
    BAD_MDX.name,
    async () => {
      const fixture = await writeArticleFixture({ 'zz-valid-neighbour.md': VALID_ARTICLE, ...BAD_MDX.files });
      try {
        const build = await buildFixture(fixture);
        expect(build.failed, `the build should have failed:\n${build.output}`).toBe(true);
        expect(build.output).toContain(fixture.fileAt(BAD_MDX.badFile));
        for (const pattern of BAD_MDX.expected) expect(build.output).toMatch(pattern);
        expect(build.publishedHtml, 'a failed build must not leave pages behind').toBe(false);
      } finally {
        await fixture.remove();
      }
    },
    BUILD_TIMEOUT,
  );
});
