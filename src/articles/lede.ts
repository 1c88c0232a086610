import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';

const SENTENCE_END = /[。！？!?]/u;

/**
 * The lede shown in lists and meta descriptions: the plain text of the body's first paragraph
 * (Markdown marks, escapes and links resolved to their text), cut at a sentence end near
 * `maxLength` characters.
 */
export function ledeFromBody(markdownBody: string, maxLength = 120): string {
  const firstParagraph = fromMarkdown(markdownBody).children.find((node) => node.type === 'paragraph');
  // Source lines are joined without spaces: Chinese text has none between characters.
  const plain = (firstParagraph ? toString(firstParagraph) : '').replace(/\s+/g, '');
  const characters = Array.from(plain);
  if (characters.length <= maxLength) return plain;
  let cut = -1;
  for (let i = 0; i < maxLength; i += 1) {
    if (SENTENCE_END.test(characters[i] ?? '')) cut = i + 1;
  }
  if (cut >= maxLength / 3) return characters.slice(0, cut).join('');
  return `${characters.slice(0, maxLength - 1).join('')}…`;
}
