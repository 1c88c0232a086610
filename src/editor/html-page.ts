// The article in a saved HTML page: Mozilla's Readability (Firefox's reader view) finds the article's
// content in a linkedom document, so no site's layout is scraped by hand. This module only turns what it
// finds into the archive's fields and blocks, with the same rules as text input for the date, source and
// column, and the same heading shapes for bold paragraphs that stand for headings.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { looksLikeHeading } from './heading-shape.ts';
import { type ImportedPage, type PageBlock, splitTitleColumn } from './imported-page.ts';
import { foldLine, type ImportRules, type PageMeta } from './import-rules.ts';

/** Elements whose text is one block of the article. */
const BLOCK = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'DIV', 'SECTION', 'TD']);
const HEADING = /^H[1-6]$/;
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u201c\u201d\u2018\u2019]/u;

/** The minimal DOM surface this module reads (linkedom's nodes provide it). */
interface PageNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<PageNode>;
}

/**
 * An element's text as a reader sees it: a run of white space that wraps the HTML source next to a Chinese
 * character or mark disappears (Chinese has no spaces between words), any other run is one space.
 */
export function visibleText(raw: string): string {
  return raw
    .replace(/\s+/g, (space, at: number, whole: string) => {
      const [before, after] = [whole[at - 1] ?? '', whole[at + space.length] ?? ''];
      const joinsChinese = /[\n\r]/.test(space) && (CJK.test(before) || CJK.test(after));
      return joinsChinese ? '' : ' ';
    })
    .trim();
}

/** Whether an element holds a block element at any depth (then its text is read through its descendants). */
function hasBlockDescendant(node: PageNode): boolean {
  return Array.from(node.childNodes).some(
    (child) => child.nodeType === 1 && (BLOCK.has(child.nodeName) || hasBlockDescendant(child)),
  );
}

/** Whether all of a paragraph's text is bold (`<p><strong>天津:…</strong></p>`): how many sites mark a heading. */
function isAllBold(node: PageNode): boolean {
  const children = Array.from(node.childNodes).filter(
    (child) => !(child.nodeType === 3 && (child.textContent ?? '').trim() === ''),
  );
  return children.length === 1 && children[0] !== undefined && ['STRONG', 'B'].includes(children[0].nodeName);
}

/** The blocks of the article content, in document order. */
function blocksOf(node: PageNode, into: { node: PageNode; text: string }[]): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType !== 1) continue;
    if (BLOCK.has(child.nodeName) && !hasBlockDescendant(child)) {
      const text = visibleText(child.textContent ?? '');
      if (text !== '') into.push({ node: child, text });
    } else {
      blocksOf(child, into);
    }
  }
}

/** The date and source from the first short texts of the page that match the rules' line shapes. */
function metaOfPage(document: PageNode, rules: ImportRules): PageMeta {
  const meta: PageMeta = {};
  const visit = (node: PageNode): void => {
    if (meta.date !== undefined && meta.source !== undefined) return;
    if (node.nodeType !== 1 || ['SCRIPT', 'STYLE', 'TITLE', 'HEAD'].includes(node.nodeName)) return;
    const text = visibleText(node.textContent ?? '');
    if (text.length > 0 && text.length <= 80) {
      const found = rules.metaOf(text);
      if (found) {
        meta.date ??= found.date;
        meta.source ??= found.source;
        return;
      }
    }
    for (const child of Array.from(node.childNodes)) visit(child);
  };
  visit(document);
  return meta;
}

/** The article of a saved HTML page, as far as Readability and the rules find it. */
export function readHtmlPage(html: string, rules: ImportRules): ImportedPage {
  const { document } = parseHTML(html);
  const headings = Array.from(document.querySelectorAll('h1')).map((h1) => visibleText(h1.textContent));
  const meta = metaOfPage(document.body as unknown as PageNode, rules);
  // Readability takes the page apart, so the page's own title and meta lines are read first.
  const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  const pageTitle = headings.length === 1 ? headings[0] : (article?.title ?? undefined);
  const { title, column } = pageTitle
    ? splitTitleColumn(pageTitle, rules.titleColumnSeparators)
    : { title: undefined, column: undefined };
  const found: { node: PageNode; text: string }[] = [];
  if (article?.content)
    blocksOf(
      parseHTML(`<!DOCTYPE html><html><body>${article.content}</body></html>`).document.body as unknown as PageNode,
      found,
    );
  const kept = found.filter(
    ({ text }) =>
      !rules.isChrome(text) && rules.metaOf(text) === undefined && foldLine(text) !== foldLine(pageTitle ?? ''),
  );
  const blocks: PageBlock[] = kept.map(({ node, text }, at) => {
    const marked = HEADING.test(node.nodeName) || (node.nodeName === 'P' && isAllBold(node));
    const isHeading = marked && looksLikeHeading(text, at === kept.length - 1);
    return { kind: isHeading ? 'heading' : 'paragraph', text };
  });
  return {
    title,
    column,
    date: meta.date ?? article?.publishedTime?.slice(0, 10),
    source: meta.source,
    blocks,
    unrecognised: [],
  };
}
