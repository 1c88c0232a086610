import { readdir, readFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { metaPolicyOf } from '../../src/integrations/security-headers.ts';
import { parsePolicy } from '../support/site-pages.ts';
import { serveWithNode } from '../../src/server/node-server.ts';

const builds = [
  { name: 'root build', siteUrl: inject('siteUrl'), siteDir: inject('siteDir') },
  { name: 'sub-path build', siteUrl: inject('subpathSiteUrl'), siteDir: inject('subpathSiteDir') },
];

/** A raw response: status, headers and body bytes exactly as sent (no decompression, no redirects followed). */
interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(url: string, acceptEncoding = ''): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () =>
          resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end();
  });
}

/** Paths (relative to the site) of the built files whose names end in `suffix`. */
async function builtFiles(siteDir: string, suffix: string): Promise<string[]> {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
    .map((entry) => relative(siteDir, join(entry.parentPath, entry.name)));
}

describe.each(builds)('served by nginx with the configuration the build wrote ($name)', ({ siteUrl, siteDir }) => {
  it('sends HTML, CSS, JS, JSON and XML compressed (Brotli, else gzip) from the precompressed files', async () => {
    const paths = [
      '',
      (await builtFiles(siteDir, '.css'))[0] ?? '',
      (await builtFiles(siteDir, '.js')).find((path) => path.startsWith('_astro/')) ?? '',
      'search-index/parts/2020/pagefind-entry.json',
      'rss.xml',
      'sitemap-index.xml',
    ];
    expect(paths.every((path, index) => index === 0 || path !== '')).toBe(true);
    for (const path of paths) {
      const brotli = await get(new URL(path, siteUrl).href, 'br, gzip');
      expect(brotli.status, path).toBe(200);
      expect(brotli.headers['content-encoding'], path).toBe('br');
      const file = join(siteDir, path === '' ? 'index.html' : path);
      expect(brotli.body.equals(await readFile(`${file}.br`)), `${path}: the build's .br file`).toBe(true);
      const gzip = await get(new URL(path, siteUrl).href, 'gzip');
      expect(gzip.headers['content-encoding'], path).toBe('gzip');
      const plain = await get(new URL(path, siteUrl).href);
      expect(plain.headers['content-encoding'], path).toBeUndefined();
      expect(plain.body.equals(await readFile(file)), path).toBe(true);
    }
  });

  it('sends text with its type and charset, and Pagefind’s compressed index files as bytes, not compressed again', async () => {
    const expected: [string, RegExp][] = [
      ['', /^text\/html; charset=utf-8$/],
      ['rss.xml', /^(application|text)\/xml; charset=utf-8$/],
      ['search-index/parts/2020/pagefind-entry.json', /^application\/json; charset=utf-8$/],
      ['favicon.svg', /^image\/svg\+xml; charset=utf-8$/],
    ];
    for (const [path, type] of expected) {
      expect((await get(new URL(path, siteUrl).href)).headers['content-type'], path).toMatch(type);
    }
    // Pagefind ships its WebAssembly gzipped as wasm.<language>.pagefind and unpacks it itself; the build
    // has no .wasm file (nginx's mime.types would send one as application/wasm).
    expect(await builtFiles(siteDir, '.wasm')).toEqual([]);
    const [meta] = await builtFiles(join(siteDir, 'search-index', 'parts', '2020'), '.pf_meta');
    for (const path of [`search-index/parts/2020/${meta ?? ''}`, 'search-index/parts/2020/wasm.unknown.pagefind']) {
      const response = await get(new URL(path, siteUrl).href, 'br, gzip');
      expect(response.status, path).toBe(200);
      expect(response.headers['content-type'], path).toBe('application/octet-stream');
      expect(response.headers['content-encoding'], path).toBeUndefined();
      expect(
        response.body.subarray(0, 2).equals(Buffer.from([0x1f, 0x8b])),
        `${path} is gzip as Pagefind wrote it`,
      ).toBe(true);
    }
  });

  it('caches hashed files for a year and has everything else revalidated', async () => {
    const immutable = 'public, max-age=31536000, immutable';
    const hashed = [
      ...(await builtFiles(join(siteDir, '_astro'), '.js')).map((path) => `_astro/${path}`),
      ...(await builtFiles(join(siteDir, '_astro'), '.css')).map((path) => `_astro/${path}`),
      ...(await builtFiles(join(siteDir, 'search-index', 'parts', '2020'), '.pf_meta')).map(
        (path) => `search-index/parts/2020/${path}`,
      ),
      ...(await builtFiles(join(siteDir, 'search-index', 'parts', '2020', 'index'), '.pf_index'))
        .slice(0, 1)
        .map((path) => `search-index/parts/2020/index/${path}`),
    ];
    expect(hashed.length).toBeGreaterThanOrEqual(4);
    for (const path of hashed) {
      expect((await get(new URL(path, siteUrl).href)).headers['cache-control'], path).toBe(immutable);
    }
    for (const path of [
      '',
      'articles/2020-03-03-telecom-resumes-work/',
      'rss.xml',
      'search-index/parts/2020/pagefind-entry.json',
    ]) {
      const response = await get(new URL(path, siteUrl).href);
      expect(response.headers['cache-control'], path).toBe('no-cache');
      expect(response.headers['etag'], path).toBeDefined();
    }
  });

  it('sends the CSP of the pages as a header, allowing every hash a page’s own <meta> policy allows', async () => {
    for (const path of ['', 'articles/2020-03-03-telecom-resumes-work/', 'search/', 'months/']) {
      const response = await get(new URL(path, siteUrl).href);
      const header = parsePolicy(String(response.headers['content-security-policy'] ?? ''));
      const meta = parsePolicy(metaPolicyOf(response.body.toString('utf8')) ?? '');
      expect(meta.size, path).toBeGreaterThan(5);
      for (const [directive, sources] of meta)
        expect(header.get(directive), `${path} ${directive}`).toEqual(expect.arrayContaining(sources));
      expect(header.get('frame-ancestors'), path).toEqual(["'none'"]);
      expect(response.headers['x-content-type-options'], path).toBe('nosniff');
    }
  });

  it('answers a missing page with status 404 and the site’s 404 page, and adds the trailing slash with a redirect', async () => {
    const missing = await get(new URL('no-such-page/', siteUrl).href);
    expect(missing.status).toBe(404);
    expect(missing.body.toString('utf8')).toContain('找不到页面');
    const base = new URL(siteUrl).pathname;
    const bare = await get(new URL('articles/2020-03-03-telecom-resumes-work', siteUrl).href);
    expect(bare.status).toBe(301);
    expect(bare.headers['location']).toBe(`${base}articles/2020-03-03-telecom-resumes-work/`);
    for (const file of ['_nginx.conf', '_headers'])
      expect((await get(new URL(file, siteUrl).href)).status, file).toBe(404);
  });
});

