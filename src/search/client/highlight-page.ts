// On an article opened from a search result (?highlight=…), marks every occurrence of the
// matched text with the CSS Custom Highlight API and scrolls the first one after the link's
// target (#section or #paragraph) into view. The DOM is left untouched, so text fragments
// (#:~:text=), the heading ids and copy/paste behave as without it. On the Traditional edition's
// pages the text is read in Simplified, as the search reads it, so a needle in either script finds it.
import { base } from 'astro:config/client';
import { bundleUrl, HIGHLIGHT_PARAMETER, MAX_HIGHLIGHTS, t2sVariantsBlockPath } from '../shared/contract.ts';
import { foldForSearch, hasSearchableCharacter, isHan } from '../shared/normalize.ts';
import { parseT2sBlock, t2sBlockName, tableForCharacters, toSimplifiedWith, type T2sTable } from '../shared/t2s.ts';
import { SEARCH_IGNORE_ATTRIBUTE } from '../shared/text-marks.ts';
import { editionOfLanguage } from './edition.ts';
import { findFoldedRanges, textPieces } from './highlight-ranges.ts';

/** Name of the highlight in CSS (::highlight(search-result), in src/components/SearchHighlight.astro). */
const HIGHLIGHT_NAME = 'search-result';

function textNodesOf(root: Element): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest(`script, style, [${SEARCH_IGNORE_ATTRIBUTE}]`)
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

/**
 * The part of the T→S table that reading the needles' characters needs. Folding the whole page would take
 * the table's block of every character on it (75 files for one article); the classes of the needles'
 * characters are a few small files, and match the page where the whole table would (../shared/t2s.ts).
 */
async function tableForNeedles(needles: readonly string[]): Promise<T2sTable> {
  const characters = [...new Set([...needles.join('')].filter(isHan))];
  const names = [...new Set(characters.map(t2sBlockName))];
  const blocks = await Promise.all(
    names.map((name) =>
      fetch(`${bundleUrl(base)}${t2sVariantsBlockPath(name)}`)
        .then(async (response) => (response.ok ? parseT2sBlock(await response.json()) : new Map<string, string>()))
        // Without the table the page is still searched for the needles as they are spelled.
        .catch(() => new Map<string, string>()),
    ),
  );
  return tableForCharacters(new Map(blocks.flatMap((block) => [...block])), characters);
}

async function highlight(): Promise<void> {
  const needles = new URLSearchParams(location.search)
    .getAll(HIGHLIGHT_PARAMETER)
    .map((needle) => foldForSearch(needle.toWellFormed()).trim())
    .filter(hasSearchableCharacter)
    .slice(0, MAX_HIGHLIGHTS);
  const article = document.querySelector('article');
  if (needles.length === 0 || !article || !('highlights' in CSS)) return;
  // A Traditional page and its needles (in either script) are both read in Simplified, as the search reads them.
  const traditional = editionOfLanguage(document.documentElement.lang) === 'traditional';
  const table = traditional ? await tableForNeedles(needles) : undefined;
  const nodes = textNodesOf(article);
  const pieces = textPieces(
    nodes.map((node) => node.data),
    table,
  );
  const sought = table ? needles.map((needle) => toSimplifiedWith(table, needle)) : needles;
  const ranges = findFoldedRanges(pieces, sought).map((found) => {
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

void highlight();
