// The prose of the site's own pages (关于本站, RSS 订阅, 网站地图): content rather than interface wording, kept
// apart from ./wording.ts so no page script's bundle ever takes it in. A paragraph that holds links or code
// is a function from the addresses and numbers only the build knows to its HTML, rendered by the page with
// `set:html`: the values are escaped, the markup around them is written here. Each paragraph is one line,
// as the build's compressed HTML has it, so the pages' text keeps no stray spaces between Chinese characters.
// Section ids are part of the site's addresses (/about/#verbatim): keep the ids when the wording changes.

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

// Not named `html`: Prettier would reformat a template so tagged, adding line breaks the page would show.
function markup(parts: TemplateStringsArray, ...values: readonly (string | number)[]): string {
  return parts.reduce(
    (text, part, index) =>
      text + String(values[index - 1] ?? '').replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character) + part,
  );
}

/** The about page (src/pages/about.astro): what the archive is and its editorial policy, section by section. */
export const aboutProse = {
  description: (siteName: string): string =>
    `${siteName}的编辑原则：照录原文、标点的显示、稳定的链接、如何引用，以及本站不跟踪读者。`,
  lede: (siteName: string): string =>
    `${siteName}按原文照录中文新闻报道。本页说明我们怎样收录和显示文字，以及怎样链接和引用本站。`,
  /** The sections' titles, by id. */
  titles: {
    archive: '本站是什么',
    verbatim: '照录原文',
    punctuation: '标点的显示',
    traditional: '繁体版',
    links: '稳定的链接',
    citing: '如何引用',
    privacy: '不跟踪读者',
    feeds: '订阅与网站地图',
  },
  archive: (siteName: string, monthsPath: string, monthsPage: string): string =>
    markup`<p>${siteName}是一个只读的新闻存档：每篇文章注明原来的标题、发布日期和来源（报纸、网站或公众号），正文照来源收录。可以从首页按时间浏览，<a href="${monthsPath}">${monthsPage}</a>，或用页面顶部的搜索框按字词查找全文。本站只有静态网页，没有账号、评论和广告。</p>`,
  verbatim:
    '<p>文章的文字按收到时的样子保存：来源的措辞、用字和标点一律不改，也不改写、不删节。收录时只去掉网页上与文章无关的部分，如导航栏、“分享”按钮和“扫一扫在手机打开当前页”。</p>' +
    '<p>来源本身有错漏的地方也照录不改，并在旁边加一段醒目的<strong>编者注</strong>加以说明，读者可以分清哪些是原文、哪些是本站的说明。编者注不计入全文搜索。</p>',
  /** The archive's own example of a defect kept as received, given the address of its section. */
  verbatimExample: (sectionPath: string): string =>
    markup`<p>例如 2020 年 2 月 8 日《抗击疫情，广电在行动》一文的<a href="${sectionPath}">“广东”一节</a>：</p>` +
    '<ul><li>来源把同一段话连续登了两次，两段都保留；</li><li>“……最贴心地解答”一句句末没有标点，照样保留；</li>' +
    '<li>“尽量不出门”和“最美逆行者”两处的引号左右颠倒，<span class="text-section-keep">写作”尽量不出门“</span>，也按收到的样子保留。</li></ul>',
  punctuationLead:
    '<p>不少来源在中文句子里使用半角标点。按照《标点符号用法》（GB/T 15834）的规定，中文句子使用全角标点，所以网页上把夹在汉字之间的半角标点显示为全角：</p>',
  /** The table of the marks shown full-width between Chinese characters. */
  punctuationTable: {
    caption: '夹在汉字之间的半角标点在网页上的显示',
    mark: '标点',
    asWritten: '来源的写法',
    asShown: '网页上显示为',
    /** Each mark is shown between two of this character, where the difference in width is plain to see. */
    sampleCharacter: '字',
    /** Each mark's name, as the sources write it and as pages show it (src/typography/punctuation.ts). */
    marks: [
      ['逗号', ',', '，'],
      ['叹号', '!', '！'],
      ['冒号', ':', '：'],
      ['分号', ';', '；'],
      ['问号', '?', '？'],
      ['左括号', '(', '（'],
      ['右括号', ')', '）'],
    ],
  },
  punctuationAfter:
    '<p>这只是显示上的处理：存档里保存的仍是来源的原文，一个字符也没有改动。搜索时输入半角或全角标点，都能找到同一处文字。</p>' +
    '<p>数字、英文、网址和日期保持原来的 ASCII 写法，不改成全角，如 <code>5G</code>、<code>96956</code>、<code>93.18%</code>、<code>2020-03-03</code> 和网址中的 <code>:</code><code>/</code><code>?</code>。</p>',
  traditional: (pathPrefix: string): string =>
    markup`<p>本站每一页都有繁体版，地址在原地址的网站路径前加上 <code>${pathPrefix}</code>，页面右上角的“繁體”“简体”可随时切换，并停留在正在读的那一节、那一段。繁体版由简体原文在生成网站时经 OpenCC 按台湾字形标准（tw）自动转换：只转换正文的字形（如“发展”作“發展”、“头发”作“頭髮”），不改动词语，“信息”“网络”等仍照原文，不改作其他地区的说法；转换若有错误，以简体原文为准。本站自己的界面文字（按钮、提示等）则用台湾的说法，如“搜尋”“列印”“連結”。两个版本的章节和段落编号相同，站内搜索用同一份索引，简体、繁体的搜索词在两个版本中都能找到同样的文章。</p>`,
  links: (sampleArticlePath: string): string =>
    '<p>本站的地址一经发布就不再改变，可以放心引用和收藏。</p>' +
    markup`<ul><li><strong>文章</strong>：地址由文章的文件名决定，如 <code>${sampleArticlePath}</code>。文件名取定后不再更改，修改标题也不影响地址。</li>` +
    '<li><strong>小节</strong>：每个小标题都有固定的 id。编者可以为它选一个简短的英文名（如 <code>#build-5g</code>），选定后不随小标题措辞的修改而改变；没有选定的，按小标题的拼音生成（如“天津”为 <code>#tian-jin</code>），不会出现一长串百分号编码。</li>' +
    '<li><strong>段落</strong>：每段的 id 由所在小节和段落序号组成，如 <code>#build-5g-2</code> 是该节第 2 段；第一个小标题之前的段落是<code>#intro-1</code>、<code>#intro-2</code>……在某一节中间增加段落，只改变这一节后面几段的编号，其他各节不受影响。</li></ul>' +
    '<p>文章页上每个小标题和段落都可以直接链接，指向该处的链接可以一键复制。首页、分页和月份页的内容会随新文章的加入而变化，引用时请链接到文章本身。</p>',
  citing:
    '<p>每篇文章末尾有“引用本文”一栏，给出按国家标准 GB/T 7714—2025 著录的参考文献条目，并附本站的文章地址，可以直接复制到参考文献表中：来源是报纸的，写明报纸名称和出版日期（文献类型 [N/OL]）；来源是网站、公众号等网络来源的，按网页（[EB/OL]）著录，写明发布日期和引用日期，不列来源名称。同一处还可以下载 RIS 或 BibTeX 文件，导入 EndNote、Zotero 等文献管理软件。</p>' +
    '<p>文章页还带有 <code>citation_title</code>、<code>citation_publication_date</code>等元数据，Zotero 等工具在文章页上即可识别并保存条目。</p>',
  privacy:
    '<p>本站不跟踪读者：没有访问统计、广告或社交网络按钮，也不设 Cookie；页面记住的设置（如字号）只保存在您自己的浏览器里。</p>' +
    '<p>网页、样式、脚本和搜索索引全部来自本站，不从其他网站加载任何东西，连字体也使用您设备上已有的中文字体。所以只要能打开本站，各项功能就都能使用。搜索在您的浏览器里进行：浏览器从本站下载所需的索引文件，在本机比对，搜索词不会发送到其他网站。</p>',
  feeds: (pages: {
    feedsPath: string;
    feedsPage: string;
    sitemapPath: string;
    sitemapPage: string;
    sitemapXmlPath: string;
  }): string =>
    markup`<p>用 RSS 阅读器订阅新文章，请看<a href="${pages.feedsPath}">${pages.feedsPage}</a>。本站全部页面的索引见<a href="${pages.sitemapPath}">${pages.sitemapPage}</a>；供搜索引擎读取的 XML 网站地图是 <a href="${pages.sitemapXmlPath}">sitemap-index.xml</a>。</p>`,
} as const;

