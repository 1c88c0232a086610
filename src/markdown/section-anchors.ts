import { fileURLToPath } from 'node:url';
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import type { HastPluginDefinition } from 'satteri';
import { SEARCH_IGNORE_ATTRIBUTE } from '../search/shared/text-marks.ts';
import { fallbackSectionId, INTRO_SECTION, isValidSectionId, paragraphId } from './section-id.ts';
import { selfLinkLabels } from '../i18n/wording.ts';

const HEADING = /^h[2-6]$/;

function selfLink(targetId: string, label: string, className: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    // Empty link text keeps the heading's text (TOC, search sub-results) clean;
    // the visible mark comes from CSS and the accessible name from aria-label.
    properties: { href: `#${targetId}`, className: [className], ariaLabel: label, [SEARCH_IGNORE_ATTRIBUTE]: '' },
    children: [],
  };
}

/**
 * Gives every section heading a stable ASCII id (the one chosen in the content,
 * else pinyin) and a self-link (its first child), and every top-level paragraph an
 * id derived from its section and position and a self-link (just before it).
 * Duplicate ids fail the build, naming the file.
 */
export const sectionAnchors: HastPluginDefinition = {
  name: 'section-anchors',
  before(root, ctx) {
    const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : '(unknown file)';
    const seenIds = new Set<string>();
    const claim = (id: string, what: string): void => {
      if (seenIds.has(id)) {
        throw new Error(`${file}: duplicate ${what} id "${id}": each section id must be unique within an article`);
      }
      seenIds.add(id);
    };
    let sectionId: string = INTRO_SECTION.id;
    let sectionTitle: string = INTRO_SECTION.title;
    let paragraphCount = 0;
    for (const child of root.children) {
      if (child.type !== 'element') continue;
      if (HEADING.test(child.tagName)) {
        const headingText = toString(child).trim();
        const chosenId = child.properties?.['id'];
        if (typeof chosenId === 'string' && chosenId !== '' && !isValidSectionId(chosenId)) {
          throw new Error(
            `${file}: section id "${chosenId}" on heading "${headingText}" must be lower-case ASCII letters, digits and hyphens, starting with a letter`,
          );
        }
        sectionId = typeof chosenId === 'string' && chosenId !== '' ? chosenId : fallbackSectionId(headingText);
        claim(sectionId, 'section');
        ctx.setProperty(child, 'id', sectionId);
        sectionTitle = headingText;
        paragraphCount = 0;
        ctx.prependChild(child, selfLink(sectionId, selfLinkLabels.section(headingText), 'heading-link'));
      } else if (child.tagName === 'p') {
        paragraphCount += 1;
        const id = paragraphId(sectionId, paragraphCount);
        claim(id, 'paragraph');
        ctx.setProperty(child, 'id', id);
        // Just before its paragraph, not inside: any box inside a paragraph keeps Chromium from applying
        // `text-wrap: pretty` (a character alone on the last line) or even justifies the last line.
        ctx.insertBefore(child, selfLink(id, selfLinkLabels.paragraph(sectionTitle, paragraphCount), 'paragraph-link'));
      }
    }
  },
};
