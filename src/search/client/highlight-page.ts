// On an article opened from a search result (?highlight=…), marks every occurrence of the
// matched text with the CSS Custom Highlight API and scrolls the first one after the link's
// target (#section or #paragraph) into view. The DOM is left untouched, so text fragments
// (#:~:text=), the heading ids and copy/paste behave as without it.
import { HIGHLIGHT_PARAMETER, MAX_HIGHLIGHTS } from '../shared/contract.ts';
import { foldForSearch, foldWithOrigins, hasSearchableCharacter } from '../shared/normalize.ts';
import { findFoldedRanges, type TextPiece } from './highlight-ranges.ts';

/** Name of the highlight in CSS (::highlight(search-result), in src/components/SearchHighlight.astro). */
const HIGHLIGHT_NAME = 'search-result';

function textNodesOf(root: Element): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('script, style, [data-pagefind-ignore]')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node instanceof Text) nodes.push(node);
  return nodes;
}

function scrollToFirst(ranges: Range[]): void {
  const hash = decodeURIComponent(location.hash.slice(1));
  const target = hash === '' ? null : document.getElementById(hash);
  const first =
    ranges.find((range) => {
      if (!target) return true;
      const node = range.startContainer;
      return target.contains(node) || Boolean(target.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING);
    }) ?? ranges[0];
  if (!first) return;
  const top = first.getBoundingClientRect().top + window.scrollY - window.innerHeight / 3;
  window.scrollTo({ top: Math.max(0, top), behavior: 'instant' });
}

function highlight(): void {
  const needles = new URLSearchParams(location.search)
    .getAll(HIGHLIGHT_PARAMETER)
    .map((needle) => foldForSearch(needle.toWellFormed()).trim())
    .filter(hasSearchableCharacter)
    .slice(0, MAX_HIGHLIGHTS);
  const article = document.querySelector('article');
  if (needles.length === 0 || !article || !('highlights' in CSS)) return;
  const nodes = textNodesOf(article);
  const pieces: TextPiece[] = nodes.map((node) => ({ folded: foldWithOrigins(node.data) }));
  const ranges = findFoldedRanges(pieces, needles).map((found) => {
    const range = new Range();
    range.setStart(nodes[found.startPiece] ?? article, found.startOffset);
    range.setEnd(nodes[found.endPiece] ?? article, found.endOffset);
    return range;
  });
  if (ranges.length === 0) return;
  CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(...ranges));
  // Let the browser finish its own scroll to the #fragment first, then bring the match into view.
  const scroll = (): void => {
    requestAnimationFrame(() => scrollToFirst(ranges));
  };
  if (document.readyState === 'complete') scroll();
  else window.addEventListener('load', scroll, { once: true });
}

highlight();
