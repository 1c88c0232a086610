// What the search page's script says (status line, "more" button, a result's source). The wording travels in
// the page's markup (SearchResults.astro), never in the script, so the Traditional edition's converted page
// carries its own; the script only fills in `{query}`, `{count}`, `{since}` (e.g. 2024年3月), `{source}`,
// `{term}`, `{counts}` and `{form}` (the mainland word a regional query term was found as).
import { strings } from '../site.ts';

/** The search page script's wording, by key. */
export const searchMessages = {
  prompt: strings.searchPrompt,
  unavailable: strings.searchUnavailable,
  truncated: strings.searchTruncated,
  found: '找到 {count} 篇包含“{query}”的文章。',
  foundSoFar: '已找到 {count} 篇以上包含“{query}”的文章。',
  noneYet: '暂未找到包含“{query}”的文章，可继续查找。',
  noneSince: '{since}以来的文章中没有找到包含“{query}”的文章，可继续查找更早的文章。',
  none: '没有找到包含“{query}”的文章。',
  /** A filtered search that found nothing, when the query alone finds articles (`{count}`: how many). */
  noneFiltered: '所选筛选条件下没有包含“{query}”的文章；不加筛选可找到 {count}\u00a0篇。',
  noneFilteredAtLeast: '所选筛选条件下没有包含“{query}”的文章；不加筛选至少可找到 {count}\u00a0篇。',
  /** The link to the same query without the filters (the sort is kept). */
  clearFilters: '清除筛选条件，搜索“{query}”',
  /** After a query of several terms that found nothing: each term on its own (`{counts}`: the term phrases below). */
  termCounts: '分开查找：{counts}。',
  termCountsSince: '分开查找{since}以来的文章：{counts}。',
  // A no-break space after the count: "2 篇" never splits over two lines.
  termFound: '“{term}”见于 {count}\u00a0篇',
  termFoundAtLeast: '“{term}”见于至少 {count}\u00a0篇',
  termMissing: '“{term}”没有找到',
  /** Too many candidates to check them all, and none of those checked contains the term. */
  termUnchecked: '“{term}”未能查完',
  termSeparator: '；',
  /** The link to the query without the terms found nowhere. */
  tryWithout: '改为搜索“{query}”',
  /** Before the links offered when nothing is found. */
  emptyHelp: '换个方式查找：',
  /** How many times a result's article matches, and (`sectionMatchCount`) how many of them are in a section. */
  matchCount: '匹配 {count} 处',
  sectionMatchCount: '（{count} 处）',
  listed: '共 {count} 篇文章。',
  listedSoFar: '已列出 {count} 篇文章，还有更多。',
  listedNone: '没有符合筛选条件的文章。',
  showMore: strings.showMore,
  keepLooking: strings.keepLooking,
  source: `${strings.source}：{source}`,
  matchedAs: '按“{form}”找到',
};

/** One of the search page script's messages. */
export type SearchMessage = keyof typeof searchMessages;

/**
 * What the search filters' script says (SearchFilters.astro carries it): month options of the chosen year
 * (`{month}`, `{count}`), and the summary of the chosen filters and order (`{filters}`) read out when they change.
 */
export const filterMessages = {
  allMonths: '全部',
  monthOption: '{month}月（{count}）',
  yearValue: '{year}年',
  monthValue: '{year}年{month}月',
  sortDate: '按日期从新到旧',
  sortDateAsc: '按日期从旧到新',
  summary: '当前：{filters}。',
  separator: '，',
};

/** One of the search filters' messages. */
export type FilterMessage = keyof typeof filterMessages;

/** The search filters' labels, written into the page when it is built (SearchFilters.astro). */
export const filterLabels = {
  legend: '筛选与排序',
  countsNote: '括号内是全部档案中的文章数。',
  year: '年份',
  allYears: '全部',
  month: '月份',
  source: strings.source,
  allSources: '全部',
  /** A value with its number of articles, e.g. 2020年（2）: short enough for two selects side by side on a phone. */
  counted: '{value}（{count}）',
  sort: '排序',
  sorts: { relevance: '相关度', date: '日期，从新到旧', 'date-asc': '日期，从旧到新' },
} as const;
