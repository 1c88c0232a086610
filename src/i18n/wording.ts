// The site's interface wording, in Simplified Chinese: every word a component, page, layout or page script
// shows a reader, grouped by where it is shown. The Traditional edition has no dictionary of its own: its
// pages are the Simplified pages converted (src/editions/traditional-page.ts), interface text in Taiwan's
// words (src/editions/interface-wording.ts), so wording written here reaches both editions.
//
// Build-time code and browser scripts both import this module, so it holds plain data and pure functions
// only, and each group is its own export (a script's bundle takes only the groups it uses). Templates a page
// script fills in keep `{name}` placeholders (they travel as JSON in the page's markup, see
// src/client/carried-wording.ts); templates filled at build time are small functions.

// Words two groups share, as plain constants: a group reading another group's property would keep that whole
// group in every script bundle that takes in this module (a property read may have side effects).
const SOURCE = '来源';
const SEARCH = '搜索';

/** The archive's own name and what it is. */
export const siteWording = {
  /** The archive's name, in titles, the header, the feed and Open Graph. */
  name: '中文新闻档案',
  /** One line saying what the archive is (feed description, home page description). */
  tagline: '按原文照录的中文新闻存档',
} as const;

/** Words shown to readers that more than one file needs. */
export const strings = {
  /** Title of the paragraphs before an article's first heading (their ids are intro-1, intro-2, …). */
  introSection: '导语',
  source: SOURCE,
  column: '栏目',
  home: '首页',
  /** The search page without JavaScript: why it cannot search, before links to the months and the feeds. */
  searchNeedsScript:
    '本站是静态网页，网页本身读不出网址里的搜索词：搜索要靠浏览器运行 JavaScript，而您的浏览器没有运行脚本。不用脚本，也可以按月份浏览全部文章，或订阅新文章：',
  /** Names of the site's own pages, in the footer, the 网站地图 page and the pages themselves. */
  monthsPage: '按月份浏览',
  aboutPage: '关于本站',
  feedsPage: 'RSS 订阅',
  sitemapPage: '网站地图',
  /** The search page's name (its title, heading and the 网站地图 entry). */
  searchPage: SEARCH,
  /** The archive listing's name (home page heading, the 网站地图 entry). */
  allArticles: '全部文章',
  backToTop: '返回顶部',
  backToList: '返回文章列表',
  /** A labelled fact, e.g. 来源：人民邮电报. */
  fact: (label: string, value: string): string => `${label}：${value}`,
} as const;

/** The two editions' names on the switch between them, and the note on every Traditional page. */
export const editionWording = {
  simplifiedLabel: '简体',
  traditionalLabel: '繁體',
  /** The editor's note on every Traditional article (written here in Simplified; converted with the page). */
  traditionalNote:
    '本页繁体文字由简体原文经 OpenCC 按台湾字形标准（tw）自动转换：只转换字形，不改动词语（例如“信息”“网络”照原文）。如有转换错误，以简体原文为准。',
} as const;

/** The frame of the editor's note on Traditional pages (EditionNote.astro; the note is `editionWording`'s). */
export const editionNote = {
  ariaLabel: '编者注：繁体版',
  /** The note's lead-in; the note follows after `separator`. */
  label: '编者注',
  separator: '：',
} as const;

/** Names of the text sizes a reader can choose (src/site.ts `textSizes`), by id. */
export const textSizeLabels = {
  standard: '标准',
  large: '大',
  larger: '特大',
} as const;

/**
 * What page scripts say in the status line; `{url}` and `{text}` are filled in. They travel in the page's
 * markup (StatusMessage.astro), not in the scripts, so each edition's page carries its own script form.
 */
