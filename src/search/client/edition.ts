// Which edition a page belongs to, and where its links lead. The Traditional edition's pages are converted
// copies of the Simplified ones that share their scripts; only `<html lang>` and the path tell them apart.
import { baseWithSlash } from '../../base-path.ts';
import { editions } from '../../site.ts';
import type { SearchEdition } from '../shared/contract.ts';

/** The edition whose pages declare `lang` (a page's `<html lang>`); the Simplified original for any other. */
export function editionOfLanguage(lang: string): SearchEdition {
  return lang.toLowerCase() === editions.traditional.lang.toLowerCase() ? 'traditional' : 'simplified';
}

/** A site path (under `base`, as the search texts store it) in `edition`: /archive/articles/x/ → /archive/zh-hant/articles/x/. */
export function pathInEdition(path: string, base: string, edition: SearchEdition): string {
  const root = baseWithSlash(base);
  const prefix = editions[edition].pathPrefix;
  if (prefix === '' || !path.startsWith(root) || path.startsWith(`${root}${prefix}`)) return path;
  return `${root}${prefix}${path.slice(root.length)}`;
}
