import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';

const SENTENCE_END = /[。！？!?]/u;
/** Blank-line cuts tried before the whole body is parsed. */
const PREFIXES_TRIED = 8;

/** The plain text of the first top-level paragraph of `markdown`, if it has one. */
function paragraphIn(markdown: string): string | undefined {
  const paragraph = fromMarkdown(markdown).children.find((node) => node.type === 'paragraph');
  return paragraph ? toString(paragraph) : undefined;
}

/**
 * The first paragraph's text, parsed from the shortest part of the body cut at a blank line that holds one:
 * a paragraph ends at a blank line, and parsing a whole article cost as much as rendering it. A paragraph that
 * may hold a link whose definition comes later (a `[`) is read from the whole body.
 */
function firstParagraphText(markdownBody: string): string {
  let end = markdownBody.indexOf('\n\n');
  for (let tried = 0; end !== -1 && tried < PREFIXES_TRIED; tried += 1) {
    const found = paragraphIn(markdownBody.slice(0, end));
    if (found !== undefined) {
      if (!markdownBody.slice(0, end).includes('[')) return found;
      break;
    }
    end = markdownBody.indexOf('\n\n', end + 2);
  }
  return paragraphIn(markdownBody) ?? '';
}

/**
 * The lede shown in lists and meta descriptions: the plain text of the body's first paragraph
 * (Markdown marks, escapes and links resolved to their text), cut at a sentence end near
 * `maxLength` characters.
 */
export function ledeFromBody(markdownBody: string, maxLength = 120): string {
  // Source lines are joined without spaces: Chinese text has none between characters.
  const plain = firstParagraphText(markdownBody).replace(/\s+/g, '');
  const characters = Array.from(plain);
  if (characters.length <= maxLength) return plain;
  let cut = -1;
  for (let i = 0; i < maxLength; i += 1) {
    if (SENTENCE_END.test(characters[i] ?? '')) cut = i + 1;
  }
  if (cut >= maxLength / 3) return characters.slice(0, cut).join('');
  return `${characters.slice(0, maxLength - 1).join('')}…`;
}
