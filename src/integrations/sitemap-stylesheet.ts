import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import sax from 'sax';
import { pathUnderBase } from '../base-path.ts';
import { afterBuildIntegration } from './built-pages.ts';

/** The XSLT stylesheet (in public/) that shows the sitemap files as a page in browsers that still apply XSLT. */
const SITEMAP_STYLESHEET = 'sitemap.xsl';

/** Whether a file at the root of the build is one @astrojs/sitemap wrote: sitemap-index.xml, sitemap-0.xml, … */
export function isSitemapFile(name: string): boolean {
  return /^sitemap-(index|\d+)\.xml$/.test(name);
}

/** Characters of a sitemap handed to the XML parser at a time while it looks for the end of the prolog. */
const PROLOG_CHUNK = 1024;

/**
 * The prolog of an XML document, read by a strict XML parser up to the root element: where its XML declaration
 * ends (0 without one) and whether it links a stylesheet already.
 */
function readProlog(xml: string): { declarationEnd: number; hasStylesheet: boolean } {
  const parser = sax.parser(true, { position: true });
  const prolog = { declarationEnd: 0, hasStylesheet: false };
  let atRoot = false;
  parser.onerror = (error) => {
    throw new Error(`sitemap is not well-formed XML: ${error.message}`);
  };
  parser.onprocessinginstruction = ({ name }) => {
    if (name === 'xml') prolog.declarationEnd = parser.position;
    else if (name === 'xml-stylesheet') prolog.hasStylesheet = true;
  };
  parser.onopentag = () => {
    atRoot = true;
  };
  // A prolog is a few dozen bytes; a sitemap of 45,000 entries is megabytes, none of which is read here.
  for (let start = 0; start < xml.length && !atRoot; start += PROLOG_CHUNK) {
    parser.write(xml.slice(start, start + PROLOG_CHUNK));
  }
  return prolog;
}

/**
 * `xml` with an `<?xml-stylesheet?>` processing instruction for the XSLT stylesheet at `href`, placed
 * right after the XML declaration (where a processing instruction must precede the root element).
 * Unchanged when it already has one.
 */
export function withXslStylesheet(xml: string, href: string): string {
  const { declarationEnd, hasStylesheet } = readProlog(xml);
  if (hasStylesheet) return xml;
  const instruction = `<?xml-stylesheet type="text/xsl" href="${href.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"?>`;
  return `${xml.slice(0, declarationEnd)}${instruction}${xml.slice(declarationEnd)}`;
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
