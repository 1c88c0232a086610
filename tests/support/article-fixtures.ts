import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildSite } from './build-site.ts';

/** A well-formed article file: every required field and a body with a section. */
export const VALID_ARTICLE = `---
title: 测试文章
date: 2020-01-01
source: 测试来源
---

第一段正文。

## 第一节 {#part-one}

第二段正文。
`;

/** A content folder with the given files (path → text) and an output folder, both in a fresh temp folder. */
export interface ArticleFixture {
  contentDir: string;
  outDir: string;
  /** Absolute path of a fixture file. */
  fileAt(relativePath: string): string;
  remove(): Promise<void>;
}

/** Writes `files` (relative path → text) into a new temp content folder. */
export async function writeArticleFixture(files: Record<string, string>): Promise<ArticleFixture> {
  const root = await mkdtemp(join(tmpdir(), 'archive-fixture-'));
  const contentDir = join(root, 'articles');
  for (const [relativePath, text] of Object.entries(files)) {
    const path = join(contentDir, relativePath);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  }
  return {
    contentDir,
    outDir: join(root, 'dist'),
    fileAt: (relativePath) => join(contentDir, relativePath),
    remove: () => rm(root, { recursive: true, force: true }),
  };
}

/** The outcome of building a fixture: the build's error text (empty if it succeeded) and whether any page was published. */
export interface FixtureBuild {
  failed: boolean;
  output: string;
  publishedHtml: boolean;
}

/** Builds the real site from the fixture's content folder into its output folder. */
export async function buildFixture(fixture: ArticleFixture): Promise<FixtureBuild> {
  let failed = false;
  let output = '';
  try {
    const result = await buildSite({ contentDir: fixture.contentDir, outDir: fixture.outDir });
    output = `${result.stdout}\n${result.stderr}`;
  } catch (error) {
    failed = true;
    output = error instanceof Error ? error.message : String(error);
  }
  const publishedHtml = existsSync(join(fixture.outDir, 'index.html')) || existsSync(join(fixture.outDir, '404.html'));
  return { failed, output, publishedHtml };
}
