import { pinyin } from 'pinyin-pro';
import { strings } from '../i18n/wording.ts';

/** Ids safe to paste into a chat: lower-case ASCII letters, digits and hyphens, starting with a letter. */
const SECTION_ID_PATTERN = /^[a-z][a-z0-9-]*$/;

/** Whether `candidate` is a usable section or paragraph id. */
export function isValidSectionId(candidate: string): boolean {
  return SECTION_ID_PATTERN.test(candidate);
}

/** A readable ASCII id for a heading that has no chosen one: pinyin without tones, e.g. 天津：概况 → tian-jin-gai-kuang. */
export function fallbackSectionId(headingText: string): string {
  const romanized = pinyin(headingText, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join(' ');
  const slug = romanized
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .slice(0, 8)
    .join('-');
  if (slug === '') return 'section';
  return /^[a-z]/.test(slug) ? slug : `s-${slug}`;
}

/** The id of the `position`-th (1-based) paragraph of a section, e.g. tianjin-3. */
export function paragraphId(sectionId: string, position: number): string {
  return `${sectionId}-${position}`;
}

/** The section of the paragraphs before an article's first heading: their ids are intro-1, intro-2, … */
export const INTRO_SECTION = { id: 'intro', title: strings.introSection } as const;
