import { decodeHTML } from 'entities';
import { ELEMENT_NODE, parse, TEXT_NODE, type ElementNode, type TextNode } from 'ultrahtml';
import { INTRO_SECTION } from '../../markdown/section-id.ts';
import { SEARCH_BODY_ATTRIBUTE, SEARCH_IGNORE_ATTRIBUTE } from '../shared/text-marks.ts';
import { HEADER_SECTION, type SearchBlock, type SearchDocument, type SearchSection } from '../shared/document.ts';

// Reads a built article page back into a SearchDocument. The markup is this site's own
// (src/pages/articles/[id].astro and src/markdown/section-anchors.ts): the page body is the
// element marked SEARCH_BODY_ATTRIBUTE, less what is marked SEARCH_IGNORE_ATTRIBUTE (navigation,
// self-links, editor's notes; see ../shared/text-marks.ts).

type Node = ElementNode | TextNode | { type: number };

function isElement(node: Node): node is ElementNode {
  return node.type === ELEMENT_NODE;
}

function isText(node: Node): node is TextNode {
  return node.type === TEXT_NODE;
}

function isIgnored(element: ElementNode): boolean {
  return SEARCH_IGNORE_ATTRIBUTE in element.attributes || /^(script|style|template|noscript)$/.test(element.name);
}

/** Visible text of a node, whitespace runs collapsed to one space. */
function textOf(node: Node): string {
  const collect = (current: Node): string => {
    if (isText(current)) return decodeHTML(current.value);
    if (isElement(current) && !isIgnored(current))
      return current.children.map((child) => collect(child as Node)).join('');
    return '';
  };
  return collect(node).replace(/\s+/g, ' ').trim();
}

function classesOf(element: ElementNode): string[] {
  return (element.attributes['class'] ?? '').split(/\s+/);
}

function find(root: Node, test: (element: ElementNode) => boolean): ElementNode | undefined {
  if (!isElement(root) && !('children' in root)) return undefined;
  if (isElement(root) && test(root)) return root;
  const children = (root as { children?: Node[] }).children ?? [];
  for (const child of children) {
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
}

/** The search document of an article page at `url`; undefined for pages without a marked article body. */
export function extractSearchDocument(html: string, url: string): SearchDocument | undefined {
  const root = parse(html) as Node;
  const body = find(root, (element) => SEARCH_BODY_ATTRIBUTE in element.attributes);
  if (!body) return undefined;
  const heading = find(body, (element) => element.name === 'h1');
  const meta = find(body, (element) => classesOf(element).includes('article-meta'));
  const time = meta ? find(meta, (element) => element.name === 'time') : undefined;
  const articleBody = find(body, (element) => classesOf(element).includes('article-body'));
  const title = heading ? textOf(heading) : '';
  const metaLine = meta ? textOf(meta) : '';
  const sections: SearchSection[] = [];
  const blocks: SearchBlock[] = [];
  if (title !== '') blocks.push({ section: HEADER_SECTION, anchor: '', text: title });
  if (metaLine !== '') blocks.push({ section: HEADER_SECTION, anchor: '', text: metaLine });
  for (const child of (articleBody?.children ?? []) as Node[]) {
    const text = textOf(child);
    if (text === '' || (isElement(child) && isIgnored(child))) continue;
    const id = isElement(child) ? (child.attributes['id'] ?? '') : '';
    if (isElement(child) && /^h[2-6]$/.test(child.name) && id !== '') {
      sections.push({ id, title: text });
      blocks.push({ section: sections.length - 1, anchor: id, text });
      continue;
    }
    if (sections.length === 0) sections.push({ ...INTRO_SECTION });
    const section = sections.length - 1;
    const previous = blocks.at(-1);
    const anchor =
      id !== '' ? id : previous && previous.section === section ? previous.anchor : (sections[section]?.id ?? '');
    blocks.push({ section, anchor, text });
  }
  const source = /来源[:：]\s*([^·]+)/.exec(metaLine)?.[1]?.trim() ?? '';
  return {
    url,
    title,
    date: time?.attributes['datetime'] ?? '',
    dateText: time ? textOf(time) : '',
    source,
    sections,
    blocks,
  };
}
