// Which parts of the index a filtered search reads, and how each part's Pagefind search is narrowed.
// The manifest gives each part's first and last day, so a part outside the chosen year or month is
// never loaded; a filter a part's dates already satisfy is not sent (Pagefind would fetch its file).
import { ARTICLE_FILTERS, PART_FILTER, type SearchPart } from '../shared/contract.ts';
import { monthFilterValue, type SearchFilters, type SearchSort } from '../shared/filters.ts';

/** Filters as the index holds them: the source already folded and converted (see sourceFilterValue). */
export type IndexFilters = SearchFilters;

/** First and last day (ISO) of the year or month the filters name; undefined when they name no date. */
function dateSpan({ year, month }: IndexFilters): [string, string] | undefined {
  if (year === undefined) return undefined;
  if (month === undefined) return [`${year}-01-01`, `${year}-12-31`];
  const prefix = monthFilterValue(year, month);
  // Day "31" of any month is after its last day in string order, so it closes every month.
  return [`${prefix}-01`, `${prefix}-31`];
}

/**
 * Pagefind's filters for searching `part` under `filters` (always including the part's own filter),
 * or undefined when the part's dates cannot hold a matching article.
 */
export function partSearchFilters(part: SearchPart, filters: IndexFilters): Record<string, string> | undefined {
  const narrowed: Record<string, string> = { [PART_FILTER]: part.key };
  const span = dateSpan(filters);
  if (span && filters.year !== undefined) {
    const [first, last] = span;
    if (part.lastDate < first || part.firstDate > last) return undefined;
    // A part lying wholly inside the span needs no date filter.
    if (part.firstDate < first || part.lastDate > last) {
      if (filters.month === undefined) narrowed[ARTICLE_FILTERS.year] = filters.year;
      else narrowed[ARTICLE_FILTERS.month] = monthFilterValue(filters.year, filters.month);
    }
  }
  if (filters.source !== undefined) narrowed[ARTICLE_FILTERS.source] = filters.source;
  return narrowed;
}

/** The parts (listed newest first) in the order a search in `sort` order reads them: oldest first for date-asc. */
export function partsInOrder(parts: readonly SearchPart[], sort: SearchSort): SearchPart[] {
  return sort === 'date-asc' ? [...parts].reverse() : [...parts];
}
