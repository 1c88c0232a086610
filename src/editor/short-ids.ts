// Short ASCII ids for what an import writes: a section's id (天津:… → tianjin) and the article's slug, both
// from pinyin without tones, so links stay readable when pasted. Section ids live in the Markdown as `{#id}`.
import { pinyin } from 'pinyin-pro';
import { isValidSectionId } from '../markdown/section-id.ts';

/** A heading that opens with a place name and a colon: 天津:“逆行”坚守岗位… */
const PLACE_AND_COLON = /^(\p{Script=Han}{2,4})[:：]/u;

/** Words the Chinese word segmenter finds (Intl.Segmenter, as the search does), punctuation left out. */
function wordsOf(text: string): string[] {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(text)].filter((part) => part.isWordLike).map((part) => part.segment);
}

/** A word in toneless pinyin written together, lower-case ASCII only: 天津 → tianjin, 5G → 5g. */
function romanized(word: string): string {
  return pinyin(word, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .join('')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** The pinyin of the first words of `text`, joined by hyphens: at most `maxWords`, stopping at 12 letters. */
export function firstWordsSlug(text: string, maxWords: number): string {
  const parts: string[] = [];
  for (const word of wordsOf(text)) {
    const part = romanized(word);
    if (part === '') continue;
    parts.push(part);
    if (parts.length >= maxWords || parts.join('').length >= 12) break;
  }
  return parts.join('-');
}

/** The id a heading would get alone: its place name (天津:… → tianjin), else its first words (dali-tuijin-5g). */
export function headingSlug(heading: string): string {
  const place = PLACE_AND_COLON.exec(heading.trim())?.[1];
  const slug = place !== undefined ? romanized(place) : firstWordsSlug(heading, 3);
  if (slug === '') return 'section';
  return isValidSectionId(slug) ? slug : `s-${slug}`;
}

/**
 * An id for each heading, unique in the article: a repeated one gets -b, -c, … (not -2: paragraph ids are
 * the section id and a number, tianjin-2). `intro` is taken by the paragraphs before the first heading.
 */
export function sectionIds(headings: readonly string[]): string[] {
  const taken = new Set<string>(['intro']);
  return headings.map((heading) => {
    const slug = headingSlug(heading);
    let id = slug;
    for (let letter = 1; taken.has(id); letter += 1) id = `${slug}-${String.fromCharCode(97 + letter)}`;
    taken.add(id);
    return id;
  });
}
