// What the search page's script says (status line, "more" button, a result's source). The wording travels in
// the page's markup (SearchResults.astro), never in the script, so the Traditional edition's converted page
// carries its own; the script only fills in `{query}`, `{count}`, `{since}` (e.g. 2024年3月), `{source}` and
// `{form}` (the mainland word a regional query term was found as).
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
  showMore: strings.showMore,
  keepLooking: strings.keepLooking,
  source: `${strings.source}：{source}`,
  matchedAs: '按“{form}”找到',
};

/** One of the search page script's messages. */
export type SearchMessage = keyof typeof searchMessages;
