import { site } from '../site.ts';

const longChineseDate = new Intl.DateTimeFormat(site.language, {
  timeZone: site.timeZone,
  year: 'numeric',
  month: 'long',
  day: 'numeric',
});

/** A date as Chinese readers write it, e.g. 2020年3月3日. */
export function formatChineseDate(date: Date): string {
  return longChineseDate.format(date);
}

// Made once: creating a formatter costs about as much as rendering a small page, and months, citations, the
// search filters and every date on every page ask for days.
const numericDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: site.timeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day in the archive's time zone as YYYY-MM-DD, for `<time datetime>` and JSON-LD. */
export function isoDay(date: Date): string {
  const parts = numericDay.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * The day the build runs, in the archive's time zone (YYYY-MM-DD): the reference of a web source prints it as
 * its access date until the reader's browser puts in the reader's own, so it is part of those pages' cache keys.
 */
export function buildDay(now: Date = new Date()): string {
  return isoDay(now);
}