export const readerMessages = {
  copiedSectionLink: '已复制本节链接：{url}',
  copiedParagraphLink: '已复制本段链接：{url}',
  copiedArticleLink: '已复制本文链接：{url}',
  copySectionLinkByHand: '无法自动复制，请手动复制本节链接：{url}',
  copyParagraphLinkByHand: '无法自动复制，请手动复制本段链接：{url}',
  copyArticleLinkByHand: '无法自动复制，请手动复制本文链接：{url}',
  copiedCitation: '已复制引文：{text}',
  copyCitationByHand: '无法自动复制，引文已选中，请手动复制：{text}',
};

/** One of the page scripts' messages. */
export type ReaderMessage = keyof typeof readerMessages;

// What the search page's script says (status line, "more" button, a result's source). The wording travels in
// the page's markup (SearchResults.astro), never in the script, so the Traditional edition's converted page
// carries its own; the script only fills in `{query}`, `{count}`, `{since}` (e.g. 2024年3月), `{source}`,
// `{term}`, `{counts}` and `{form}` (the mainland word a regional query term was found as).

/** The search page script's wording, by key. */
export const searchMessages = {
  prompt: '请输入要搜索的字词。',
  unavailable: '搜索暂时无法使用，请稍后再试。',
  truncated: '（搜索词过长，只用了前面的部分）',
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
  showMore: '显示更多结果',
  keepLooking: '继续查找',
  source: `${SOURCE}：{source}`,
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
  source: SOURCE,
  allSources: '全部',
  /** A value with its number of articles, e.g. 2020年（2）: short enough for two selects side by side on a phone. */
  counted: '{value}（{count}）',
  sort: '排序',
  sorts: { relevance: '相关度', date: '日期，从新到旧', 'date-asc': '日期，从旧到新' },
} as const;

/** The search form (SearchForm.astro), in the header and on the search page. */
export const searchForm = {
  /** The form's accessible name in the header. */
  formLabel: '站内搜索',
  inputLabel: '搜索文章',
  placeholder: '搜索文章',
  /** The placeholder once the page's script has set up the / shortcut. */
  placeholderWithKey: '搜索文章（按 / 键）',
  submit: SEARCH,
} as const;

/** The search page (src/pages/search.astro). */
export const searchPage = {
  title: SEARCH,
  description: (siteName: string): string => `在${siteName}中按关键词搜索文章。`,
  formLabel: '搜索档案文章',
  /** What the box understands (src/search/client/query.ts), said once, on one line: a wrapped line would print a space. */
  hint:
    '可输入多个词，用空格或顿号、逗号等标点分开，词前后的标点不算在内；与输入的原句（连同标点）一致的文章排在最前。' +
    '繁体字、全角字母数字和日期（如 2020-03-03）都能找到。',
} as const;

/** Placeholder words of the search results' templates (SearchResults.astro), replaced before a result is shown. */
export const searchResultTemplate = {
  title: '标题',
  matchedAs: '按“网络”找到',
  excerpt: '摘要',
  section: '章节',
} as const;

/** An article page's frame (ArticleLayout.astro). */
export const articlePage = {
  /** The article itself, last in the breadcrumbs. */
  breadcrumb: '正文',
  asideLabel: '本文导航',
} as const;

/** The links to the next article either way (ArticleNeighbours.astro). */
export const articleNeighbours = {
  label: '相邻文章',
  newer: '较新一篇',
  older: '较早一篇',
} as const;

/** The way back from a page (Breadcrumbs.astro). */
export const breadcrumbs = {
  label: '当前位置',
} as const;

/** An article's contents (TableOfContents.astro). */
export const tableOfContents = {
  title: '本文目录',
} as const;

/** The tools of an article's header (ReaderTools.astro). */
export const readerTools = {
  label: '阅读工具',
  textSize: '字号',
  print: '打印',
  share: '分享',
} as const;

