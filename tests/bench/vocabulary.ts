import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** A file inside an installed package (the packages are only read as data here). */
function packageFile(packageName: string, path: string): string {
  return readFileSync(join(projectRoot, 'node_modules', packageName, path), 'utf8');
}

/** Words and sentences the synthetic corpus is made of. */
export interface Vocabulary {
  /** Distinct Chinese words, most frequent first (real-article words, then common words, then rarer phrases). */
  words: string[];
  /** The same words grouped by length in characters (2, 3, 4, …), each most frequent first. */
  wordsByLength: Map<number, string[]>;
  /** Sentences of the real articles, each split into word-segmenter tokens; the templates of generated sentences. */
  sentenceTemplates: string[][];
  /** Section headings of the real articles, tokenised like the sentences. */
  headingTemplates: string[][];
}

const HAN_ONLY = /^\p{Script=Han}+$/u;
const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** The word-segmenter tokens of `text` (words, punctuation and digits alike), in order. */
function tokensOf(text: string): string[] {
  return Array.from(segmenter.segment(text), (segment) => segment.segment);
}

function realArticleTexts(): { paragraphs: string[]; headings: string[] } {
  const folder = join(projectRoot, 'content/articles');
  const paragraphs: string[] = [];
  const headings: string[] = [];
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.md'))) {
    const markdown = readFileSync(join(folder, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    for (const block of markdown.split(/\n\s*\n/).map((text) => text.trim())) {
      if (block.startsWith('## ')) headings.push(block.slice(3).replace(/\s*\{#[a-z0-9-]+\}$/, ''));
      else if (block !== '' && !block.startsWith('<')) paragraphs.push(block.replace(/\\\*/g, '×'));
    }
  }
  return { paragraphs, headings };
}

/** Keys of one of pinyin-pro's frequency-ordered word dictionaries (`const DICTn = { 这个: '…', … }`). */
function pinyinProWords(dictionaryNumber: number): string[] {
  const source = packageFile('pinyin-pro', `dist/esm/data/dict${dictionaryNumber}.mjs`);
  return Array.from(source.matchAll(/^\s+["']?([^\s:"']+)["']?:\s/gmu), (match) => match[1] ?? '');
}

/** Simplified-Chinese phrases of OpenCC's phrase table (`简 繁|简 繁|…`): a long tail of rarer words. */
function openCcPhrases(): string[] {
  const source = packageFile('opencc-js', 'dist/esm-lib/dict/STPhrases.js');
  const table = /"([^"]*)"/u.exec(source)?.[1] ?? '';
  return table.split('|').map((pair) => pair.split(' ')[0] ?? '');
}

/** Splits a paragraph into sentences, each ending in its closing punctuation. */
function sentencesOf(paragraph: string): string[] {
  return paragraph.match(/[^。！？!?;；]+(?:[。！？!?;；]+[”’」』]?)?/gu) ?? [];
}

/**
 * A vocabulary of tens of thousands of Chinese words: the real articles' words (segmented with
 * Intl.Segmenter), pinyin-pro's common-word dictionaries and OpenCC's phrase table, de-duplicated.
 */
export function buildVocabulary(): Vocabulary {
  const { paragraphs, headings } = realArticleTexts();
  const articleWords = new Map<string, number>();
  for (const text of [...paragraphs, ...headings]) {
    for (const token of tokensOf(text)) {
      if (token.length >= 2 && HAN_ONLY.test(token)) articleWords.set(token, (articleWords.get(token) ?? 0) + 1);
    }
  }
  const byArticleFrequency = [...articleWords.entries()].sort((a, b) => b[1] - a[1]).map(([word]) => word);
  const candidates = [
    ...byArticleFrequency,
    ...pinyinProWords(2),
    ...pinyinProWords(3),
    ...pinyinProWords(4),
    ...openCcPhrases(),
  ];
  const seen = new Set<string>();
  const words: string[] = [];
  for (const word of candidates) {
    if (word.length < 2 || word.length > 6 || !HAN_ONLY.test(word) || seen.has(word)) continue;
    seen.add(word);
    words.push(word);
  }
  const wordsByLength = new Map<number, string[]>();
  for (const word of words) {
    const group = wordsByLength.get(word.length) ?? [];
    group.push(word);
    wordsByLength.set(word.length, group);
  }
  return {
    words,
    wordsByLength,
    sentenceTemplates: paragraphs.flatMap(sentencesOf).map(tokensOf),
    headingTemplates: headings.map(tokensOf),
  };
}
