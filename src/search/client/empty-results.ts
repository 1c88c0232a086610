// What the search page offers when a query finds nothing: each term's count on its own (./term-counts.ts)
// in the status line, the query without the terms found nowhere as a link, and the way to browse by month
// (a link the page's markup carries). The wording comes from the page (src/components/search-messages.ts).
import type { SearchMessage } from '../../components/search-messages.ts';
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
  url.searchParams.set('q', query);
  return `${url.pathname}${url.search}`;
}

/** Shows the ways on below an empty answer (with `counts` of no terms: only the link to the months); hides them for undefined. */
export function showEmptyHelp(container: HTMLElement | null, counts: readonly TermCount[] | undefined, say: Say): void {
  if (!container) return;
  container.hidden = counts === undefined;
  const instead = counts && queryWithoutMissing(counts);
  const item = container.querySelector<HTMLElement>('[data-search-without]');
  const link = container.querySelector<HTMLAnchorElement>('[data-search-without-link]');
  if (!item || !link) return;
  item.hidden = instead === undefined;
  if (instead === undefined) return;
  link.textContent = say('tryWithout', { query: instead });
  link.href = searchUrl(instead);
}
