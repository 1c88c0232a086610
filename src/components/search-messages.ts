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
  showMore: strings.showMore,
  keepLooking: strings.keepLooking,
  source: `${strings.source}：{source}`,
  matchedAs: '按“{form}”找到',
};

/** One of the search page script's messages. */
export type SearchMessage = keyof typeof searchMessages;
