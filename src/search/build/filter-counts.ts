// How many of the archive's articles each filter value of the search page holds, counted when the page
// is built: exact for the whole archive (the page says so), and free for the reader, who fetches nothing.

/** What counting needs to know of an article. */
export interface CountedArticle {
  /** ISO day of publication in the archive's time zone. */
  day: string;
  source: string;
}

/** Articles per filter value. */
export interface FilterCounts {
  /** All articles. */
  total: number;
  /** [year, articles], newest year first. */
  years: [string, number][];
  /** For each year, [month 1–12, articles], in calendar order. */
  months: Record<string, [number, number][]>;
  /** [source, articles], most articles first, then by name. */
  sources: [string, number][];
}

function tally<Key>(keys: Iterable<Key>): Map<Key, number> {
  const counts = new Map<Key, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/** Counts the articles of each year, month within its year and source. */
export function filterCounts(articles: readonly CountedArticle[]): FilterCounts {
  const years = [...tally(articles.map((article) => article.day.slice(0, 4)))].sort(([a], [b]) => b.localeCompare(a));
  const months: Record<string, [number, number][]> = {};
  for (const [year] of years) {
    const inYear = articles.filter((article) => article.day.startsWith(`${year}-`));
    months[year] = [...tally(inYear.map((article) => Number(article.day.slice(5, 7))))].sort(([a], [b]) => a - b);
  }
  const sources = [...tally(articles.map((article) => article.source))].sort(
    ([a, countA], [b, countB]) => countB - countA || a.localeCompare(b, 'zh'),
  );
  return { total: articles.length, years, months, sources };
}
