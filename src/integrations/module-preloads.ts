import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import pMap from 'p-map';
import { init, parse } from 'es-module-lexer';
import { baseWithSlash } from '../base-path.ts';
import { afterBuildIntegration } from './built-pages.ts';
import { attributeTokens, readTags } from '../built-html/tags.ts';
import { replaceFile } from './derived-files.ts';

// Astro writes a component's bundled <script type="module" src> where the component sits in the body,
// and its shared chunks are only found when the script has loaded and runs its imports. Browsers fetch
// such body scripts at low priority, after the styles; on a phone-like connection the search page's
// script started 1.4 s after navigation and its two chunks followed one round trip each. A
// <link rel="modulepreload"> in the head for the script and every module it imports statically fetches
// them all at once, at high priority, without running them any earlier.

/** What adding preloads needs to know of a page, read in one pass (../built-html/tags.ts). */
interface PageModules {
  /** `src` of each external module script. */
  sources: string[];
  /** Source text of each inline module script. */
  inline: string[];
  /** `href` of each module the page preloads already. */
  preloaded: string[];
  /** Index of the `<` of `</head>`; undefined when the page has none. */
  headEnd: number | undefined;
}

/** Pages read and rewritten at the same time. */
const PAGES_IN_FLIGHT = 16;

/** The elements that load modules: the attributes of no other tag are read. */
const PAGE_MODULE_TAGS: ReadonlySet<string> = new Set(['script', 'link']);

/** The module scripts of an HTML page, the modules it preloads, and where its head ends. */
export function pageModules(html: string): PageModules {
  const modules: PageModules = { sources: [], inline: [], preloaded: [], headEnd: undefined };
  let inlineScript: string | undefined;
  readTags(html, {
    names: PAGE_MODULE_TAGS,
    startTag({ name, attributes }) {
      if (name === 'link' && attributeTokens(attributes.get('rel')).includes('modulepreload')) {
        const href = attributes.get('href');
        if (href !== undefined) modules.preloaded.push(href);
      } else if (name === 'script' && attributes.get('type')?.trim().toLowerCase() === 'module') {
        const source = attributes.get('src');
        if (source !== undefined) modules.sources.push(source);
        else inlineScript = '';
      }
    },
    text(start, end) {
      if (inlineScript !== undefined) inlineScript += html.slice(start, end);
    },
    endTag(name, start) {
      if (name === 'head' && modules.headEnd === undefined) modules.headEnd = start;
      if (name !== 'script' || inlineScript === undefined) return;
      if (inlineScript.trim() !== '') modules.inline.push(inlineScript);
      inlineScript = undefined;
    },
  });
  return modules;
}

/** URL paths of the modules that `source` imports statically (dynamic imports load on demand), resolved against `url`. */
export function staticImports(source: string, url: string): string[] {
  const [imports] = parse(source);
  const found: string[] = [];
  for (const entry of imports) {
    // d: -1 for a static import; n: the specifier, undefined when it is not a string literal.
    if (entry.d !== -1 || entry.n === undefined) continue;
    const resolved = new URL(entry.n, new URL(url, 'http://site.invalid'));
    if (resolved.origin === 'http://site.invalid') found.push(resolved.pathname);
  }
  return found;
}

/**
 * `html` with a modulepreload link at the end of its head for each of `paths` it does not preload yet; the rest of
 * the page byte for byte as it was.
 */
export function withModulePreloads(
  html: string,
  paths: readonly string[],
  { preloaded, headEnd }: PageModules = pageModules(html),
): string {
  const present = new Set(preloaded);
  const links = paths.filter((path) => !present.has(path)).map((path) => `<link rel="modulepreload" href="${path}">`);
  return links.length === 0 || headEnd === undefined
    ? html
    : `${html.slice(0, headEnd)}${links.join('')}${html.slice(headEnd)}`;
}

/** The modules of the build that a module imports statically, read from its file in `outDir` once each. */
class ModuleGraph {
  private readonly imports = new Map<string, Promise<string[]>>();

  constructor(
    private readonly outDir: string,
    private readonly base: string,
  ) {}

  /** `paths` and every module they import statically, directly or not, each once, in the order found. */
  async closure(paths: readonly string[], inline: readonly string[], pageUrl: string): Promise<string[]> {
    const seen = new Set<string>();
    const queue = [...paths, ...inline.flatMap((source) => staticImports(source, pageUrl))];
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      if (seen.has(path)) continue;
      seen.add(path);
      queue.push(...(await this.importsOf(path)));
    }
    return [...seen];
  }

  private importsOf(path: string): Promise<string[]> {
    let found = this.imports.get(path);
    if (!found) {
      // Only the build's own modules are read: a path outside the base is not a file of this site.
      found = path.startsWith(this.base)
        ? readFile(join(this.outDir, path.slice(this.base.length)), 'utf8').then(
            (source) => staticImports(source, path),
            () => [],
          )
        : Promise.resolve([]);
      this.imports.set(path, found);
    }
    return found;
  }
}

/**
 * Adds to every built page that has module scripts a <link rel="modulepreload"> in its head for each of
 * them and each module they import statically. Runs before the Traditional edition is copied from the
 * pages, so both editions get the links.
 */
export function modulePreloads(): AstroIntegration {
  return afterBuildIntegration('module-preloads', async ({ pages, outDir, base, logger }) => {
    await init;
    const graph = new ModuleGraph(outDir, baseWithSlash(base));
    let changed = 0;
    const addLinks = async (page: (typeof pages)[number]): Promise<void> => {
      const html = await readFile(page.file, 'utf8');
      const modules = pageModules(html);
      if (modules.sources.length === 0 && modules.inline.length === 0) return;
      const preloaded = withModulePreloads(
        html,
        await graph.closure(modules.sources, modules.inline, page.url),
        modules,
      );
      if (preloaded === html) return;
      await replaceFile(page.file, preloaded);
      changed += 1;
    };
    await pMap(pages, addLinks, { concurrency: PAGES_IN_FLIGHT });
    logger.info(`modulepreload links added to ${changed} of ${pages.length} pages`);
  });
}
