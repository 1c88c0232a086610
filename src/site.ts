// The archive's one configuration: its name, language, time zone, page size and the words
// its pages and scripts show. Imported by build-time code and by browser scripts alike, so
// it holds plain data only.

/** Who the archive is, which language it speaks and how it pages. */
export const site = {
  /** The archive's name, in titles, the header, the feed and Open Graph. */
  name: '中文新闻档案',
  /** One line saying what the archive is (feed description, footer). */
  tagline: '按原文照录的中文新闻存档',
  /** Language of every page (`<html lang>`, JSON-LD `inLanguage`, date formatting). */
  language: 'zh-CN',
  /** The same language as Open Graph writes it. */
  ogLocale: 'zh_CN',
  /** The same language as RSS writes it. */
  feedLanguage: 'zh-cn',
  /** The newsroom's time zone: an article's calendar day and month are the ones in Beijing. */
  timeZone: 'Asia/Shanghai',
  /** Articles per page of the archive listing. */
  articlesPerPage: 20,
} as const;

/**
 * Text sizes a reader can choose (字号), each a share of the browser's own font size, so none is ever
 * smaller than the reader's setting; the first is the default. The choice is kept in localStorage under
 * `storageKey` and applied before the first paint (src/components/TextSizePreference.astro).
 */
export const textSizes = {
  storageKey: 'archive-text-size',
  choices: [
    { id: 'standard', label: '标准', scale: 1 },
    { id: 'large', label: '大', scale: 1.15 },
    { id: 'larger', label: '特大', scale: 1.3 },
  ],
} as const;

/** Words shown to readers that more than one file needs. */
export const strings = {
  /** Title of the paragraphs before an article's first heading (their ids are intro-1, intro-2, …). */
  introSection: '导语',
  source: '来源',
  column: '栏目',
  home: '首页',
  searchUnavailable: '搜索暂时无法使用，请稍后再试。',
  searchPrompt: '请输入要搜索的字词。',
  searchTruncated: '（搜索词过长，只用了前面的部分）',
  showMore: '显示更多结果',
  keepLooking: '继续查找',
  /** Names of the site's own pages, in the footer, the 网站地图 page and the pages themselves. */
  monthsPage: '按月份浏览',
  aboutPage: '关于本站',
  feedsPage: 'RSS 订阅',
  sitemapPage: '网站地图',
} as const;
