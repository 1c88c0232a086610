import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pinyin } from 'pinyin-pro';
import { buildVocabulary, type Vocabulary } from './vocabulary.ts';

/** What was generated: enough to pick pages to measure and to describe the corpus in the report. */
export interface CorpusSummary {
  folder: string;
  articleCount: number;
  /** Mean body length in characters (front matter excluded). */
  meanBodyCharacters: number;
  /** Distinct words the generator put into the corpus (template words and substituted words). */
  distinctWordsUsed: number;
  /** Size of the vocabulary the generator drew from. */
  vocabularySize: number;
  firstDate: string;
  lastDate: string;
  sources: number;
}

/** One generated article, kept for the readability check (its paragraphs must all be on the page). */
export interface GeneratedArticle {
  id: string;
  title: string;
  headings: string[];
  paragraphs: string[];
}

/** The sources the generator draws from (the first is the site's own 人民邮电报). */
export const SOURCES = [
  '人民邮电报',
  '网络及微信公众号',
  '新华社',
  '人民日报',
  '中国新闻网',
  '经济日报',
  '光明日报',
  '通信世界',
  '广电时评',
  '科技日报',
];
const COLUMNS = ['防疫前沿', '行业动态', '5G专题', '地方新闻', '脱贫攻坚', '网络安全'];
const PLACES = [
  '天津',
  '贵州',
  '山东',
  '广东',
  '重庆',
  '北京',
  '上海',
  '湖北',
  '四川',
  '浙江',
  '江苏',
  '河南',
  '云南',
  '陕西',
  '福建',
  '安徽',
  '湖南',
  '辽宁',
  '吉林',
  '甘肃',
  '新疆',
  '西藏',
  '广西',
  '海南',
];
const FIRST_DAY = Date.UTC(2016, 0, 1);
const LAST_DAY = Date.UTC(2025, 11, 31);
const DAY_MS = 86_400_000;
/** Share of template words replaced by a vocabulary word of the same length. */
const SUBSTITUTION_RATE = 0.6;
const HAN_WORD = /^\p{Script=Han}{2,}$/u;
const DIGITS = /^\d+$/;

/** A small, fast, seedable PRNG (mulberry32): the same seed gives the same corpus. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws items by rank with Zipf-like weights 1/(rank+10): a few very common words and a long tail. */
class ZipfSampler {
  private readonly cumulative: Float64Array;
  private readonly items: string[];
  constructor(items: string[]) {
    this.items = items;
    this.cumulative = new Float64Array(items.length);
    let total = 0;
    for (let rank = 0; rank < items.length; rank += 1) {
      total += 1 / (rank + 10);
      this.cumulative[rank] = total;
    }
  }
  draw(random: () => number): string {
    const target = random() * (this.cumulative[this.cumulative.length - 1] ?? 0);
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.cumulative[middle] ?? 0) < target) low = middle + 1;
      else high = middle;
    }
    return this.items[low] ?? '';
  }
}

/** Writes Chinese articles that look like the real ones: sentences of the real articles with most words swapped. */
class ArticleWriter {
  private readonly samplersByLength = new Map<number, ZipfSampler>();
  private readonly vocabulary: Vocabulary;
  private readonly random: () => number;
  readonly usedWords = new Set<string>();
  constructor(vocabulary: Vocabulary, random: () => number) {
    this.vocabulary = vocabulary;
    this.random = random;
    for (const [length, words] of vocabulary.wordsByLength) this.samplersByLength.set(length, new ZipfSampler(words));
  }

  private pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.random() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  private between(low: number, high: number): number {
    return low + Math.floor(this.random() * (high - low + 1));
  }

  private rewrite(tokens: string[]): string {
    return tokens
      .map((token) => {
        if (HAN_WORD.test(token)) {
          const sampler = this.samplersByLength.get(token.length);
          const word = sampler && this.random() < SUBSTITUTION_RATE ? sampler.draw(this.random) : token;
          this.usedWords.add(word);
          return word;
        }
        if (DIGITS.test(token)) return String(this.between(1, 10 ** Math.min(token.length, 6) - 1));
        return token;
      })
      .join('');
  }

