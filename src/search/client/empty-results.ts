// What the search page offers when a query finds nothing: each term's count on its own (./term-counts.ts)
// in the status line, the query without the terms found nowhere as a link, and the way to browse by month
// (a link the page's markup carries); when filters left the answer empty, how many articles the query finds
// without them and a link to clear them. The wording comes from the page (src/i18n/wording.ts).
import type { SearchMessage } from '../../i18n/wording.ts';
import { hasFilter, QUERY_PARAMETER, readSelection, writeSelection, type SearchSelection } from '../shared/filters.ts';
import type { SearchOutcome } from './engine.ts';
import { queryWithoutMissing, type TermCount } from './term-counts.ts';

/** The page's wording of a message, with `{name}` placeholders filled in. */
export type Say = (key: SearchMessage, values?: Readonly<Record<string, string>>) => string;

/** A month as the messages name it (2024-03-01 → 2024年3月). */
export function monthText(isoDate: string): string {
  const [year, month] = isoDate.split('-');
  return `${year ?? ''}年${Number(month)}月`;
}

function termPhrase(count: TermCount, say: Say): string {
  const values = { term: count.term, count: String(count.count) };
  if (count.count > 0) return say(count.atLeast ? 'termFoundAtLeast' : 'termFound', values);
  return say(count.atLeast ? 'termUnchecked' : 'termMissing', values);
}

/**
 * The sentence saying where each term occurs on its own ("分开查找：“足球”没有找到；“广电”见于 2 篇。"),
 * naming the oldest month searched when older parts of the index were not; empty for fewer than two terms.
 */
export function termCountsSentence(counts: readonly TermCount[], searchedSince: string | undefined, say: Say): string {
  if (counts.length < 2) return '';
  const phrases = counts.map((count) => termPhrase(count, say)).join(say('termSeparator'));
  return searchedSince === undefined
    ? say('termCounts', { counts: phrases })
    : say('termCountsSince', { counts: phrases, since: monthText(searchedSince) });
}

/** The URL of this page searching `query` instead. */
function searchUrl(query: string): string {
  const url = new URL(location.href);
  url.search = '';
  url.searchParams.set(QUERY_PARAMETER, query);
  return `${url.pathname}${url.search}`;
}

/** The URL of this page without its filters: the query and the sort kept. */
function unfilteredUrl(): string {
  const url = new URL(location.href);
  const { sort } = readSelection(url.searchParams);
  const query = url.searchParams.get(QUERY_PARAMETER) ?? '';
  url.search = '';
  if (query !== '') url.searchParams.set(QUERY_PARAMETER, query);
  writeSelection(url.searchParams, { filters: {}, sort });
  return `${url.pathname}${url.search}`;
}

/** How many articles a query finds without the filters that left it empty (see UnfilteredCount). */
export interface UnfilteredCount {
  count: number;
  /** Whether more may be found past the first step of the search. */
  atLeast: boolean;
}

/**
 * For a filtered search that found nothing: how many articles the same query finds without the filters
 * (its first step, as a search shows it); undefined when there are no filters, no query, or results.
 */
export async function unfilteredCountIfEmpty(
  outcome: SearchOutcome,
  selection: SearchSelection,
  searchUnfiltered: () => Promise<SearchOutcome>,
): Promise<UnfilteredCount | undefined> {
  if (outcome.matches.length > 0 || outcome.listed || outcome.query.terms.length === 0) return undefined;
  if (!hasFilter(selection.filters)) return undefined;
  const unfiltered = await searchUnfiltered().catch(() => undefined);
  if (!unfiltered || unfiltered.matches.length === 0) return undefined;
  return { count: unfiltered.matches.length, atLeast: unfiltered.hasMore };
}

/** The status line of a filtered search that found nothing while the query alone finds `unfiltered` articles. */
export function filteredOutSentence(query: string, unfiltered: UnfilteredCount, say: Say): string {
  return say(unfiltered.atLeast ? 'noneFilteredAtLeast' : 'noneFiltered', {
    query,
    count: String(unfiltered.count),
  });
}

/**
 * Shows the ways on below an empty answer (with `counts` of no terms: only the link to the months); hides them
 * for undefined. `clearFor`: the query to offer without the filters, when the filters are what left it empty.
 */
export function showEmptyHelp(
  container: HTMLElement | null,
  counts: readonly TermCount[] | undefined,
  say: Say,
  clearFor?: string,
): void {
  if (!container) return;
  container.hidden = counts === undefined;
  const clearItem = container.querySelector<HTMLElement>('[data-search-clear]');
  const clearLink = container.querySelector<HTMLAnchorElement>('[data-search-clear-link]');
  if (clearItem && clearLink) {
    clearItem.hidden = counts === undefined || clearFor === undefined;
    if (!clearItem.hidden && clearFor !== undefined) {
      clearLink.textContent = say('clearFilters', { query: clearFor });
      clearLink.href = unfilteredUrl();
    }
  }
  const instead = counts && queryWithoutMissing(counts);
  const item = container.querySelector<HTMLElement>('[data-search-without]');
  const link = container.querySelector<HTMLAnchorElement>('[data-search-without-link]');
  if (!item || !link) return;
  item.hidden = instead === undefined;
  if (instead === undefined) return;
  link.textContent = say('tryWithout', { query: instead });
  link.href = searchUrl(instead);
}
