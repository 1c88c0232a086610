import { readFileSync } from 'node:fs';

/** A scraped source page and what the archive made of it. */
export interface Seed {
  file: string;
  articleId: string;
  /** The title as the source wrote it (and the Markdown keeps it). */
  sourceTitle: string;
  /** The title as pages show it: the source's half-width punctuation in Chinese text typeset full-width. */
  title: string;
  isoDate: string;
  source: string;
  sectionIds: string[];
  /** Lines of the scraped page that are site chrome, not article text. */
  chrome: string[];
}

/** The two scraped pages the archive started from. */
export const SEEDS: Seed[] = [
  {
    file: '000_7a6ee21bd6e29631.txt',
    articleId: '2020-03-03-telecom-resumes-work',
    sourceTitle: '目标不变,力度不减!信息通信业积极推进复工复产',
    title: '目标不变，力度不减！信息通信业积极推进复工复产',
    isoDate: '2020-03-03',
    source: '人民邮电报',
    sectionIds: ['build-5g', 'resume-work', 'poverty-alleviation'],
    chrome: [
      '语种',
      '中文简体 中文繁体 English',
      '营业厅',
      '网上营业厅 掌上营业厅',
      '返回顶部',
      '目标不变,力度不减!信息通信业积极推进复工复产',
      '2020-03-03 人民邮电报',
      '分享:',
      '扫一扫在手机打开当前页',
    ],
  },
  {
    file: '002_03ced9717cfa8308.txt',
    articleId: '2020-02-08-broadcast-networks-fight-epidemic',
    sourceTitle: '抗击疫情,广电在行动',
    title: '抗击疫情，广电在行动',
    isoDate: '2020-02-08',
    source: '网络及微信公众号',
    sectionIds: ['tianjin', 'guizhou', 'shandong', 'guangdong', 'chongqing'],
    chrome: ['抗击疫情,广电在行动--防疫前沿', '时间:2020-02-08 来源:网络及微信公众号 分享:'],
  },
];

/** The article text of a seed: every non-empty line that is not chrome, whitespace removed. */
export function seedBodyLines(seed: Seed): string[] {
  const text = readFileSync(new URL(`../fixtures/seeds/${seed.file}`, import.meta.url), 'utf8');
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !seed.chrome.includes(line))
    .map((line) => line.replace(/\s+/g, ''));
}

/** Sentences of a line, each ending in its closing punctuation (or the end of the line). */
export function sentencesOf(line: string): string[] {
  return line.match(/[^。！？!?]+(?:[。！？!?]+[”’」』]?)?/gu) ?? [];
}

const AS_RECEIVED: Readonly<Record<string, string>> = {
  '，': ',',
  '！': '!',
  '：': ':',
  '；': ';',
  '？': '?',
  '（': '(',
  '）': ')',
};

/** Text with full-width `，！：；？（）` written half-width, to compare what a page shows with what a source wrote. */
export function withHalfWidthMarks(text: string): string {
  return text.replace(/[，！：；？（）]/gu, (mark) => AS_RECEIVED[mark] ?? mark);
}

/** The half-width `,!:;?` that stand between two Chinese characters in `text` (with their neighbours). */
export function halfWidthMarksInChinese(text: string): string[] {
  return text.match(/\p{Script=Han}[,!:;?]\p{Script=Han}/gu) ?? [];
}
