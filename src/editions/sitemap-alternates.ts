// Both editions in the sitemap: every page's entry is followed by its Traditional counterpart's, and both
// name each other (and the Simplified original as x-default) with xhtml:link alternates, as search
// engines read them. @astrojs/sitemap's own i18n option only knows pages Astro rendered, and the
// Traditional pages are written after rendering (src/integrations/traditional-edition.ts).
import { editions } from '../site.ts';
import { traditionalUrl, type PublishedAt } from './traditional-page.ts';

const XHTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/** A sitemap (`<urlset>`) with each page's Traditional counterpart and the alternates of both; other XML unchanged. */
export function withEditionAlternates(xml: string, at: PublishedAt): string {
  if (!xml.includes('<urlset')) return xml;
  const namespaced = xml.includes('xmlns:xhtml=')
    ? xml
    : xml.replace('<urlset', `<urlset xmlns:xhtml="${XHTML_NAMESPACE}"`);
  return namespaced.replace(/<url>([\s\S]*?)<\/url>/g, (entry, inner: string) => {
    const simplifiedLoc = /<loc>([^<]+)<\/loc>/.exec(inner)?.[1];
    if (simplifiedLoc === undefined) return entry;
    const traditionalLoc = traditionalUrl(simplifiedLoc, at);
    if (traditionalLoc === simplifiedLoc) return entry;
    const details = inner.replace(/<loc>[^<]+<\/loc>/, '').replace(/<xhtml:link [^>]*\/>/g, '');
    const alternates = [
      [editions.simplified.lang, simplifiedLoc],
      [editions.traditional.lang, traditionalLoc],
      ['x-default', simplifiedLoc],
    ]
      .map(([lang, href]) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${href}"/>`)
      .join('');
    return [simplifiedLoc, traditionalLoc].map((loc) => `<url><loc>${loc}</loc>${details}${alternates}</url>`).join('');
  });
}
