// The archive's one configuration: its name, language, time zone, page size and the words
// its pages and scripts show. Imported by build-time code and by browser scripts alike, so
// it holds plain data only.

/**
 * The archive's two script editions of every page: the Simplified original at the site's root and a
 * Traditional conversion of it under `pathPrefix` (same paths, ids and fragments otherwise). The
 * Traditional text is converted at build time with OpenCC's `tw` character standard (no vocabulary
 * substitution: the words stay the source's).
 */
export const editions = {
  simplified: {
    lang: 'zh-Hans',
    ogLocale: 'zh_CN',
    feedLanguage: 'zh-cn',
    pathPrefix: '',
    /** The name of the edition on the switch that leads to it. */
    label: '简体',
  },
  traditional: {
    lang: 'zh-Hant',
    ogLocale: 'zh_TW',
    feedLanguage: 'zh-tw',
    pathPrefix: 'zh-hant/',
    label: '繁體',
    /** The editor's note on every Traditional article (written here in Simplified; converted with the page). */
    note: '本页繁体文字由简体原文经 OpenCC 按台湾字形标准（tw）自动转换：只转换字形，不改动词语（例如“信息”“网络”照原文）。如有转换错误，以简体原文为准。',
  },
} as const;

/** Who the archive is, which language it speaks and how it pages. */
export const site = {
  /** The archive's name, in titles, the header, the feed and Open Graph. */
  name: '中文新闻档案',
  /** One line saying what the archive is (feed description, footer). */
  tagline: '按原文照录的中文新闻存档',
  /** Language of the original (Simplified) pages: `<html lang>`, JSON-LD `inLanguage`, date formatting. */
  language: editions.simplified.lang,
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

/** Words shown to readers that more than one file needs. */
export const strings = {
  /** Title of the paragraphs before an article's first heading (their ids are intro-1, intro-2, …). */
  introSection: '导语',
  source: '来源',
  column: '栏目',
  home: '首页',
  searchUnavailable: '搜索暂时无法使用，请稍后再试。',
  searchPrompt: '请输入要搜索的字词。',
  /** The search page without JavaScript: why it cannot search, before links to the months and the feeds. */
  searchNeedsScript:
    '本站是静态网页，网页本身读不出网址里的搜索词：搜索要靠浏览器运行 JavaScript，而您的浏览器没有运行脚本。不用脚本，也可以按月份浏览全部文章，或订阅新文章：',
  searchTruncated: '（搜索词过长，只用了前面的部分）',
  showMore: '显示更多结果',
  keepLooking: '继续查找',
  /** Names of the site's own pages, in the footer, the 网站地图 page and the pages themselves. */
  monthsPage: '按月份浏览',
  aboutPage: '关于本站',
  feedsPage: 'RSS 订阅',
  sitemapPage: '网站地图',
} as const;
