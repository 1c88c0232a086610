// Where the reader is on a page: the section or paragraph at the top of the window. The 简/繁 switch
// carries it to the other edition (same ids there), so the reader lands where they were reading, whether
// they scrolled there by hand or followed a link to another section first.

/** How long the window must rest before its top counts as the place being read (scrolling past does not). */
export const READING_PAUSE_MS = 800;

/** Elements that mark a place: headings and paragraphs with an id (the build gives every one of an article one). */
const PLACES = ':is(h2, h3, h4, h5, h6, p, li, blockquote, figure, table)[id]';

/**
 * The id of the heading or paragraph at the top of the window (below a sticky header), or undefined
 * when the reader is still above the first one (the top of the page needs no fragment).
 */
export function placeAtTop(root: ParentNode = document): string | undefined {
  const scope = root.querySelector('main');
  if (!scope) return undefined;
  const header = document.querySelector('.site-header');
  const headerBottom =
    header && getComputedStyle(header).position !== 'static' ? header.getBoundingClientRect().bottom : 0;
  const top = Math.max(0, headerBottom);
  for (const element of scope.querySelectorAll<HTMLElement>(PLACES)) {
    // The contents beside the text (and any navigation) are not where the reader reads.
    if (element.closest('aside, nav')) continue;
    const box = element.getBoundingClientRect();
    if (box.height === 0 || box.bottom <= top + 1) continue;
    // The first place still in view: the reader is at it if it reaches the upper third of the window.
    return box.top <= top + (window.innerHeight - top) / 3 ? element.id : undefined;
  }
  return undefined;
}

/** Whether the element the URL's fragment names is in the window (the reader is still where the link led). */
export function fragmentInView(): boolean {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id === '' ? null : document.getElementById(id);
  if (!target) return false;
  const box = target.getBoundingClientRect();
  return box.bottom > 0 && box.top < window.innerHeight;
}
