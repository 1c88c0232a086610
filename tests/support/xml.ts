// Reading the site's XML files (feed, sitemaps) in tests without an XML library: they are the build's own.

/** Every value of a tag (namespace-free name) in an XML text, e.g. the `<loc>`s of a sitemap. */
export function xmlValues(xml: string, tag: string): string[] {
  return [...xml.matchAll(new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`, 'g'))].map((match) => match[1] ?? '');
}

/** Text of an XML element with the five predefined entities decoded. */
export function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
