import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { isCompressible } from '../../src/integrations/precompress.ts';

/** One response the server sent. */
export interface ServedResponse {
  path: string;
  contentType: string;
  /** Body bytes on the wire (after gzip when the type is compressible and the browser accepts it). */
  bytes: number;
}

/** A static server for a built site that counts every byte it sends, as a CDN with gzip would send it. */
export interface CountingServer {
  /** Root URL of the site, ending in "/". */
  url: string;
  /** URL of an empty same-origin page (`<html lang="zh-CN">`) to run stock Pagefind from. */
  blankPageUrl: string;
  /** Responses since the last reset, in order. */
  responses(): ServedResponse[];
  reset(): void;
  /** Resolves once no request has been in flight for `quietMs` (or after `timeoutMs`). */
  waitForIdle(quietMs?: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

// A Node server rather than nginx: the benchmark counts every byte sent, by file, which nginx cannot report.

/** Content types by file extension, as a static host sends them (Pagefind's files as bytes). */
const CONTENT_TYPES: Record<string, string> = {
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

/** The file a static host serves for `path`: the file itself, or a folder's index.html. */
async function fileAt(path: string): Promise<string | undefined> {
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

const BLANK_PAGE_PATH = '/__bench/blank/';
const BLANK_PAGE =
  '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>stock Pagefind</title></head><body></body></html>';

/** Serves `root` on a free loopback port, gzip-compressing text like a static host does, and counts what it sends. */
export async function startCountingServer(root: string): Promise<CountingServer> {
  let served: ServedResponse[] = [];
  let inFlight = 0;
  let lastActivity = performance.now();
  const gzipCache = new Map<string, Buffer>();
  const server: Server = createServer((request, response) => {
    inFlight += 1;
    lastActivity = performance.now();
    const finish = (path: string, contentType: string, body: Buffer, status = 200, encoding?: string): void => {
      response.writeHead(status, {
        'content-type': contentType,
        'content-length': String(body.length),
        ...(encoding ? { 'content-encoding': encoding } : {}),
      });
      response.end(body);
      served.push({ path, contentType, bytes: body.length });
      inFlight -= 1;
      lastActivity = performance.now();
    };
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      if (pathname === BLANK_PAGE_PATH) {
        finish(pathname, 'text/html; charset=utf-8', Buffer.from(BLANK_PAGE));
        return;
      }
      const relative = normalize(pathname.slice(1));
      const file = relative.split(sep).includes('..') ? undefined : await fileAt(join(root, relative));
      if (!file) {
        finish(pathname, 'text/plain', Buffer.from('Not found'), 404);
        return;
      }
      const extension = extname(file);
      const contentType = CONTENT_TYPES[extension] ?? 'application/octet-stream';
      const body = await readFile(file);
      const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
      if (isCompressible(file) && acceptsGzip) {
        const compressed = gzipCache.get(file) ?? gzipSync(body);
        gzipCache.set(file, compressed);
        finish(pathname, contentType, compressed, 200, 'gzip');
      } else {
        finish(pathname, contentType, body);
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('counting server has no port');
  const url = `http://127.0.0.1:${address.port}/`;
  return {
    url,
    blankPageUrl: `${url}${BLANK_PAGE_PATH.slice(1)}`,
    responses: () => [...served],
    reset: () => {
      served = [];
    },
    waitForIdle: async (quietMs = 500, timeoutMs = 15_000) => {
      const started = performance.now();
      while (performance.now() - started < timeoutMs) {
        if (inFlight === 0 && performance.now() - lastActivity >= quietMs) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
