import { describe, expect, inject, it } from 'vitest';
import type { CDPSession } from 'playwright-core';
import { openPage } from '../support/browser.ts';
import { readSearchPage } from '../support/search-page.ts';
import {
  bundleUrl,
  NEWEST_PART_ATTRIBUTES,
  parsePartsManifest,
  partFolder,
  PARTS_MANIFEST,
  TEXT_FILE_EXTENSION,
} from '../../src/search/shared/contract.ts';
import { editions } from '../../src/site.ts';

// What a first search waits for. The search page's head starts everything a first answer needs besides the
// query's index chunks and texts: Pagefind's library, the list of parts and the newest part's entry,
// metadata and WebAssembly (src/search/build/first-search-preloads.ts). Pagefind runs on the page's thread
// and takes those responses: each file is fetched once, and no worker script is loaded. So the chain after
// the HTML is: the head's files → the query's index chunks (asked for by Pagefind) → the candidates' texts.

const siteUrl = inject('siteUrl');
const bundlePath = new URL(bundleUrl('/'), siteUrl).pathname;

/** One request as Chromium's DevTools protocol reports it, times in its monotonic seconds. */
interface SeenRequest {
  path: string;
  initiatorType: string;
  /** The script file that started it, when one did. */
  initiatorScript: string;
  sentAt: number;
  finishedAt?: number;
}

/** Records the page's requests to its own origin from now on. */
async function recordRequests(cdp: CDPSession): Promise<Map<string, SeenRequest>> {
  const seen = new Map<string, SeenRequest>();
  cdp.on('Network.requestWillBeSent', ({ requestId, request, initiator, timestamp }) => {
    const url = new URL(request.url);
    if (url.origin !== new URL(siteUrl).origin) return;
    const script = initiator.url ?? initiator.stack?.callFrames[0]?.url ?? '';
    seen.set(requestId, {
      path: decodeURIComponent(`${url.pathname}${url.search}`),
      initiatorType: initiator.type,
      // Only a script file: the parser names the page, a module preload "about:client".
      initiatorScript: /^https?:.*\.m?js$/.test(script) ? new URL(script).pathname : '',
      sentAt: timestamp,
    });
  });
  cdp.on('Network.loadingFinished', ({ requestId, timestamp }) => {
    const request = seen.get(requestId);
    if (request) request.finishedAt = timestamp;
  });
  await cdp.send('Network.enable');
  return seen;
}

const CASES = [
  { edition: 'Simplified', prefix: '', query: '广电', texts: 'text' },
  { edition: 'Traditional', prefix: editions.traditional.pathPrefix, query: '廣電', texts: 'text-hant' },
] as const;

describe('a first search’s requests', () => {
  for (const { edition, prefix, query, texts } of CASES) {
    it(`start from the head, then the index chunks, then the texts (${edition})`, async () => {
      const { context, page } = await openPage(siteUrl);
      const cdp = await context.newCDPSession(page);
      const requests = await recordRequests(cdp);
      await page.goto(`${siteUrl}${prefix}search/?q=${encodeURIComponent(query)}`);
      const shown = await readSearchPage(page);
      expect(shown.results.length, shown.status).toBeGreaterThan(0);

      const manifest = parsePartsManifest(
        await (await page.request.get(new URL(`${bundlePath}${PARTS_MANIFEST}`, siteUrl).href)).json(),
      );
      const newest = manifest.parts[0];
      expect(newest).toBeDefined();
      const newestPath = `${bundlePath}${partFolder(newest?.key ?? '')}`;
      // The page names the newest part in its head, so Pagefind starts on it without waiting for the list.
      const named = await page.evaluate(({ key, fingerprint }) => {
        const link = document.querySelector(`link[${key}]`);
        return { key: link?.getAttribute(key), fingerprint: link?.getAttribute(fingerprint) };
      }, NEWEST_PART_ATTRIBUTES);
      expect(named).toEqual({ key: newest?.key, fingerprint: newest?.fingerprint });
      const all = [...requests.values()];
      const bundleRequests = all.filter((request) => request.path.startsWith(bundlePath));

      // Each file once: Pagefind's own requests were answered by the head's preloads, not sent again.
      const paths = bundleRequests.map((request) => request.path);
      expect(paths.length, paths.join('\n')).toBe(new Set(paths).size);
      expect(paths.some((path) => path.endsWith('pagefind-worker.js'))).toBe(false);

      // The head's files: all of them requested before the page's first module script had even arrived.
      const head = [
        `${bundlePath}pagefind.js`,
        `${bundlePath}${PARTS_MANIFEST}`,
        `${newestPath}pagefind-entry.json?ts=${newest?.fingerprint ?? ''}`,
      ];
      const headRequests = bundleRequests.filter(
        (request) =>
          head.includes(request.path) ||
          (request.path.startsWith(newestPath) &&
            /^(pagefind\.[^/]+\.pf_meta|wasm\.[^/]+\.pagefind)$/.test(request.path.slice(newestPath.length))),
      );
      expect(headRequests, paths.join('\n')).toHaveLength(5);
      for (const path of head) expect(paths, path).toContain(path);
      const moduleScripts = all.filter((request) => /\/_astro\/[^/]+\.js$/.test(request.path));
      expect(moduleScripts.length).toBeGreaterThan(0);
      const firstScriptArrived = Math.min(...moduleScripts.map((request) => request.finishedAt ?? Infinity));
      for (const request of headRequests) {
        expect(request.sentAt, request.path).toBeLessThan(firstScriptArrived);
        // Started by the HTML (the parser, or its module preload), not by a script's fetch.
        expect(request.initiatorScript, request.path).toBe('');
      }

      // After the head: only the query's index chunks (from Pagefind's library), its T→S blocks and the texts.
      const later = bundleRequests.filter((request) => !headRequests.includes(request));
      const kinds = later.map((request) => {
        const inPart = request.path.startsWith(newestPath) ? request.path.slice(newestPath.length) : '';
        if (/^index\/[^/]+\.pf_index$/.test(inPart)) return 'index';
        if (new RegExp(`^${texts}/\\d+\\${TEXT_FILE_EXTENSION}$`).test(inPart)) return 'text';
        if (/^t2s\/[^/]+\.json$/.test(request.path.slice(bundlePath.length))) return 't2s';
        return request.path;
      });
      expect(new Set(kinds)).toEqual(new Set(['index', 'text', 't2s']));
      for (const request of later.filter((_, index) => kinds[index] === 'index')) {
        expect(request.initiatorScript, request.path).toBe(`${bundlePath}pagefind.js`);
      }
      // The texts wait for the candidates, which wait for the index chunks: the chain's last link.
      const chunksDone = Math.max(
        ...later.filter((_, index) => kinds[index] === 'index').map((r) => r.finishedAt ?? 0),
      );
      for (const request of later.filter((_, index) => kinds[index] === 'text')) {
        expect(request.sentAt, request.path).toBeGreaterThanOrEqual(chunksDone);
      }
    });
  }
});
