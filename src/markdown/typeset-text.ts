import type { Element, ElementContent, Root, Text } from 'hast';
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';
import { typesetPunctuation } from '../typography/punctuation.ts';
import { lineBreakPieces } from '../typography/word-breaks.ts';

/** Elements whose text is one run for punctuation: a mark's neighbours may sit in a sibling <strong> or <a>. */
const TEXT_BLOCK = /^(p|h[1-6]|li|dt|dd|td|th|caption|figcaption|blockquote|summary)$/;
/** Text set apart from the prose: never retouched. */
const VERBATIM = /^(code|pre|kbd|samp|script|style|math|svg)$/;
const HEADING = /^h[2-6]$/;

/** The text nodes of a block in reading order, not entering verbatim elements or nested blocks (typeset on their own). */
function textNodesOf(parent: Element, found: Text[] = []): Text[] {
  for (const child of parent.children) {
    if (child.type === 'text') found.push(child);
    else if (child.type === 'element' && !VERBATIM.test(child.tagName) && !TEXT_BLOCK.test(child.tagName)) {
      textNodesOf(child, found);
    }
  }
  return found;
}

/** Shows a block's half-width Chinese punctuation full-width; each text node keeps its length and place. */
function typesetBlock(block: Element, ctx: HastVisitorContext): void {
  const nodes = textNodesOf(block);
  const joined = nodes.map((node) => node.value).join('');
  const typeset = typesetPunctuation(joined);
  if (typeset === joined) return;
  let offset = 0;
  for (const node of nodes) {
    const value = typeset.slice(offset, offset + node.value.length);
    offset += node.value.length;
    if (value !== node.value) ctx.replaceNode(node, { type: 'text', value });
  }
}

/** Lets a heading's own text break only between words (with `word-break: keep-all` in the stylesheet). */
function markWordBreaks(heading: Element, ctx: HastVisitorContext): void {
  for (const child of heading.children) {
    if (child.type !== 'text') continue;
    const typeset = typesetPunctuation(child.value);
    const pieces = lineBreakPieces(typeset);
    if (pieces.length < 2 && typeset === child.value) continue;
    const replacement: ElementContent[] = pieces.flatMap((piece, index): ElementContent[] =>
      index === 0
        ? [{ type: 'text', value: piece }]
        : [
            { type: 'element', tagName: 'wbr', properties: {}, children: [] },
            { type: 'text', value: piece },
          ],
    );
    ctx.replaceNode(child, replacement);
  }
}

function visit(parent: Root | Element, ctx: HastVisitorContext): void {
  for (const child of parent.children) {
    if (child.type !== 'element' || VERBATIM.test(child.tagName)) continue;
    if (HEADING.test(child.tagName)) markWordBreaks(child, ctx);
    else if (TEXT_BLOCK.test(child.tagName)) typesetBlock(child, ctx);
    visit(child, ctx);
  }
}

/**
 * Display typesetting of the article text: the sources' half-width `, ! : ; ? ( )` in Chinese sentences are
 * shown full-width, and headings may break only between words. The Markdown is never changed.
 */
export const typesetText: HastPluginDefinition = {
  name: 'typeset-text',
  before(root, ctx) {
    visit(root, ctx);
  },
};
