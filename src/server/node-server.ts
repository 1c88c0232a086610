import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { baseWithSlash } from '../base-path.ts';
import { editions } from '../site.ts';
import { CITATION_FILES } from '../articles/citation.ts';
import type { ServedSite } from './nginx.ts';

// The built site served by Node where nginx is not installed, answering as the deployed nginx
// configuration (src/integrations/nginx-config.ts) does where a reader can tell: a folder without its
// slash is redirected to it (/articles/x → /articles/x/), a folder serves its index.html, a missing page
// answers 404 with the edition's own 404 page, the build's server files are not served. Headers beyond
// the content type are left to the pages' own <meta> CSP; compression is left out.

/** Content types by extension (nginx's mime.types and the site's configuration for the rest). */
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.mjs': 'application/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.xml': 'text/xml; charset=utf-8',
  '.xsl': 'application/xslt+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ris': CITATION_FILES.ris.contentType,
  '.bib': CITATION_FILES.bibtex.contentType,
};

/** Files of the build that are for the server, not for readers. */
const SERVER_FILES = new Set(['_nginx.conf', '_headers']);

async function kindOf(path: string): Promise<'file' | 'folder' | undefined> {
  try {
    const found = await stat(path);
    return found.isDirectory() ? 'folder' : found.isFile() ? 'file' : undefined;
  } catch {
    return undefined;
  }
}

/** Serves the built site in `siteDir` with Node on `port` (a free one if 0), under `basePath`. */
export async function serveWithNode(siteDir: string, { basePath = '/', port = 0 } = {}): Promise<ServedSite> {
  const root = resolve(siteDir);
  const base = baseWithSlash(basePath);
  const server = createServer((incoming, outgoing) => {
    void (async () => {
      const url = new URL(incoming.url ?? '/', 'http://localhost');
      const notFound = async (): Promise<void> => {
        const traditional = url.pathname.startsWith(`${base}${editions.traditional.pathPrefix}`);
        const page = join(root, traditional ? editions.traditional.pathPrefix : '', '404.html');
        outgoing.writeHead(404, { 'content-type': TYPES['.html'] ?? 'text/html' });
        if ((await kindOf(page)) === 'file') createReadStream(page).pipe(outgoing);
        else outgoing.end('404');
      };
      let relative: string;
      try {
        relative = decodeURIComponent(url.pathname.startsWith(base) ? url.pathname.slice(base.length) : '\0');
      } catch {
        await notFound();
        return;
      }
      const path = resolve(root, relative);
      if (relative.includes('\0') || (path !== root && !path.startsWith(root + sep)) || SERVER_FILES.has(relative)) {
        await notFound();
        return;
      }
      const kind = await kindOf(path);
      if (kind === 'folder' && !url.pathname.endsWith('/')) {
        outgoing.writeHead(301, { location: `${url.pathname}/${url.search}` });
        outgoing.end();
        return;
      }
      const file = kind === 'folder' ? join(path, 'index.html') : path;
      if ((await kindOf(file)) !== 'file') {
        await notFound();
        return;
      }
      outgoing.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(outgoing);
    })();
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const address = server.address();
  const listening = typeof address === 'object' && address !== null ? address.port : port;
  return {
    url: `http://127.0.0.1:${listening}${base}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