  sentence(): string {
    return this.rewrite(this.pick(this.vocabulary.sentenceTemplates));
  }

  paragraph(targetCharacters: number): string {
    let text = '';
    while (text.length < targetCharacters) text += this.sentence();
    return text;
  }

  heading(): string {
    const text = this.rewrite(this.pick(this.vocabulary.headingTemplates)).replace(/^[^:：]{1,4}[:：]/u, '');
    const clipped = text.length > 28 ? text.slice(0, 28).replace(/[,，、:：]$/u, '') : text;
    return this.random() < 0.4 ? `${this.pick(PLACES)}:${clipped}` : clipped;
  }

  title(): string {
    const headline = this.heading().replace(/^[^:]+:/u, '');
    return headline.length < 8 ? `${headline},${this.paragraph(1).slice(0, 10)}` : headline;
  }
}

/** An ASCII id from the pinyin of a Chinese text's first words, e.g. 复工复产 → fu-gong-fu-chan. */
function pinyinSlug(text: string, syllables: number): string {
  const slug = pinyin(text.replace(/[^\p{Script=Han}]/gu, '').slice(0, syllables), {
    toneType: 'none',
    type: 'array',
  })
    .join('-')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z-]+/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return /^[a-z]/.test(slug) ? slug : 'section';
}

function frontMatterValue(value: string): string {
  return JSON.stringify(value);
}

/** The Markdown file of one article (strict front matter, `## heading {#id}` sections). */
function articleMarkdown(title: string, blocks: string[], date: string, source: string, column?: string): string {
  const lines = ['---', `title: ${frontMatterValue(title)}`, `date: ${date}`, `source: ${frontMatterValue(source)}`];
  if (column) lines.push(`column: ${frontMatterValue(column)}`);
  lines.push('---', '');
  return `${lines.join('\n')}${blocks.join('\n\n')}\n`;
}

/** One article as the generator writes it: its id, its Markdown file and the texts the page must show. */
interface WrittenArticle {
  article: GeneratedArticle;
  markdown: string;
  day: number;
  bodyCharacters: number;
}

/** Writes the article at position `index` (its id ends in the index in base 36, so ids never collide), dated `day` or at random. */
function writeArticle(writer: ArticleWriter, random: () => number, index: number, fixedDay?: number): WrittenArticle {
  const day = fixedDay ?? FIRST_DAY + Math.floor(random() * ((LAST_DAY - FIRST_DAY) / DAY_MS + 1)) * DAY_MS;
  const date = new Date(day).toISOString().slice(0, 10);
  const title = writer.title();
  const id = `${date}-${pinyinSlug(title, 4)}-${index.toString(36)}`;
  const targetCharacters = 1300 + Math.floor(random() * 1000);
  const sectionCount = 3 + Math.floor(random() * 3);
  const intro = writer.paragraph(60 + Math.floor(random() * 120));
  const blocks = [intro];
  const headings: string[] = [];
  const paragraphs = [intro];
  const sectionIds = new Set<string>();
  const perSection = (targetCharacters - intro.length) / sectionCount;
  for (let section = 0; section < sectionCount; section += 1) {
    const heading = writer.heading();
    let sectionId = pinyinSlug(heading, 3);
    for (let suffix = 0; sectionIds.has(sectionId); suffix += 1)
      sectionId = `${pinyinSlug(heading, 3)}-${'bcdefgh'[suffix] ?? 'z'}`;
    sectionIds.add(sectionId);
    headings.push(heading);
    blocks.push(`## ${heading} {#${sectionId}}`);
    let written = 0;
    while (written < perSection) {
      const paragraph = writer.paragraph(50 + Math.floor(random() * 200));
      blocks.push(paragraph);
      paragraphs.push(paragraph);
      written += paragraph.length;
    }
  }
  const source = SOURCES[Math.floor(random() * SOURCES.length)] ?? '新华社';
  const column = random() < 0.4 ? COLUMNS[Math.floor(random() * COLUMNS.length)] : undefined;
  return {
    article: { id, title, headings, paragraphs },
    markdown: articleMarkdown(title, blocks, date, source, column),
    day,
    bodyCharacters: paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0),
  };
}

