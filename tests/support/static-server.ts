import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

/** Content types by file extension, as a static host sends them (Pagefind's files as bytes). */
export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

/** A running static server and the URL of the site's root (base path included). */
export interface StaticSite {
  url: string;
  close(): Promise<void>;
}

/** The file a static host serves for `path`: the file itself, or a folder's index.html. */
export async function fileAt(path: string): Promise<string | undefined> {
  try {
    const info = await stat(path);
    if (info.isFile()) return path;
    if (info.isDirectory()) {
      const index = join(path, 'index.html');
      return (await stat(index).catch(() => undefined))?.isFile() ? index : undefined;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/** Serves a built `dist/` over HTTP on a free loopback port, as a static host would (404.html for misses). */
export async function serveStatic(root: string, basePath = '/'): Promise<StaticSite> {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const server: Server = createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      let file: string | undefined;
      if (pathname.startsWith(base)) {
        const relative = normalize(pathname.slice(base.length));
        if (!relative.split(sep).includes('..')) file = await fileAt(join(root, relative));
      }
      if (!file) {
        response.writeHead(404, { 'content-type': CONTENT_TYPES['.html'] ?? 'text/html' });
        createReadStream(join(root, '404.html'))
          .on('error', () => response.end('Not found'))
          .pipe(response);
        return;
      }
      response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(response);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('static server has no port');
  return {
    url: `http://127.0.0.1:${address.port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
