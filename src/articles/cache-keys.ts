// The `cacheKey` of every page a getStaticPaths() route returns (Astro's experimental.incrementalBuild): a
// page whose key and code are unchanged since the last build is copied from that build instead of rendered.
// So a key must change whenever anything the page shows changes: each one hashes exactly the data its page
// reads, and nothing else, so that editing one article re-renders only the pages that show it. The code that
// turns the data into the page (components, layouts, src/ modules) is hashed by Astro itself.

import { createHash } from 'node:crypto';
import { sourceKind } from './source-kinds.ts';

/** The parts of an article entry the pages read (a CollectionEntry<'articles'> is one). */
export interface KeyedArticle {
  id: string;
  data: {
    title: string;
    date: Date;
    source: string;
    column?: string | undefined;
    description?: string | undefined;
    lede: string;
  };
  /** The loader's digest of the article's file: front matter and text. */
  digest?: string | number | undefined;
}

/** An article next to another in the newest-first order: its page links to it by id and title. */
export interface KeyedNeighbour {
  id: string;
  data: { title: string };
}

/** A base64url SHA-256 of the JSON of `parts` (dates as ISO strings, by their own toJSON). */
function hashOf(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
}

/** What a list entry (ArticleListItem) shows of an article: link, title, meta line and lede (stored by the loader). */
function listedFacts(article: KeyedArticle): unknown[] {
  const { title, date, source, column, lede } = article.data;
  return [article.id, title, date, source, column ?? null, lede];
}

/**
 * The key of an article's page: the article itself (its file's digest and the data read from it), the id and title
 * of its newer and older neighbours (its links to them), and, when its source is cited as a web page, the day
 * of the build, which its reference prints as the access date until the reader's browser puts in its own.
 */
export function articlePageKey(
  article: KeyedArticle,
  newer: KeyedNeighbour | undefined,
  older: KeyedNeighbour | undefined,
  buildDay: string,
): string {
  const neighbour = (other: KeyedNeighbour | undefined): unknown => (other ? [other.id, other.data.title] : null);
  const accessDay = sourceKind(article.data.source) === 'webpage' ? buildDay : null;
  return hashOf(article.id, article.data, article.digest ?? null, neighbour(newer), neighbour(older), accessDay);
}

/** The key of an article's citation files (RIS, BibTeX): the facts a citation states (see citedArticle). */
export function citationFileKey(article: KeyedArticle): string {
  const { title, date, source } = article.data;
  return hashOf(article.id, title, date, source);
}

/** The key of a page of the archive listing: its number, the number of pages, the total and what it lists. */
export function listingPageKey(
  page: { currentPage: number; lastPage: number; total: number },
  articles: readonly KeyedArticle[],
): string {
  return hashOf(page.currentPage, page.lastPage, page.total, articles.map(listedFacts));
}

/**
 * The key of a month's page: the month, what it lists, and the months before and after it (its pager), which
 * change with the index of months when a month gains its first article or loses its last.
 */
export function monthPageKey(
  month: string,
  articles: readonly KeyedArticle[],
  newerMonth: string | undefined,
  olderMonth: string | undefined,
): string {
  return hashOf(month, articles.map(listedFacts), newerMonth ?? null, olderMonth ?? null);
}