describe('npm start / npm run serve without nginx (the Node server)', () => {
  it('answers as the deployed nginx configuration does: redirects, index pages, 404 pages, no server files', async () => {
    const { siteUrl, siteDir } = builds[0] ?? { siteUrl: '', siteDir: '' };
    const node = await serveWithNode(siteDir);
    try {
      const article = `articles/${encodeURIComponent('2020-03-03-telecom-resumes-work')}`;
      const paths = [
        '',
        article,
        `${article}/`,
        `zh-hant/${article}`,
        `zh-hant/${article}/`,
        'search/?q=5G',
        'missing/',
        'zh-hant/missing/',
        '_nginx.conf',
        '_headers',
        'rss.xml',
        `${article}/citation.ris`,
        '../package.json',
      ];
      for (const path of paths) {
        const [fromNginx, fromNode] = await Promise.all([get(`${siteUrl}${path}`), get(`${node.url}${path}`)]);
        expect(fromNode.status, path).toBe(fromNginx.status);
        expect(fromNode.headers.location, path).toBe(fromNginx.headers.location);
        // A redirect's body (nginx writes a small page) is for no reader: only where it leads counts.
        if (fromNginx.status === 301) continue;
        expect(String(fromNode.headers['content-type']).split(';')[0], path).toBe(
          String(fromNginx.headers['content-type']).split(';')[0],
        );
        expect(fromNode.body.equals(fromNginx.body), path).toBe(true);
      }
      const redirect = await get(`${node.url}${article}`);
      expect(redirect.status).toBe(301);
      expect(redirect.headers.location).toBe(`/${article}/`);
      const missing = await get(`${node.url}zh-hant/missing/`);
      expect(missing.status).toBe(404);
      expect(missing.body.toString()).toContain('lang="zh-Hant"');
    } finally {
      await node.close();
    }
  });
});
