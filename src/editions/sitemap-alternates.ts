// Both editions in the sitemap: every page's entry is followed by its Traditional counterpart's, and both
// name each other (and the Simplified original as x-default) with xhtml:link alternates, as search
// engines read them. @astrojs/sitemap's own i18n option only knows pages Astro rendered, and the
// Traditional pages are written after rendering (src/integrations/traditional-edition.ts). The sitemap is
// read with an XML parser (sax, strict: a sitemap that is not well-formed stops the build); the entries are
// rewritten from the places it reports, and everything else stays byte for byte as @astrojs/sitemap wrote it.
import sax from 'sax';
import { editions } from '../site.ts';
import { traditionalUrl, type PublishedAt } from './traditional-page.ts';

const XHTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/** A stretch of the sitemap's text: `start` inclusive, `end` exclusive. */
interface Span {
  start: number;
  end: number;
}

/** One `<url>` entry of a sitemap, as read. */
interface UrlEntry extends Span {
  /** Where the entry's content starts (after `<url>`) and ends (at `</url>`). */
  content: Span;
  /** The entry's first `<loc>`: its text as written and as read. */
  loc?: { written: string; url: string };
  /** Elements the rewritten entry leaves out: the `<loc>` (written anew) and any `xhtml:link` alternates. */
  left: Span[];
}

/** What the sitemap's root element is, where its name ends and whether it declares the xhtml prefix. */
interface Root {
  name: string;
  nameEnd: number;
  declaresXhtml: boolean;
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** The root and the `<url>` entries of a sitemap, read by a strict XML parser. */
function readSitemap(xml: string): { root: Root | undefined; entries: UrlEntry[] } {
  const parser = sax.parser(true, { position: true });
  const open: string[] = [];
  const entries: UrlEntry[] = [];
  let root: Root | undefined;
  let entry: UrlEntry | undefined;
  let loc: { start: number; contentStart: number; text: string } | undefined;
  let link: number | undefined;
  // sax reports where a tag's `<` was as startTagPosition, one past it, and where it ended as position.
  const tagStart = (): number => parser.startTagPosition - 1;
  parser.onerror = (error) => {
    throw new Error(`sitemap is not well-formed XML: ${error.message}`);
  };
  parser.onopentag = (tag) => {
    open.push(tag.name);
    if (open.length === 1) {
      root = {
        name: tag.name,
        nameEnd: tagStart() + 1 + tag.name.length,
        declaresXhtml: 'xmlns:xhtml' in tag.attributes,
      };
    } else if (open.length === 2 && tag.name === 'url') {
      entry = { start: tagStart(), end: 0, content: { start: parser.position, end: 0 }, left: [] };
    } else if (open.length === 3 && entry && tag.name === 'loc' && !entry.loc) {
      loc = { start: tagStart(), contentStart: parser.position, text: '' };
    } else if (open.length === 3 && entry && tag.name === 'xhtml:link') {
      link = tagStart();
    }
  };
  parser.ontext = (text) => {
    if (loc) loc.text += text;
  };
  parser.onclosetag = (name) => {
    open.pop();
    if (entry && name === 'loc' && loc) {
      entry.loc = { written: xml.slice(loc.contentStart, tagStart()), url: loc.text };
      entry.left.push({ start: loc.start, end: parser.position });
      loc = undefined;
    } else if (entry && name === 'xhtml:link' && link !== undefined) {
      entry.left.push({ start: link, end: parser.position });
      link = undefined;
    } else if (entry && name === 'url' && open.length === 1) {
      entry.content.end = tagStart();
      entry.end = parser.position;
      entries.push(entry);
      entry = undefined;
    }
  };
  parser.write(xml).close();
  return { root, entries };
}

/** The text of `span` of `xml` without the stretches `left` (which lie inside it, in order). */
function withoutSpans(xml: string, span: Span, left: readonly Span[]): string {
  let text = '';
  let cursor = span.start;
  for (const { start, end } of left) {
    text += xml.slice(cursor, start);
    cursor = end;
  }
  return text + xml.slice(cursor, span.end);
}

/** A sitemap (`<urlset>`) with each page's Traditional counterpart and the alternates of both; other XML unchanged. */
export function withEditionAlternates(xml: string, at: PublishedAt): string {
  const { root, entries } = readSitemap(xml);
  if (root?.name !== 'urlset') return xml;
  let rewritten = root.declaresXhtml
    ? xml.slice(0, root.nameEnd)
    : `${xml.slice(0, root.nameEnd)} xmlns:xhtml="${XHTML_NAMESPACE}"`;
  let cursor = root.nameEnd;
  for (const entry of entries) {
    if (!entry.loc) continue;
    const traditionalLoc = traditionalUrl(entry.loc.url, at);
    if (traditionalLoc === entry.loc.url) continue;
    const simplifiedLoc = entry.loc.written;
    const details = withoutSpans(xml, entry.content, entry.left);
    const alternates = [
      [editions.simplified.lang, simplifiedLoc],
      [editions.traditional.lang, escapeXml(traditionalLoc)],
      ['x-default', simplifiedLoc],
    ]
      .map(([lang, href]) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${href}"/>`)
      .join('');
    rewritten += xml.slice(cursor, entry.start);
    rewritten += [simplifiedLoc, escapeXml(traditionalLoc)]
      .map((loc) => `<url><loc>${loc}</loc>${details}${alternates}</url>`)
      .join('');
    cursor = entry.end;
  }
  return rewritten + xml.slice(cursor);
}
