// The reader's calendar day, for what a page stamps when it is read (打印日期, 引用日期).

/** Today in the reader's own time zone as YYYY-MM-DD. */
export function readersToday(now: Date = new Date()): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
