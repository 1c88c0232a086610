import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { pathUnderBase } from '../base-path.ts';

/** An HTML page `astro build` wrote: its file and the URL path it is served at (base included). */
interface BuiltPage {
  file: string;
  url: string;
}

/** The HTML pages of a build, sorted by file, from the `dir` and `assets` of its astro:build:done hook. */
function builtPages(dir: URL, assets: ReadonlyMap<string, readonly URL[]>, base: string): BuiltPage[] {
  const outDir = fileURLToPath(dir);
  return [...assets.values()]
    .flat()
    .map((url) => fileURLToPath(url))
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => ({ file, url: builtPageUrl(outDir, file, base) }));
}

/** The URL path (base included) a built HTML file in `outDir` is served at: …/index.html as …/. */
export function builtPageUrl(outDir: string, file: string, base: string): string {
  const path = relative(outDir, file)
    .split(sep)
    .join('/')
    .replace(/(^|\/)index\.html$/, '$1');
  return pathUnderBase(path, base);
}

/** What an after-build step is given: the pages written, the output folder and the configured base. */
export interface AfterBuild {
  pages: BuiltPage[];
  outDir: string;
  base: string;
  /** The configured `site` (SITE_URL), if any. */
  site: string | undefined;
  /** The project root and Astro's cache folder (kept between builds), as paths. */
  root: string;
  cacheDir: string;
  logger: AstroIntegrationLogger;
}

/** An integration that runs `step` once `astro build` has written every page. */
export function afterBuildIntegration(name: string, step: (build: AfterBuild) => Promise<void>): AstroIntegration {
  let base = '/';
  let site: string | undefined;
  let root = '';
  let cacheDir = '';
  return {
    name,
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site;
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        await step({
          pages: builtPages(dir, assets, base),
          outDir: fileURLToPath(dir),
          base,
          site,
          root,
          cacheDir,
          logger,
        });
      },
    },
  };
}
