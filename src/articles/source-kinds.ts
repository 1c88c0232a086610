// What kind of publication each article source (`source:` in the front matter) is, so that 引用本文 cites it
// rightly: a newspaper (报纸) as `[N/OL]` with its name and date, RIS type NEWS; anything else as a web page
// (网页) `[EB/OL]`, RIS type ELEC. A source that is not listed here is cited as a web page.
//
// For editors: when articles from a new newspaper arrive, add one line to KNOWN_SOURCES below with the
// name exactly as the articles' `source:` writes it, e.g. `光明日报: 'newspaper',`. Half-width and full-width
// punctuation count as the same (the name is compared after Unicode NFKC folding). Listing a web source
// (`'webpage'`) changes nothing but says that someone looked at it.

/** How a source is cited: `newspaper` (报纸, GB/T 7714 `N`) or `webpage` (网页, GB/T 7714 `EB`). */
export type SourceKind = 'newspaper' | 'webpage';

/** Sources whose kind is known, by name as the articles write it. */
const KNOWN_SOURCES: Readonly<Record<string, SourceKind>> = {
  人民邮电报: 'newspaper',
  网络及微信公众号: 'webpage',
};

/** The name folded so that `,` and `，`, `(` and `（` match. */
function foldName(name: string): string {
  return name.normalize('NFKC').trim();
}

const kindsByFoldedName = new Map(Object.entries(KNOWN_SOURCES).map(([name, kind]) => [foldName(name), kind]));

/** The kind of an article's source: the registry's entry for it, else a web page. */
export function sourceKind(source: string): SourceKind {
  return kindsByFoldedName.get(foldName(source)) ?? 'webpage';
}
