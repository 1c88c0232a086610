import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { pathUnderBase } from '../base-path.ts';
import { afterBuildIntegration } from './built-pages.ts';

/** The XSLT stylesheet (in public/) that shows the sitemap files as a page in browsers that still apply XSLT. */
const SITEMAP_STYLESHEET = 'sitemap.xsl';

/** Whether a file at the root of the build is one @astrojs/sitemap wrote: sitemap-index.xml, sitemap-0.xml, … */
export function isSitemapFile(name: string): boolean {
  return /^sitemap-(index|\d+)\.xml$/.test(name);
}

/**
 * `xml` with an `<?xml-stylesheet?>` processing instruction for the XSLT stylesheet at `href`, placed
 * right after the XML declaration (where a processing instruction must precede the root element).
 * Unchanged when it already has one.
 */
export function withXslStylesheet(xml: string, href: string): string {
  if (/<\?xml-stylesheet\s/.test(xml)) return xml;
  const instruction = `<?xml-stylesheet type="text/xsl" href="${href.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"?>`;
  const declaration = /^<\?xml\s[^?]*\?>/.exec(xml);
  if (!declaration) return `${instruction}${xml}`;
  return `${declaration[0]}${instruction}${xml.slice(declaration[0].length)}`;
}

/**
 * Points the sitemap files at sitemap.xsl by a root-relative URL. Not @astrojs/sitemap's `xslURL`: it
 * makes the URL absolute with SITE_URL, and browsers apply only a same-origin stylesheet, so the page
 * would stay raw XML wherever the site is reached under another origin (a mirror, www or not, a local
 * server). Must run after the sitemap integration and before precompression.
 */
export function sitemapStylesheet(): AstroIntegration {
  return afterBuildIntegration('sitemap-stylesheet', async ({ outDir, base, logger }) => {
    const href = pathUnderBase(SITEMAP_STYLESHEET, base);
    const files = (await readdir(outDir)).filter(isSitemapFile);
    for (const name of files) {
      const file = join(outDir, name);
      await writeFile(file, withXslStylesheet(await readFile(file, 'utf8'), href));
    }
    logger.info(`linked ${files.length} sitemap files to ${href}`);
  });
}
