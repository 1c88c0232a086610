import { readdirSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, extname, join, relative, sep } from 'node:path';
import { projectRoot } from './build-site.ts';

/** One HTML page of a build: its file and the path it is served at, relative to the site's base ("" is the home page). */
export interface BuiltPage {
  file: string;
  path: string;
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** Every HTML page in a build folder, with the URL path a static host serves it at. */
export async function builtPages(siteDir: string): Promise<BuiltPage[]> {
  const files = (await filesUnder(siteDir)).filter((file) => file.endsWith('.html'));
  return files
    .map((file) => {
      const path = relative(siteDir, file).split(sep).join('/');
      return { file, path: path === 'index.html' ? '' : path.replace(/(^|\/)index\.html$/, '$1') };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Ids of the articles in content/articles (file names without extension), the archive's source of truth. */
export function sourceArticleIds(contentDir = join(projectRoot, 'content', 'articles')): string[] {
  return readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.mdx?$/.test(file) && !basename(file).startsWith('_'))
    .map((file) => file.slice(0, -extname(file).length).split(sep).join('/').toLowerCase())
    .sort();
}

/** A Content-Security-Policy split into directives: name → sources, in order. */
export type ParsedPolicy = Map<string, string[]>;

/** Splits a CSP string into its directives. */
export function parsePolicy(policy: string): ParsedPolicy {
  const directives: ParsedPolicy = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** Whether a CSP source is a hash ('sha256-…') rather than a keyword or host. */
export function isHashSource(source: string): boolean {
  return /^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(source);
}
