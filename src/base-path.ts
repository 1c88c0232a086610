// The site's base path (Astro's `base`, BASE_PATH at build time) may be written with or without a trailing
// slash ("/archive" or "/archive/"); every path under it is made from its one normal form here. Plain
// functions of their arguments: the build, the command-line tools and the browser's scripts all use them.

/** `base` with exactly one trailing slash: the path of the site's home page, e.g. /archive/. */
export function baseWithSlash(base: string): string {
  return base.replace(/\/?$/, '/');
}

/** A site-internal `path` (with or without its leading slash) under `base`, e.g. /archive/articles/x/. */
export function pathUnderBase(path: string, base: string): string {
  return `${baseWithSlash(base)}${path.startsWith('/') ? path.slice(1) : path}`;
}
