import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTENT_TYPES, fileAt } from '../support/static-server.ts';

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

/** Pagefind's own files (index chunks, fragments, wasm) are gzip-compressed already; hosts send them as they are. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt']);
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
      if (COMPRESSIBLE.has(extension) && acceptsGzip) {
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
