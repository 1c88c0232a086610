import { baseWithSlash } from '../base-path.ts';
import { editions } from '../site.ts';

// Where a page of one edition has its counterpart: the same path, with or without the Traditional
// edition's prefix right after the site's base (/archive/articles/x/ ↔ /archive/zh-hant/articles/x/).

const PREFIX = editions.traditional.pathPrefix;

/** Whether a site path (base included) is a page of the Traditional edition. */
export function isTraditionalPath(path: string, base: string): boolean {
  return path.startsWith(`${baseWithSlash(base)}${PREFIX}`);
}

/** The Traditional counterpart of a Simplified site path (base included); unchanged if it is Traditional already. */
export function traditionalPath(path: string, base: string): string {
  const root = baseWithSlash(base);
  if (isTraditionalPath(path, base) || !path.startsWith(root)) return path;
  return `${root}${PREFIX}${path.slice(root.length)}`;
}

/** The Simplified counterpart of a Traditional site path (base included); unchanged if it is Simplified already. */
export function simplifiedPath(path: string, base: string): string {
  const root = baseWithSlash(base);
  return isTraditionalPath(path, base) ? `${root}${path.slice(root.length + PREFIX.length)}` : path;
}
