// 引用本文: how an article is cited. The GB/T 7714—2025 reference shown on the page, the RIS and BibTeX
// files offered for download, and the Highwire-style citation_* meta tags that Zotero and Google Scholar read.
//
// GB/T 7714—2025 (in force since 2026-07-01, replacing GB/T 7714-2015) as implemented by Zeping Lee's CSL
// style, whose test entries reproduce the standard's own examples: citation-style-language/styles
// china-national-standard-gb-t-7714-2025-numeric.csl (also zotero-chinese/styles
// src/GB-T-7714—2025（顺序编码，双语）/), and the same author's gbt7714-bibtex-style (gbt7714-2025-numeric.bst,
// tests/testfiles/2025-numeric.tlg). There, the standard's examples B.4:6 and B.10:5 read
//   陈缮真. 探索微观世界的无穷奥秘（科技大观）[N/OL]. 人民日报，2022-08-16（17）. http://paper.people.com.cn/….
//   许振超. “好好干，当一个好工人”[EB/OL]. （2025-02-17）[2025-06-22]. https://cpc.people.com.cn/….
// so: elements are separated by a full stop and a space (". "); inside an element the marks are full-width
// (newspaper name "，" date, "（" 版次 "）", "（" creation date "）"); the type mark [N/OL] / [EB/OL] and the access
// date [YYYY-MM-DD] take half-width brackets; the entry ends with ".". Two changes from 2015 matter here: the
// full-width marks inside elements (2015: "人民日报, 2022-08-16(17)"), and the access date (引用日期), which
// 2025 requires only of web pages, datasets and preprints, so a newspaper article read online has none.
// An article without an author (all of ours: the sources name none) starts with its title; our articles have
// no 版次 (page), so that element is left out.

import { site } from '../site.ts';
import { isoDay } from './dates.ts';
import { sourceKind, type SourceKind } from './source-kinds.ts';

/** Everything a citation says about an article. */
export interface CitedArticle {
  /** The article's id, also the BibTeX key. */
  id: string;
  title: string;
  date: Date;
  /** The newspaper or other source the article comes from. */
  source: string;
  kind: SourceKind;
  /** The article's canonical public URL. */
  url: string;
}

/** A GB/T 7714—2025 reference split at its access date, which only the reader's browser knows. */
export interface Gbt7714Citation {
  /** The reference up to the access date; the whole reference when its kind records none. */
  head: string;
  /** The rest after the access date; undefined when the kind records no access date (newspapers). */
  tail: string | undefined;
}

/** The static files of each article's citation, next to its page (src/pages/articles/[id]/citation.*.ts). */
export const CITATION_FILES = {
  ris: { name: 'citation.ris', contentType: 'application/x-research-info-systems; charset=utf-8' },
  bibtex: { name: 'citation.bib', contentType: 'application/x-bibtex; charset=utf-8' },
} as const;

/** The language of every cited article, as RIS and citation_language write it (zh). */
const CITATION_LANGUAGE = site.language.split('-')[0] ?? site.language;

/** The citation facts of a collection entry (only its id, title, date and source are read) at its public URL. */
export function citedArticle(
  entry: { id: string; data: { title: string; date: Date; source: string } },
  url: string,
): CitedArticle {
  const { title, date, source } = entry.data;
  return { id: entry.id, title, date, source, kind: sourceKind(source), url };
}

/** The GB/T 7714—2025 reference of an article, split at its access date. */
export function gbt7714Citation(article: CitedArticle): Gbt7714Citation {
  const day = isoDay(article.date);
  if (article.kind === 'newspaper') {
    return { head: `${article.title}[N/OL]. ${article.source}，${day}. ${article.url}.`, tail: undefined };
  }
  return { head: `${article.title}[EB/OL]. （${day}）[`, tail: `]. ${article.url}.` };
}

/** A piece of a reference as shown, and whether a line may break inside it. */
export interface CitationPiece {
  text: string;
  /** A type mark ([N/OL]) or a date (2020-02-08, （2020-02-08））: never broken over two lines. */
  keep: boolean;
}

