// The site's CSS is one stylesheet every page links by its hashed name (vite.build.cssCodeSplit: false), while
// Astro's incremental build decides whether a page is rendered again from its own route's code only: a style
// changed in a component that only the search page uses gives the stylesheet a new name, and every page copied
// from the cache would still link the old one, which the build no longer writes. So every cached page's key
// also covers every style of the project.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Style blocks of an Astro component (their contents go into the one stylesheet). */
const STYLE_BLOCK = /<style\b[^>]*>[\s\S]*?<\/style>/g;

let digest: string | undefined;

/** A digest of every style of the project (src/ as seen from the project root, where Astro builds): .css files and the <style> blocks of .astro files. */
function stylesDigest(): string {
  const hash = createHash('sha256');
  const files = readdirSync('src', { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.css') || file.endsWith('.astro'))
    .sort();
  for (const file of files) {
    const text = readFileSync(join('src', file), 'utf8');
    const styles = file.endsWith('.css') ? text : (text.match(STYLE_BLOCK) ?? []).join('\n');
    hash.update(`${file}\n${styles}\n`);
  }
  return hash.digest('base64url');
}

/** A page's `cacheKey` that also changes whenever any style of the project does (see above). */
export function withStylesheet(pageKey: string): string {
  digest ??= stylesDigest();
  return `${pageKey}.${digest.slice(0, 16)}`;
}
