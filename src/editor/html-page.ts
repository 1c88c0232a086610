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

/** A block element's text split at its line breaks (`<br>`), as older pages separate paragraphs. */
function linesOf(node: PageNode): string[] {
  const lines = [''];
  const visit = (current: PageNode): void => {
    for (const child of Array.from(current.childNodes)) {
      if (child.nodeType === 3) lines[lines.length - 1] += child.textContent ?? '';
      else if (child.nodeName === 'BR') lines.push('');
      else if (child.nodeType === 1) visit(child);
    }
  };
  visit(node);
  return lines.map(visibleText).filter((line) => line !== '');
}

/** A block of the article content: its element, its text, and whether it is one of several `<br>` lines. */
interface FoundBlock {
  readonly node: PageNode;
  readonly text: string;
  readonly isLine: boolean;
}

/** The blocks of the article content, in document order. */
function blocksOf(node: PageNode, into: FoundBlock[]): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType !== 1) continue;
    if (BLOCK.has(child.nodeName) && !hasBlockDescendant(child)) {
      const lines = linesOf(child);
      for (const text of lines) into.push({ node: child, text, isLine: lines.length > 1 });
    } else {
      blocksOf(child, into);
    }
  }
}

/**
 * The article's headline: the page's one `<h1>`, else the longest element text that the page's `<title>`
 * starts with (the title then adds the site's name), else undefined.
 */
function headlineOf(document: { querySelectorAll: (selector: string) => ArrayLike<PageNode> }): string | undefined {
  const h1s = Array.from(document.querySelectorAll('h1'));
  if (h1s.length === 1) return visibleText(h1s[0]?.textContent ?? '');
  const pageTitle = foldLine(Array.from(document.querySelectorAll('title'))[0]?.textContent ?? '');
  let best: string | undefined;
  for (const element of Array.from(document.querySelectorAll('body *'))) {
    const text = visibleText(element.textContent ?? '');
    if (text.length >= 4 && pageTitle.startsWith(foldLine(text)) && text.length > (best?.length ?? 0)) best = text;
  }
  return best;
}

/** The date and source from the first short texts of the page that match the rules' line shapes. */
function metaOfPage(document: PageNode, rules: ImportRules): PageMeta {
  const meta: PageMeta = {};
  const visit = (node: PageNode): void => {
    if (meta.date !== undefined && meta.source !== undefined) return;
    if (node.nodeType !== 1 || ['SCRIPT', 'STYLE', 'TITLE', 'HEAD'].includes(node.nodeName)) return;
    const text = visibleText(node.textContent ?? '');
    if (text.length > 0 && text.length <= 80) {
      const found = rules.metaOf(text, true);
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
  const headline = headlineOf(document as unknown as Parameters<typeof headlineOf>[0]);
  const meta = metaOfPage(document.body as unknown as PageNode, rules);
  // Readability takes the page apart, so the page's own title and meta lines are read first.
  const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  const pageTitle = headline ?? article?.title ?? undefined;
  const { title, column } = pageTitle
    ? splitTitleColumn(pageTitle, rules.titleColumnSeparators)
    : { title: undefined, column: undefined };
  const found: FoundBlock[] = [];
  if (article?.content)
    blocksOf(
      parseHTML(`<!DOCTYPE html><html><body>${article.content}</body></html>`).document.body as unknown as PageNode,
      found,
    );
  const kept = found.filter(
    ({ text }) =>
      !rules.isChrome(text) && rules.metaOf(text, true) === undefined && foldLine(text) !== foldLine(pageTitle ?? ''),
  );
  const blocks: PageBlock[] = kept.map(({ node, text, isLine }, at) => {
    // h1–h6 are headings; a paragraph all in bold, or a <br> line, is one when also shaped like one.
    const isMarkedUp = !isLine && HEADING.test(node.nodeName);
    const mayBe = isLine || (node.nodeName === 'P' && isAllBold(node));
    const isHeading = isMarkedUp || (mayBe && looksLikeHeading(text, at === kept.length - 1));
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
