import { toTraditional } from '../../editions/traditional.ts';
import { sameCharacterCount, type SearchDocument } from '../shared/document.ts';

// The Traditional edition's search pages read the same index but show each article's text in
// Traditional characters: the build writes a converted copy of every article's search text. The search
// still matches the Simplified original (each block keeps it) and marks what it finds on the same
// characters of the Traditional text, so both editions find exactly the same places.

/**
 * The article's search text in the Traditional edition: every string a reader sees converted (title, date
 * line, source, section titles, blocks), ids, anchors, URL and ISO date unchanged, and each block keeping
 * its Simplified original. Throws, naming the article, when a conversion does not change characters one
 * for one: what is found in the original could then not be marked in the Traditional text.
 */
export function traditionalDocument(
  document: SearchDocument,
  convert: (text: string) => string = toTraditional,
): SearchDocument {
  const converted = (text: string): string => {
    const result = convert(text);
    if (!sameCharacterCount(text, result)) {
      throw new Error(
        `Traditional search text of ${document.url}: converting "${text}" gave "${result}", ` +
          'which does not have one character for each of the original',
      );
    }
    return result;
  };
  return {
    ...document,
    title: converted(document.title),
    dateText: converted(document.dateText),
    source: converted(document.source),
    sections: document.sections.map((section) => ({ ...section, title: converted(section.title) })),
    blocks: document.blocks.map((block) => ({ ...block, text: converted(block.text), original: block.text })),
  };
}
