import { site } from '../site.ts';

/** The fields that decide an article's place in the archive listing. */
export interface Orderable {
  data: { date: Date; title: string };
}

/** Newest first; ties broken by title so the order is stable between builds. */
export function compareNewestFirst(a: Orderable, b: Orderable): number {
  return b.data.date.getTime() - a.data.date.getTime() || a.data.title.localeCompare(b.data.title, site.language);
}