/** 引用本文 at the end of an article (CiteArticle.astro). */
export const citeArticle = {
  heading: '引用本文',
  /** Without JavaScript the access date stays the build's day (`day`). */
  accessDayNote: (day: string): string => `引用日期暂为本页生成之日（${day}），引用时请改为您访问本页的日期。`,
  copy: '复制引文',
  downloadRis: '下载 RIS',
  downloadBibtex: '下载 BibTeX',
} as const;

/** The address and print date atop a printed article (PrintMasthead.astro). */
export const printMasthead = {
  url: (url: string): string => `本文网址：${url}`,
  /** Followed by the date the script fills in. */
  printDate: '打印日期：',
} as const;

/** An article's QR code (ArticleQrCode.astro, src/articles/qr-code.ts). */
export const articleQrCode = {
  caption: '微信扫一扫，在手机上阅读或分享',
  /** The drawn code's accessible name. */
  imageLabel: '本文网址的二维码',
} as const;

/** Accessible names of the links to an article's sections and paragraphs (src/markdown/section-anchors.ts). */
export const selfLinkLabels = {
  section: (heading: string): string => `链接到本节：${heading}`,
  /** The `count`th paragraph of the section titled `section`. */
  paragraph: (section: string, count: number): string => `链接到本段：${section}第${count}段`,
} as const;

/** Every page's frame (BaseLayout.astro, SiteFooter.astro). */
export const pageFrame = {
  skipLink: '跳到正文',
  /** The footer's line before the links to the site's own pages. */
  footer: (siteName: string): string => `${siteName}：按原文照录的新闻存档。`,
} as const;

/** A prose page's contents (TextPageLayout.astro). */
export const textPage = {
  tocTitle: '本页目录',
} as const;

/** Months and their article counts (MonthIndex.astro, the month pages). */
export const monthWording = {
  year: (year: string | number): string => `${year}年`,
  month: (month: string | number): string => `${month}月`,
  /** A month as Chinese readers write it, e.g. 2020年3月. */
  yearMonth: (year: number, month: number): string => `${year}年${month}月`,
  articleCount: (count: number): string => `${count} 篇`,
} as const;

/** The archive listing, page by page (src/pages/[...page].astro). */
export const archivePage = {
  /** Title of a page after the first (the first is the site's name). */
  title: (page: number): string => `全部文章（第 ${page} 页）`,
  description: (total: number): string => `按原文照录的中文新闻存档，共 ${total} 篇文章，按发布日期从新到旧排列。`,
  summary: (total: number): string => `共 ${total} 篇，按发布日期从新到旧排列。`,
  pagination: '分页',
  previous: '上一页',
  next: '下一页',
  position: (page: number, last: number): string => `第 ${page} / ${last} 页`,
} as const;

/** The list of months (src/pages/months/index.astro). */
export const monthsPage = {
  description: (siteName: string, count: number): string => `${siteName}的 ${count} 篇文章，按发布年月分组。`,
  summary: (articles: number, months: number): string => `共 ${articles} 篇，分布在 ${months} 个月。`,
} as const;

/** One month's articles (src/pages/months/[month].astro). */
export const monthPage = {
  title: (month: string): string => `${month}的文章`,
  description: (siteName: string, month: string, count: number): string =>
    `${siteName} ${month}发布的 ${count} 篇文章。`,
  summary: (count: number): string => `本月共 ${count} 篇，按发布日期从新到旧排列。`,
  allMonths: '全部月份',
  pagination: '相邻月份',
  newer: '较新',
  older: '较早',
  /** A link to the month either side, e.g. 较早：2020年2月. */
  neighbour: (direction: string, month: string): string => `${direction}：${month}`,
} as const;

/** The page for a missing address (src/pages/404.astro). */
export const notFoundPage = {
  title: '找不到页面',
  description: '您要找的页面不存在或已移动。',
  explanation: '您要找的页面不存在，可能是链接有误或页面已移动。',
  /** Around the link back to the list (`strings.backToList`). */
  beforeLink: '可以',
  afterLink: '，或用上方的搜索框查找文章。',
} as const;
