// The text of the inline script SearchFilters.astro puts right after its <details>: on a phone the
// filters start folded (so the first result's title is above the fold), unless the URL already sets a
// filter or a sort, which the reader then sees open. It must run before the page is first laid out (a
// deferred module would fold the box after it was painted open: a layout shift), so it is inline, and
// astro.config.ts allows it in the Content-Security-Policy by its hash.
import { createHash } from 'node:crypto';
import { SELECTION_PARAMETERS } from '../search/shared/filters.ts';

/** Widths at which the filters start folded: the phone layout of the site (see SiteHeader.astro). */
const FILTERS_FOLDED_MEDIA = '(max-width: 40rem)';

const parameters = JSON.stringify(Object.values(SELECTION_PARAMETERS));

/** Folds the filters (the element before the script) on a phone when the URL sets none of them. */
export const filtersFoldScript =
  `(function(d){try{var p=new URLSearchParams(location.search);` +
  `if(matchMedia(${JSON.stringify(FILTERS_FOLDED_MEDIA)}).matches&&` +
  `!${parameters}.some(function(n){return (p.get(n)||"").trim()!==""}))d.open=false}catch(e){}})` +
  `(document.currentScript.previousElementSibling)`;

/** The CSP source that allows exactly that script. */
export const filtersFoldScriptHash =
  `sha256-${createHash('sha256').update(filtersFoldScript).digest('base64')}` as const;