/** The feeds page for people (src/pages/feeds.astro): what a feed is, the address to copy, the newest articles. */
export const feedsProse = {
  description: (siteName: string): string => `用 RSS 阅读器订阅${siteName}：订阅地址和订阅源中的最新文章。`,
  summary: '用 RSS 阅读器订阅本站，有新文章时自动收到。',
  whatFeedsAre:
    'RSS 是网站发布更新的通用格式。把下面的订阅地址复制到 RSS 阅读器（手机或电脑上的阅读器应用、浏览器扩展都可以）里添加订阅，本站有新文章时，阅读器会自动收到它的标题、日期、来源和导语，点开即可阅读全文；不必注册，也不必常来查看。',
  /** Before the address to copy. */
  address: '订阅地址：',
  feedFile: (feedPath: string): string =>
    markup`这个地址是给阅读器读取的 XML 文件，在浏览器里打开时可能显示为代码：<a href="${feedPath}">查看订阅源文件</a>。`,
  latestHeading: (count: number): string => `订阅源中最新的 ${count} 篇文章`,
  latestNote: (count: number, monthsPath: string, monthsPage: string): string =>
    markup`订阅源共有 ${count} 篇文章，按发布日期从新到旧排列。更早的文章请<a href="${monthsPath}">${monthsPage}</a>。`,
} as const;

/** The sitemap for people (src/pages/sitemap.astro): the site's own pages, then every month by year. */
export const sitemapProse = {
  description: (siteName: string, count: number): string =>
    `${siteName}的全部页面：主要页面和按年月排列的 ${count} 篇文章。`,
  summary: (articles: number, months: number): string =>
    `本站共 ${articles} 篇文章，分布在 ${months} 个月；各月的页面列出当月全部文章。`,
  pagesHeading: '主要页面',
  /** What each of the site's own pages holds, beside its name. */
  notes: {
    home: '首页，按发布日期从新到旧',
    months: '每月的文章数',
    search: '按字词查找全文',
    about: '照录原则、标点、链接和引用',
    feeds: '用阅读器订阅新文章',
  },
  xmlSitemap: (xmlPath: string): string =>
    markup`供搜索引擎读取的网站地图是 XML 文件：<a href="${xmlPath}">sitemap-index.xml</a>。`,
} as const;