/** What must stay on one line in a reference: the type mark, a date, a date in full-width brackets. */
const UNBREAKABLE = /\[[A-Z]+\/OL\]|（\d{4}-\d{2}-\d{2}）|(?<![/\w-])\d{4}-\d{2}-\d{2}(?![\w-])/g;

/** `text` (a part of a reference) split into pieces, the type mark and the dates kept whole. */
export function citationPieces(text: string): CitationPiece[] {
  const pieces: CitationPiece[] = [];
  let at = 0;
  for (const match of text.matchAll(UNBREAKABLE)) {
    if (match.index > at) pieces.push({ text: text.slice(at, match.index), keep: false });
    pieces.push({ text: match[0], keep: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), keep: false });
  return pieces;
}

/** The whole reference, with `accessDay` (YYYY-MM-DD) as its access date where it has one. */
export function gbt7714Text(citation: Gbt7714Citation, accessDay: string): string {
  return citation.tail === undefined ? citation.head : `${citation.head}${accessDay}${citation.tail}`;
}

/** A RIS field value on one line (RIS has no continuation lines and no escapes). */
function risValue(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The article as a RIS record (UTF-8 text, CRLF line ends as the format asks): NEWS with the newspaper as T2
 * and the archive as DB, or ELEC with the archive, the website the page is on, as T2. No Y2 (access date): the
 * file is written once, at build time; reference managers stamp their own when they import it.
 */
export function risRecord(article: CitedArticle): string {
  const day = isoDay(article.date);
  const isNewspaper = article.kind === 'newspaper';
  const fields: [string, string][] = [
    ['TY', isNewspaper ? 'NEWS' : 'ELEC'],
    ['TI', article.title],
    ['T2', isNewspaper ? article.source : site.name],
    ['PY', day.slice(0, 4)],
    ['DA', `${day.replaceAll('-', '/')}/`],
    ['UR', article.url],
    ...(isNewspaper ? [['DB', site.name] satisfies [string, string]] : []),
    ['LA', CITATION_LANGUAGE],
    ['ER', ''],
  ];
  return fields.map(([tag, value]) => `${tag}  - ${risValue(value)}`).join('\r\n') + '\r\n';
}

const BIBTEX_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  '#': '\\#',
  $: '\\$',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Text as a BibTeX field value: (La)TeX's special characters escaped, on one line. */
function bibtexValue(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\{}%&#$_~^]/g, (character) => BIBTEX_ESCAPES[character] ?? character);
}

/**
 * The article as a BibTeX entry in the form the gbt7714 and biblatex-gb7714 styles read: a newspaper article
 * is `@article` with `entrysubtype = {newspaper}`, anything else `@online`. No `urldate`, as in the RIS file.
 */
export function bibtexEntry(article: CitedArticle): string {
  const day = isoDay(article.date);
  const isNewspaper = article.kind === 'newspaper';
  const fields: [string, string][] = [
    ...(isNewspaper ? [['entrysubtype', 'newspaper'] satisfies [string, string]] : []),
    ['title', bibtexValue(article.title)],
    ...(isNewspaper ? [['journal', bibtexValue(article.source)] satisfies [string, string]] : []),
    ['date', day],
    ['year', day.slice(0, 4)],
    // A URL is read verbatim by biblatex and by the url package: no escapes.
    ['url', article.url],
    ['langid', 'chinese'],
  ];
  const key = article.id.replace(/[^A-Za-z0-9_.:-]/g, '-');
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n');
  return `@${isNewspaper ? 'article' : 'online'}{${key},\n${body}\n}\n`;
}

/**
 * Highwire-style meta tags (name, content) for the article page: dates as YYYY/MM/DD, the newspaper as
 * citation_journal_title. A web source has no journal; its page is on this archive, which og:site_name names.
 */
export function highwireMetaTags(article: CitedArticle): [name: string, content: string][] {
  const day = isoDay(article.date).replaceAll('-', '/');
  return [
    ['citation_title', article.title],
    ['citation_publication_date', day],
    ['citation_online_date', day],
    ...(article.kind === 'newspaper' ? [['citation_journal_title', article.source] satisfies [string, string]] : []),
    ['citation_language', CITATION_LANGUAGE],
    ['citation_public_url', article.url],
    ['citation_fulltext_html_url', article.url],
  ];
}