/** Generates `articleCount` Markdown articles into `folder` (emptied first), deterministically for a seed. */
export async function generateCorpus(
  folder: string,
  articleCount: number,
  seed = 20_201_125,
): Promise<{ summary: CorpusSummary; sample: GeneratedArticle[] }> {
  // 1,500–2,500 characters of body each, an intro and 3–5 sections with ASCII ids, dates from 2016 to 2025,
  // ten sources. Each article goes to disk as it is made (a corpus of 100,000 is 700 MB): only five samples stay.
  const vocabulary = buildVocabulary();
  const random = seededRandom(seed);
  const writer = new ArticleWriter(vocabulary, random);
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  const sample: GeneratedArticle[] = [];
  let totalBodyCharacters = 0;
  let firstDay = Number.POSITIVE_INFINITY;
  let lastDay = 0;
  const pending: Promise<void>[] = [];
  for (let index = 0; index < articleCount; index += 1) {
    const { article, markdown, day, bodyCharacters } = writeArticle(writer, random, index);
    firstDay = Math.min(firstDay, day);
    lastDay = Math.max(lastDay, day);
    totalBodyCharacters += bodyCharacters;
    if (index % Math.max(1, Math.floor(articleCount / 5)) === 0) sample.push(article);
    pending.push(writeFile(join(folder, `${article.id}.md`), markdown));
    if (pending.length >= 256) await Promise.all(pending.splice(0));
  }
  await Promise.all(pending);
  return {
    summary: {
      folder,
      articleCount,
      meanBodyCharacters: Math.round(totalBodyCharacters / Math.max(1, articleCount)),
      distinctWordsUsed: writer.usedWords.size,
      vocabularySize: vocabulary.words.length,
      firstDate: new Date(firstDay).toISOString().slice(0, 10),
      lastDate: new Date(lastDay).toISOString().slice(0, 10),
      sources: SOURCES.length,
    },
    sample,
  };
}

/** Adds one newly arrived article to the corpus of `articleCount` articles in `folder`, deterministically. */
export async function addArticle(folder: string, articleCount: number, seed = 20_261_127): Promise<GeneratedArticle> {
  // Dated the corpus's last day, as news arrives: it heads the home page and moves every listing page by one.
  const random = seededRandom(seed);
  const { article, markdown } = writeArticle(
    new ArticleWriter(buildVocabulary(), random),
    random,
    articleCount,
    LAST_DAY,
  );
  await writeFile(join(folder, `${article.id}.md`), markdown);
  return article;
}

/** The id of the article in the middle of the corpus's file order: a story that is neither the newest nor the oldest. */
export async function middleArticleId(folder: string, skip = 0): Promise<string> {
  const ids = (await readdir(folder))
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.slice(0, -'.md'.length))
    .sort();
  const id = ids[Math.floor(ids.length / 2) + skip];
  if (!id) throw new Error(`no article ${skip} after the middle of ${folder}`);
  return id;
}

/** Corrects an article's title, as an editor fixing a typo would: its page, neighbours, listing and month change. */
export async function editArticleTitle(folder: string, id: string): Promise<void> {
  const file = join(folder, `${id}.md`);
  const markdown = await readFile(file, 'utf8');
  const edited = markdown.replace(/^title: "(.*)"$/m, (_line, title: string) => `title: "${title}（更正）"`);
  if (edited === markdown) throw new Error(`${file}: no title line to edit`);
  await writeFile(file, edited);
}

/** Withdraws an article: its file is deleted. */
export async function deleteArticle(folder: string, id: string): Promise<void> {
  await rm(join(folder, `${id}.md`));
}
