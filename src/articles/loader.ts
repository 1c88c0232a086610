import { glob, readFile } from 'node:fs/promises';
import { basename, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import type { z } from 'astro/zod';
import pMap from 'p-map';
import { readFrontMatter } from './front-matter.ts';
import { ledeFromBody } from './lede.ts';
import { splitArticleFile } from './markdown-file.ts';
import { articleBodyProblems, articleSchema, type storedArticleSchema } from './schema.ts';
import { typesetPunctuation } from '../typography/punctuation.ts';
import { unknownSourceWarning } from './source-kinds.ts';
import { straightQuoteWarning } from './straight-quotes.ts';
import { articleMarkdownCheck } from '../markdown/article-markdown.ts';

/** Renders Markdown only to find what would fail its page; one for the whole sync. */
type MarkdownCheck = Awaited<ReturnType<typeof createSatteriMarkdownProcessor>>;

/** Where the loader finds articles: a folder (relative to the project root) and the files in it. */
export interface ArticleFolder {
  base: string;
  /** Files whose name starts with `_` are drafts and are skipped. */
  pattern?: string;
}

/** What the store keeps of an article. */
type StoredArticle = z.input<typeof storedArticleSchema>;

/** An article's id: its file name without extension (folders only organise the files, e.g. by year). */
function articleId(file: string): string {
  return basename(file, extname(file));
}

/** Article files read and checked at the same time. */
const FILES_IN_FLIGHT = 32;

/** Ids become URLs (/articles/<id>/): lower-case ASCII letters, digits and hyphens. */
const VALID_ID = /^[a-z0-9][a-z0-9-]*$/;

/** A message line for one zod issue of the front matter: the field named first. */
function issueLine(issue: z.core.$ZodIssue): string {
  const field = issue.path.map(String).join('.');
  return field === '' || issue.message.startsWith(field) ? issue.message : `${field}: ${issue.message}`;
}

/** The stored data of one article file, or the problems that keep it out of the archive. */
async function readArticle(
  check: MarkdownCheck,
  absolutePath: string,
  text: string,
): Promise<{ data: StoredArticle; body: string } | { problems: string[] }> {
  const { frontMatter, body } = splitArticleFile(text);
  if (frontMatter === undefined) {
    return { problems: ['front matter is missing: the file must start with "---", then title, date and source lines'] };
  }
  const reading = readFrontMatter(frontMatter);
  if ('problem' in reading) return { problems: [reading.problem] };
  const parsed = articleSchema.safeParse(reading.data);
  const problems = parsed.success ? [] : parsed.error.issues.map(issueLine);
  problems.push(...articleBodyProblems(body));
  // MDX is compiled when its page is rendered (its problems fail the build there); Markdown is rendered here
  // once, only to find what would fail its page (a duplicate or malformed section id), and not kept.
  if (absolutePath.endsWith('.md')) {
    try {
      await check.render(body, { fileURL: pathToFileURL(absolutePath) });
    } catch (error) {
      problems.push((error instanceof Error ? error.message : String(error)).replace(`${absolutePath}: `, ''));
    }
  }
  if (!parsed.success || problems.length > 0) return { problems };
  const { data } = parsed;
  const lede = data.description ?? typesetPunctuation(ledeFromBody(body));
  return { data: { ...data, lede }, body };
}

/**
 * Warns, on every build, of each source that content/sources.json lists neither as a newspaper nor as a web
 * source (such articles are cited as web pages): once per source, naming one file and how many there are.
 */
function warnOfUnlistedSources(
  context: LoaderContext,
  fileOfId: ReadonlyMap<string, string>,
  shown: (file: string) => string,
): void {
  const filesOfSource = new Map<string, string[]>();
  for (const entry of context.store.values()) {
    const source = String(entry.data['source']);
    const file = fileOfId.get(entry.id);
    if (file !== undefined) filesOfSource.set(source, [...(filesOfSource.get(source) ?? []), file]);
  }
  for (const [source, files] of filesOfSource) {
    const [first = ''] = files.sort();
    const warning = unknownSourceWarning(shown(first), source);
    if (warning) context.logger.warn(files.length > 1 ? `${warning} (and ${files.length - 1} more articles)` : warning);
  }
}

/**
 * The articles collection: one entry per Markdown (or MDX) file, holding its front matter, its lede and a digest
 * of the file, never its text or HTML (the page renders the file). Files whose digest is unchanged since the
 * last build are not read again. Every problem of every file is reported in one list, each line naming the
 * file and the field, and the build fails before any page is written.
 */
export function articleLoader({ base, pattern = '**/[^_]*.{md,mdx}' }: ArticleFolder): Loader {
  return {
    name: 'article-loader',
    load: async (context: LoaderContext) => {
      const root = fileURLToPath(context.config.root);
      const folder = resolve(root, base);
      // Inside the project a file is named from its root (content/articles/x.md), elsewhere by its full path.
      const shown = (file: string): string => {
        const fromRoot = relative(root, file);
        return fromRoot.startsWith('..') || isAbsolute(fromRoot) ? file : fromRoot.split(sep).join('/');
      };
      const problems: string[] = [];
      const fileOfId = new Map<string, string>();
      const files: string[] = [];
      const check = await createSatteriMarkdownProcessor({ ...articleMarkdownCheck, syntaxHighlight: false });
      for await (const file of glob(pattern, { cwd: folder })) files.push(join(folder, file));
      files.sort();
      // A bounded number of files at a time: 100,000 reads at once run out of file handles (EMFILE).
      await pMap(
        files,
        async (absolutePath) => {
          const id = articleId(absolutePath);
          const earlier = fileOfId.get(id);
          // Reported once, on the later file; both files are still checked, so the report holds all their problems.
          const duplicate = earlier !== undefined;
          if (duplicate) {
            problems.push(
              `${shown(absolutePath)}: duplicate article id "${id}", also used by ${shown(earlier)}: rename one file`,
            );
          } else {
            fileOfId.set(id, absolutePath);
          }
          if (!VALID_ID.test(id)) {
            problems.push(
              `${shown(absolutePath)}: file name "${basename(absolutePath)}" must be lower-case ASCII letters, digits and hyphens (it becomes the URL /articles/<id>/), e.g. 2020-03-03-telecom-resumes-work.md`,
            );
            return;
          }
          const text = await readFile(absolutePath, 'utf8');
          const digest = context.generateDigest(text);
          if (!duplicate && context.store.get(id)?.digest === digest) return;
          const article = await readArticle(check, absolutePath, text);
          if ('problems' in article) {
            for (const problem of article.problems) problems.push(`${shown(absolutePath)}: ${problem}`);
            return;
          }
          if (duplicate) return;
          // Shown when the file is read: display typesets them, but the editor may want to replace them.
          const quotes = straightQuoteWarning(shown(absolutePath), article.body);
          if (quotes) context.logger.warn(quotes);
          context.store.set({
            id,
            data: article.data,
            digest,
            filePath: relative(root, absolutePath).split(sep).join('/'),
            // An MDX article is a module Astro compiles and renders (rare: MDX is for the odd interactive piece).
            deferredRender: absolutePath.endsWith('.mdx'),
          });
        },
        { concurrency: FILES_IN_FLIGHT },
      );
      for (const id of context.store.keys()) if (!fileOfId.has(id)) context.store.delete(id);
      warnOfUnlistedSources(context, fileOfId, shown);
      if (problems.length > 0) {
        problems.sort();
        const report = new Error(
          `Invalid articles in collection "${context.collection}" (${problems.length}); nothing was published:\n- ${problems.join('\n- ')}`,
        );
        // The report is for editors: the loader's own call stack would only hide it.
        report.stack = report.message;
        throw report;
      }
    },
  };
}
