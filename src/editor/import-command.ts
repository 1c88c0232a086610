// `npm run import -- <file>… [--id <id>] [--force] [--encoding <name>]`: saved pages (text or HTML) into
// content/articles/<id>.md. Prints what it found, the path it wrote and the proofreading report. Nothing is
// lost or overwritten: a missing title, date or source, a text it cannot decode, or an existing article
// (without --force) stops that file with a message, and nothing is written for it.
import { constants } from 'node:fs';
import { access, readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseWrittenDate } from '../articles/schema.ts';
import { unknownSourceWarning } from '../articles/source-kinds.ts';
import { articleMarkdown } from './article-markdown.ts';
import { decodeInput } from './decode-input.ts';
import { readHtmlPage } from './html-page.ts';
import type { ImportedPage } from './imported-page.ts';
import { IMPORT_RULES_FILE, loadImportRules, type ImportRules } from './import-rules.ts';
import { formatReport, proofreadArticle } from './proofread/proofread.ts';
import { firstWordsSlug } from './short-ids.ts';
import { readTextPage } from './text-page.ts';

const USAGE = 'usage: npm run import -- <file>… [--id <id>] [--force] [--encoding <name>]';
/** Article ids are file names and URLs: lower-case ASCII, digits and hyphens. */
const ARTICLE_ID = /^[a-z0-9][a-z0-9-]*$/;

/** Where the command writes and reports, so tests can run it on a folder of their own. */
export interface ImportEnvironment {
  /** The articles folder (content/articles). */
  readonly articlesDir: string;
  /** The folder paths are printed relative to (the project root). */
  readonly projectRoot: string;
  /** The folder the editor named files from (npm runs scripts in the project root; it passes INIT_CWD). */
  readonly cwd: string;
  readonly rulesFile?: string;
  readonly log: (line: string) => void;
  readonly error: (line: string) => void;
}

/** Whether a saved page is HTML: by its name, else by its first characters. */
function isHtml(file: string, text: string): boolean {
  return /\.x?html?$/i.test(file) || /^\s*<(?:!doctype\s+html|html[\s>])/i.test(text);
}

/** What a page lacks to become an article, named as an editor would look for it. */
function missingParts(page: ImportedPage): string[] {
  const missing: string[] = [];
  if (!page.title) missing.push('title (the line before the date and source line)');
  if (!page.date) missing.push('date (a line like 时间:2020-02-08 or 2020-03-03 人民邮电报)');
  if (!page.source) missing.push('source (a line like 来源:人民邮电报)');
  if (!page.blocks.some((block) => block.kind === 'paragraph')) missing.push('paragraph of text');
  return missing;
}

/** Whether a file exists. */
async function exists(path: string): Promise<boolean> {
  try {
    await access(path, constants.F_OK);
    return true;
  } catch {
    return false;
  }
}

/** Imports one saved page; returns the path written, or throws an Error whose message is for the editor. */
async function importOne(
  path: string,
  options: { id: string | undefined; force: boolean; encoding: string | undefined },
  rules: ImportRules,
  environment: ImportEnvironment,
): Promise<string> {
  const file = relative(environment.cwd, path);
  const { text, encoding } = decodeInput(await readFile(path), file, options.encoding);
  const page = isHtml(file, text) ? readHtmlPage(text, rules) : readTextPage(text, rules);
  const missing = missingParts(page);
  if (missing.length > 0) {
    throw new Error(
      `${file}: found no ${missing.join(', no ')}. Nothing was written. Add the missing line's shape to ${relative(environment.projectRoot, environment.rulesFile ?? IMPORT_RULES_FILE)} (see docs/editing.md) or write the article by hand.`,
    );
  }
  const [title, date, source] = [page.title ?? '', page.date ?? '', page.source ?? ''];
  if (parseWrittenDate(date) === undefined)
    throw new Error(`${file}: the date ${date} is not a real calendar day. Nothing was written.`);
  const id = options.id ?? `${date}-${firstWordsSlug(title, 4) || 'article'}`;
  if (!ARTICLE_ID.test(id)) {
    throw new Error(
      `${file}: the id "${id}" must be lower-case ASCII letters, digits and hyphens. Nothing was written.`,
    );
  }
  const target = join(environment.articlesDir, `${id}.md`);
  const shown = relative(environment.projectRoot, target);
  if (await exists(join(environment.articlesDir, `${id}.mdx`))) {
    throw new Error(`${file}: ${shown}x (MDX) has this id. Nothing was written: choose another --id.`);
  }
  if (!options.force && (await exists(target))) {
    throw new Error(
      `${file}: ${shown} already exists. Nothing was written: choose another --id, or pass --force to replace it.`,
    );
  }
  const markdown = articleMarkdown({ title, date, source, column: page.column }, page.blocks);
  await writeFile(target, markdown, { flag: options.force ? 'w' : 'wx' });
  const sections = page.blocks.filter((block) => block.kind === 'heading').length;
  const paragraphs = page.blocks.length - sections;
  const { log } = environment;
  log(`${file} (${encoding}, ${isHtml(file, text) ? 'HTML' : 'text'}):`);
  log(`  title:  ${title}`);
  if (page.column) log(`  column: ${page.column}`);
  log(`  date:   ${date}`);
  log(`  source: ${source}`);
  log(`  ${sections} sections, ${paragraphs} paragraphs`);
  for (const line of page.unrecognised) log(`  dropped before the title (no rule names it): ${line}`);
  const warning = unknownSourceWarning(shown, source);
  if (warning !== undefined) log(`  warning: ${warning}`);
  log(`wrote ${shown}`);
  log('');
  log(formatReport(shown, proofreadArticle(markdown)));
  return target;
}

/** Runs the command on its arguments; the exit code is 0 when every file was imported. */
export async function runImport(args: readonly string[], environment: ImportEnvironment): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { id: { type: 'string' }, force: { type: 'boolean', default: false }, encoding: { type: 'string' } },
    });
  } catch (error) {
    environment.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const { positionals: files, values } = parsed;
  if (files.length === 0 || (values.id !== undefined && files.length > 1)) {
    environment.error(
      files.length === 0 ? USAGE : `--id names one article: import one file at a time with it\n${USAGE}`,
    );
    return 2;
  }
  const rules = await loadImportRules(environment.rulesFile);
  let failed = 0;
  for (const file of files) {
    try {
      await importOne(
        resolve(environment.cwd, file),
        { id: values.id, force: values.force, encoding: values.encoding },
        rules,
        environment,
      );
    } catch (error) {
      failed += 1;
      environment.error(error instanceof Error ? error.message : String(error));
    }
  }
  return failed === 0 ? 0 : 1;
}
