// How the archive's articles are split into index parts. Each part is a Pagefind bundle built
// by its own Pagefind process, so the memory a build needs is bounded by the largest part, not by
// the archive; and an article added, edited or removed changes the parts of its own year only.

/** What partitioning needs to know of an article. */
export interface DatedArticle {
  /** ISO day of publication. */
  date: string;
  url: string;
}

/** Articles of one part, oldest first, under the part's key (see SearchPart in ../shared/contract.ts). */
export interface PlannedPart<Article extends DatedArticle> {
  key: string;
  articles: Article[];
}

/**
 * Most articles in one part by default. Pagefind holds about 1 MB per article of this archive while it
 * writes a bundle (measured: 2,000 articles peak at 1.6 GiB in its process), so a part of 2,000 keeps
 * the index step under 2 GiB whatever the size of the archive.
 */
export const DEFAULT_PART_ARTICLE_LIMIT = 2000;

/** Key of the one part an unlimited plan makes (for comparisons: a real archive is split by year). */
const WHOLE_ARCHIVE_PART = 'all';

function byDateThenUrl(a: DatedArticle, b: DatedArticle): number {
  return a.date.localeCompare(b.date) || a.url.localeCompare(b.url);
}

function monthsOf<Article extends DatedArticle>(articles: Article[]): [string, Article[]][] {
  return [...Map.groupBy(articles, (article) => article.date.slice(0, 7))];
}

/** Splits one year's articles (oldest first) into parts of at most `limit`, by whole months where possible. */
function partsOfYear<Article extends DatedArticle>(
  year: string,
  articles: Article[],
  limit: number,
): PlannedPart<Article>[] {
  if (articles.length <= limit) return [{ key: year, articles }];
  const parts: PlannedPart<Article>[] = [];
  let current: PlannedPart<Article> | undefined;
  for (const [month, inMonth] of monthsOf(articles)) {
    if (inMonth.length > limit) {
      // One month alone is too big: it becomes numbered pieces of its own.
      current = undefined;
      for (let start = 0; start < inMonth.length; start += limit) {
        const piece = String(start / limit + 1).padStart(3, '0');
        parts.push({ key: `${month}.${piece}`, articles: inMonth.slice(start, start + limit) });
      }
    } else if (current && current.articles.length + inMonth.length <= limit) {
      current.articles.push(...inMonth);
    } else {
      current = { key: month, articles: [...inMonth] };
      parts.push(current);
    }
  }
  return parts;
}

/**
 * The parts of an archive, newest first: one per publication year, or, for a year of more than `limit`
 * articles, runs of consecutive months of at most `limit` articles (a month over the limit is split in
 * numbered pieces). Within a part, articles are ordered by date, then URL. An infinite limit makes one part.
 */
export function planParts<Article extends DatedArticle>(
  articles: readonly Article[],
  limit = DEFAULT_PART_ARTICLE_LIMIT,
): PlannedPart<Article>[] {
  const sorted = [...articles].sort(byDateThenUrl);
  if (limit === Number.POSITIVE_INFINITY)
    return sorted.length > 0 ? [{ key: WHOLE_ARCHIVE_PART, articles: sorted }] : [];
  if (!Number.isInteger(limit) || limit < 1)
    throw new Error(`search index: part limit ${limit} is not a positive integer`);
  const years = Map.groupBy(sorted, (article) => article.date.slice(0, 4));
  return [...years].flatMap(([year, inYear]) => partsOfYear(year, inYear, limit)).reverse();
}
