import { isoDay } from './dates.ts';
import { monthWording } from '../i18n/wording.ts';

/** The articles of one calendar month (in the archive's time zone), for the month pages. */
export interface ArchiveMonth<Item> {
  /** `YYYY-MM`, the month page's URL segment. */
  key: string;
  year: number;
  month: number;
  items: Item[];
}

/** The `YYYY-MM` month of a date in the archive's time zone (an article dated late on the last day stays in its month in Beijing). */
export function monthKey(date: Date): string {
  return isoDay(date).slice(0, 7);
}

/** A month as Chinese readers write it, e.g. 2020年3月. */
export function monthLabel(key: string): string {
  const [year, month] = key.split('-');
  return monthWording.yearMonth(Number(year), Number(month));
}

/** Groups items by month, newest month first, keeping the items' own order within a month. */
export function groupByMonth<Item>(items: readonly Item[], dateOf: (item: Item) => Date): ArchiveMonth<Item>[] {
  return [...Map.groupBy(items, (item) => monthKey(dateOf(item)))]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([key, monthItems]) => ({
      key,
      year: Number(key.slice(0, 4)),
      month: Number(key.slice(5, 7)),
      items: monthItems,
    }));
}

/** The months grouped by year, newest year first (for the month index page). */
export function groupMonthsByYear<Item>(
  months: readonly ArchiveMonth<Item>[],
): [year: number, months: ArchiveMonth<Item>[]][] {
  return [...Map.groupBy(months, (month) => month.year)].sort(([a], [b]) => b - a);
}
