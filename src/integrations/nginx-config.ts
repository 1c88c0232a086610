// The nginx configuration of a built site, written by the build next to the pages (see
// security-headers.ts), so its headers never drift from them. It is the inside of a server
// block: the operator's own block says where to listen and where the files are.

import { baseWithSlash } from '../base-path.ts';
import { editions } from '../site.ts';

/** Name of the file, at the root of the build output. */
export const NGINX_CONF = '_nginx.conf';

/** Cache-Control for files whose names change with their content: keep them a year, never ask again. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Cache-Control for everything else (pages, feed, sitemap, the search index's entry files): ask each time (ETag). */
const REVALIDATE = 'no-cache';

/** A location block that sends `headers` and `cacheControl`, after any other `directives` of its own. */
function locationWithHeaders(
  match: string,
  headers: readonly [string, string][],
  cacheControl: string,
  directives: readonly string[] = [],
): string[] {
  return [
    `location ${match} {`,
    ...directives.map((directive) => `    ${directive}`),
    ...headers.map(([name, value]) => `    add_header ${name} "${value.replace(/["\\]/g, '\\$&')}" always;`),
    `    add_header Cache-Control "${cacheControl}" always;`,
    '}',
  ];
}

/**
 * The configuration for a site built under `base`: security headers on pages and other unhashed files, caching by
 * file kind, the precompressed .br/.gz files of the build, the 404 page, and no access to the build's
 * own configuration files. Needs ngx_http_gzip_static_module and ngx_http_brotli_static_module
 * (Debian: nginx and libnginx-mod-http-brotli-static).
 */
export function nginxConfText(headers: readonly [string, string][], base = '/'): string {
  const root = baseWithSlash(base);
  const escapedRoot = root.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const traditionalPrefix = editions.traditional.pathPrefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Scripts, styles and index files are no documents: of the security headers they need only nosniff
  // (a CSP there would cost a kilobyte per response, 304s included, and protect nothing).
  const fileHeaders = headers.filter(([name]) => name.toLowerCase() === 'x-content-type-options');
  const lines = [
    '# Written by `astro build` (src/integrations/nginx-config.ts). Include it inside a server block',
    '# whose root is the build folder, e.g.  root /srv/archive/dist;  include /srv/archive/dist/_nginx.conf;',
    '# (for a BASE_PATH build, the root is the folder that holds the base path, e.g. /srv/www for /archive/).',
    'charset utf-8;',
    'charset_types text/css text/plain text/xml application/javascript application/json application/xml application/rss+xml image/svg+xml;',
    // Redirects (/articles/x → /articles/x/) keep the host and port the reader used.
    'absolute_redirect off;',
    'gzip_static on;',
    'brotli_static on;',
    `error_page 404 ${root}404.html;`,
    // The build's own server configuration is not for readers.
    `location = ${root}${NGINX_CONF} {`,
    '    return 404;',
    '}',
    `location = ${root}_headers {`,
    '    return 404;',
    '}',
    ...locationWithHeaders(root, headers, REVALIDATE),
    // The Traditional edition's pages answer a missing page with its own 404 page.
    ...locationWithHeaders(`${root}${editions.traditional.pathPrefix}`, headers, REVALIDATE, [
      `error_page 404 ${root}${editions.traditional.pathPrefix}404.html;`,
    ]),
    // Astro's hashed scripts and styles, and Pagefind's hashed metadata, index chunks and fragments
    // (in each part of the search index).
    ...locationWithHeaders(`^~ ${root}_astro/`, fileHeaders, IMMUTABLE),
    ...locationWithHeaders(`~ ^${escapedRoot}search-index/parts/[^/]+/(index|fragment)/`, fileHeaders, IMMUTABLE),
    ...locationWithHeaders(`~ ^${escapedRoot}search-index/parts/[^/]+/[^/]+\\.pf_meta$`, fileHeaders, IMMUTABLE),
    // The search index's other files (parts list, entries, scripts, WebAssembly, texts, T→S blocks) keep their names
    // from build to build: revalidated, and as files, not documents, without the page headers.
    ...locationWithHeaders(`~ ^${escapedRoot}search-index/`, fileHeaders, REVALIDATE),
    // The XSLT stylesheets of the feed and the sitemap (public/*.xsl): Debian's mime.types has no type
    // for .xsl, and a browser should not be left to guess one past nosniff.
    ...locationWithHeaders(`~ ^${escapedRoot}[^/]+\\.xsl$`, fileHeaders, REVALIDATE, [
      'types { application/xslt+xml xsl; }',
    ]),
    // An article's citation files (src/pages/articles/[id]/citation.*.ts): no type in Debian's mime.types either.
    // With theirs, reference managers' browser extensions import them on a click; UTF-8 keeps the Chinese intact.
    ...locationWithHeaders(
      `~ ^${escapedRoot}(${traditionalPrefix})?articles/.+/citation\\.(ris|bib)$`,
      fileHeaders,
      REVALIDATE,
      [
        'types { application/x-research-info-systems ris; application/x-bibtex bib; }',
        'charset_types application/x-research-info-systems application/x-bibtex;',
      ],
    ),
  ];
  return `${lines.join('\n')}\n`;
}
