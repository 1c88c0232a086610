// How the archive's articles are split into index parts. Each part is a Pagefind bundle built
// by its own Pagefind process, so the memory a build needs is bounded by the largest part, not by
// the archive; and an article added, edited or removed changes the part of its own year only.
// Years of few articles share a part: a search reads a few parts per step, and a part costs its own
// metadata and index chunks however few articles it holds, so a word found in few articles of a small
// archive would otherwise take one step per handful of years (see docs/scale.md).

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

/**
 * Most articles in a part of several whole years: half the limit, so that such a part never costs more to
 * search or to rebuild than the year parts of a larger archive.
 */
function packedYearsLimit(limit: number): number {
  return Math.floor(limit / 2);
}

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
 * The parts of the years (oldest first), oldest first: consecutive years of at most `limit / 2` articles
 * together are packed into one part, from the oldest, so that every pack but the newest stays as it was when
 * articles are added to the newest year; a larger year is split as partsOfYear says.
 */
function partsOfYears<Article extends DatedArticle>(
  years: readonly [string, Article[]][],
  limit: number,
): PlannedPart<Article>[] {
  const packLimit = packedYearsLimit(limit);
  const parts: PlannedPart<Article>[] = [];
  let pack: { first: string; last: string; articles: Article[] } | undefined;
  const closePack = (): void => {
    if (!pack) return;
    parts.push({ key: pack.first === pack.last ? pack.first : `${pack.first}-${pack.last}`, articles: pack.articles });
    pack = undefined;
  };
  for (const [year, inYear] of years) {
    if (inYear.length > packLimit) {
      closePack();
      parts.push(...partsOfYear(year, inYear, limit));
    } else if (pack && pack.articles.length + inYear.length <= packLimit) {
      pack.last = year;
      pack.articles.push(...inYear);
    } else {
      closePack();
      pack = { first: year, last: year, articles: [...inYear] };
    }
  }
  closePack();
  return parts;
}

/**
 * The parts of an archive, newest first: runs of consecutive years of at most half the limit together (see
 * packedYearsLimit; key "2016-2019", or the year alone), one part per larger year of at most `limit`
 * articles, or, for a year of more, runs of consecutive months of at most `limit` articles (a month over the
 * limit is split in numbered pieces). Within a part, articles are ordered by date, then URL. An infinite
 * limit makes one part.
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
  const years = [...Map.groupBy(sorted, (article) => article.date.slice(0, 4))];
  return partsOfYears(years, limit).reverse();
}
