// The search page's query, filters and sort as its URL carries them (?q=5G&source=人民邮电报&year=2020&month=3&sort=date):
// the one place their parameter names and values are read and written, by the page's form (built at build
// time) and by its script. A value the page cannot use is ignored, never guessed at.
import { foldForSearch } from './normalize.ts';

/** URL parameter of the query: the search box's name, so the form without JavaScript sends it too. */
export const QUERY_PARAMETER = 'q';

/** URL parameters of the filters and the sort. */
export const SELECTION_PARAMETERS = { year: 'year', month: 'month', source: 'source', sort: 'sort' } as const;

/** Sort orders: by relevance (the default, no parameter), by date newest first, by date oldest first. */
export const SEARCH_SORTS = ['relevance', 'date', 'date-asc'] as const;

/** One of the search's sort orders. */
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** Longest source name a URL may carry (longer ones are not the archive's). */
const MAX_SOURCE_LENGTH = 60;

/** What the reader narrowed the search to; absent fields are not filtered. */
export interface SearchFilters {
  /** A year of four digits, e.g. "2020". */
  year?: string;
  /** A month within `year`, 1–12 (never without a year). */
  month?: number;
  /** A source as written on the articles (either script: the search folds it as it folds queries). */
  source?: string;
}

/** The filters and sort order of one search. */
export interface SearchSelection {
  filters: SearchFilters;
  sort: SearchSort;
}

function isSort(value: string | null): value is SearchSort {
  return (SEARCH_SORTS as readonly (string | null)[]).includes(value);
}

/** Reads the filters and sort from a URL's parameters. */
export function readSelection(parameters: URLSearchParams): SearchSelection {
  const filters: SearchFilters = {};
  const year = parameters.get(SELECTION_PARAMETERS.year)?.trim() ?? '';
  if (/^\d{4}$/.test(year)) {
    filters.year = year;
    const month = Number(parameters.get(SELECTION_PARAMETERS.month) ?? '');
    if (Number.isInteger(month) && month >= 1 && month <= 12) filters.month = month;
  }
  const source = parameters.get(SELECTION_PARAMETERS.source)?.trim() ?? '';
  if (source !== '' && [...source].length <= MAX_SOURCE_LENGTH) filters.source = source;
  const sort = parameters.get(SELECTION_PARAMETERS.sort);
  return { filters, sort: isSort(sort) ? sort : 'relevance' };
}

/** Writes the filters and sort into a URL's parameters, leaving others (the query) alone; defaults are left out. */
export function writeSelection(parameters: URLSearchParams, { filters, sort }: SearchSelection): void {
  const values: [string, string | undefined][] = [
    [SELECTION_PARAMETERS.year, filters.year],
    [SELECTION_PARAMETERS.month, filters.year !== undefined ? filters.month?.toString() : undefined],
    [SELECTION_PARAMETERS.source, filters.source],
    [SELECTION_PARAMETERS.sort, sort === 'relevance' ? undefined : sort],
  ];
  for (const [name, value] of values) {
    if (value === undefined) parameters.delete(name);
    else parameters.set(name, value);
  }
}

/** Whether any filter is set. */
export function hasFilter(filters: SearchFilters): boolean {
  return filters.year !== undefined || filters.source !== undefined;
}

/** The Pagefind filter value of a month: "2020-03". */
export function monthFilterValue(year: string, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** The Pagefind filter value of a source: folded and converted to Simplified, so either script's spelling finds it. */
export function sourceFilterValue(source: string, toSimplified: (text: string) => string): string {
  return toSimplified(foldForSearch(source.trim()));
}
