import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Disposable, Page } from 'playwright-core';
import { contentSecurityPolicy, metaPolicyOf, securityHeaders } from '../../src/integrations/security-headers.ts';
import { openPage, sharedPage } from '../support/browser.ts';
import { headersForAllPaths } from '../support/headers-file.ts';
import { waitForQuiet, waitForSearchResults } from '../support/quality-search.ts';
import { builtPages, isHashSource, parsePolicy, sourceArticleIds, type BuiltPage } from '../support/site-pages.ts';

const siteUrl = inject('siteUrl');
const builds = [
  { name: 'root build', siteDir: inject('siteDir') },
  { name: 'sub-path build', siteDir: inject('subpathSiteDir') },
];

/** sha256 CSP sources of the inline executable scripts and the inline styles of an HTML page. */
function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const hash = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
  const scripts = [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes = '']) => !/\ssrc=/i.test(attributes))
    .filter(([, attributes = '']) => {
      const type = /\stype="([^"]*)"/i.exec(attributes)?.[1]?.toLowerCase();
      return type === undefined || type === 'module' || type === 'text/javascript';
    })
    .map(([, , text = '']) => hash(text));
  const styles = [...html.matchAll(/<style(\s[^>]*)?>([\s\S]*?)<\/style>/gi)].map(([, , text = '']) => hash(text));
  return { scripts, styles };
}

describe.each(builds)('Content-Security-Policy <meta> in the $name', ({ siteDir }) => {
  let pages: BuiltPage[] = [];
  beforeAll(async () => {
    pages = await builtPages(siteDir);
  });

  it('is on every page, once, in <head> before any script or stylesheet', async () => {
    expect(pages.length).toBeGreaterThanOrEqual(5);
    for (const page of pages) {
      const html = await readFile(page.file, 'utf8');
      const metas = html.match(/<meta\s+http-equiv="content-security-policy"/gi) ?? [];
      expect(metas, page.path).toHaveLength(1);
      const metaAt = html.search(/<meta\s+http-equiv="content-security-policy"/i);
      const firstActive = html.search(/<script(?![^>]*application\/ld\+json)|<link[^>]+rel="stylesheet"|<style/i);
      expect(metaAt, page.path).toBeLessThan(html.indexOf('</head>'));
      expect(metaAt, `${page.path}: the CSP must come before the first script or stylesheet`).toBeLessThan(firstActive);
    }
  });

  it("allows scripts only from the site and by hash: no 'unsafe-inline', 'wasm-unsafe-eval' for Pagefind", async () => {
    for (const page of pages) {
      const html = await readFile(page.file, 'utf8');
      const policy = parsePolicy(metaPolicyOf(html) ?? '');
      const scriptSources = policy.get('script-src') ?? [];
      expect(scriptSources, page.path).toContain("'self'");
      expect(scriptSources, page.path).toContain("'wasm-unsafe-eval'");
      for (const forbidden of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:', 'blob:']) {
        expect(scriptSources, page.path).not.toContain(forbidden);
      }
      expect(policy.get('style-src') ?? [], page.path).not.toContain("'unsafe-inline'");
      expect(policy.get('default-src'), page.path).toEqual(["'self'"]);
      expect(policy.get('object-src'), page.path).toEqual(["'none'"]);
      expect(policy.get('base-uri'), page.path).toEqual(["'self'"]);
      // Every inline script and style the page has is allowed by its hash (or it would not run).
      const { scripts, styles } = inlineHashes(html);
      for (const hash of scripts) expect(scriptSources, `${page.path}: inline script ${hash}`).toContain(hash);
      for (const hash of styles)
        expect(policy.get('style-src') ?? [], `${page.path}: inline style ${hash}`).toContain(hash);
    }
  });

  it('has a _headers file sending every security header, nosniff and a restrictive Permissions-Policy', async () => {
    const headers = await headersForAllPaths(siteDir);
    for (const [name, value] of Object.entries(securityHeaders))
      expect(headers.get(name.toLowerCase()), name).toBe(value);
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    const permissions = headers.get('permissions-policy') ?? '';
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'browsing-topics']) {
      expect(permissions).toMatch(new RegExp(`(^|, )${feature}=\\(\\)(,|$)`));
    }
  });

  it('agrees with the _headers the build wrote on every directive; the header allows every hash the page needs', async () => {
    const headerPolicy = parsePolicy((await headersForAllPaths(siteDir)).get('content-security-policy') ?? '');
    const headerOnly = contentSecurityPolicy.headerOnlyDirectives.map((directive) => directive.split(' ')[0] ?? '');
    for (const page of pages) {
      const metaPolicy = parsePolicy(metaPolicyOf(await readFile(page.file, 'utf8')) ?? '');
      expect(
        [...headerPolicy.keys()].filter((name) => !headerOnly.includes(name)).sort(),
        `${page.path}: directives differ`,
      ).toEqual([...metaPolicy.keys()].sort());
      for (const [name, sources] of metaPolicy) {
        const headerSources = headerPolicy.get(name) ?? [];
        expect(
          headerSources.filter((source) => !isHashSource(source)),
          `${page.path} ${name}`,
        ).toEqual(sources.filter((source) => !isHashSource(source)));
        const missingHashes = sources.filter((source) => isHashSource(source) && !headerSources.includes(source));
        expect(missingHashes, `${page.path} ${name}: hashes missing from _headers`).toEqual([]);
      }
    }
  });
});

/** Pages to load in the browser, with what to wait for. */
const BROWSED_PAGES: { path: string; ready?: (page: Page) => Promise<unknown> }[] = [
  { path: '' },
  ...sourceArticleIds().map((id) => ({ path: `articles/${id}/` })),
  { path: `search/?q=${encodeURIComponent('广电')}`, ready: waitForSearchResults },
  // The not-found page itself (asked for by name, so its status is 200 and the browser logs no failed load).
  { path: '404.html' },
];

/** Records CSP violations the page reports, from before its first script runs, until disposed. */
async function recordViolations(page: Page): Promise<Disposable> {
  return page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sample})`);
    });
  });
}

async function violationsOf(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
}

describe('in the browser, served by nginx: the CSP header and the meta CSP together', () => {
  it.each(BROWSED_PAGES)(
    '/$path loads with no CSP violation, no error and no request to another origin',
    async ({ path, ready }) => {
      const { page, consoleErrors, foreignRequests } = await sharedPage(siteUrl);
      const recorder = await recordViolations(page);
      try {
        const response = await page.goto(new URL(path, siteUrl).href);
        expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
        expect(response?.headers()['x-content-type-options']).toBe('nosniff');
        await ready?.(page);
        await waitForQuiet(page);
        expect(await violationsOf(page)).toEqual([]);
        expect(foreignRequests).toEqual([]);
        expect(consoleErrors).toEqual([]);
      } finally {
        await recorder.dispose();
      }
    },
  );
});

/** Set by any payload that manages to run. */
const FLAG = '__injected';
/** Every payload's element carries this id, so a parsed one is found in the DOM. */
const MARKER = 'injected-marker';

const PAYLOADS = [
  `<img src=x id=${MARKER} onerror="window.${FLAG}=1;alert(1)">`,
  `"><script id=${MARKER}>window.${FLAG}=1;alert(1)</script>`,
  `</script><script>window.${FLAG}=1</script><b id=${MARKER}>`,
  `广电<svg id=${MARKER} onload="window.${FLAG}=1">`,
  `广电<a id=${MARKER} href="javascript:window.${FLAG}=1">x</a>`,
  `javascript:window.${FLAG}=1;alert(1)`,
  `'-alert(1)-'"-alert(1)-"`,
  `广电<mark id=${MARKER}>广电</mark><iframe id=${MARKER} srcdoc="<script>parent.${FLAG}=1</script>">`,
];

const article = sourceArticleIds()[0] ?? '';
const INJECTION_URLS: string[] = PAYLOADS.flatMap((payload) => {
  const encoded = encodeURIComponent(payload);
  return [
    `search/?q=${encoded}`,
    `search/?q=${encodeURIComponent('广电')}#${encoded}`,
    `search/?q=${encodeURIComponent('广电')}&pagefind-highlight=${encoded}`,
    `articles/${article}/?pagefind-highlight=${encoded}`,
    // The site's own highlighter reads ?highlight= (the links on the search page carry it).
    `articles/${article}/?highlight=${encoded}`,
    `articles/${article}/#${encoded}`,
  ];
});

/** A page the crafted URLs are loaded in, with the dialogs it opened. */
interface InjectionPage {
  page: Page;
  dialogs: string[];
}

/** Pages loading URLs at once: each test mostly waits for its page to go quiet. */
const PAGES_AT_ONCE = 4;

describe('crafted search URLs run nothing and inject no markup', () => {
  const idle: InjectionPage[] = [];
  const waiting: ((page: InjectionPage) => void)[] = [];

  /** Runs `use` on a page no other test is using, waiting for one if all are taken. */
  async function withPage(use: (injection: InjectionPage) => Promise<void>): Promise<void> {
    const taken = idle.pop() ?? (await new Promise<InjectionPage>((resolve) => waiting.push(resolve)));
    try {
      await use(taken);
    } finally {
      const next = waiting.shift();
      if (next) next(taken);
      else idle.push(taken);
    }
  }

  beforeAll(async () => {
    const opened = await Promise.all(
      Array.from({ length: PAGES_AT_ONCE }, async () => {
        const { page } = await openPage(siteUrl);
        const dialogs: string[] = [];
        page.on('dialog', (dialog) => {
          dialogs.push(dialog.message());
          void dialog.dismiss();
        });
        await recordViolations(page);
        return { page, dialogs };
      }),
    );
    idle.push(...opened);
  });

  it.concurrent.for(INJECTION_URLS)('%s', async (path, { expect }) => {
    await withPage(async ({ page, dialogs }) => {
      dialogs.length = 0;
      await page.goto(new URL(path, siteUrl).href);
      await waitForQuiet(page, 700);
      const found = await page.evaluate(
        ({ flag, marker }) => ({
          flag: (window as unknown as Record<string, unknown>)[flag] ?? null,
          injectedElements: document.querySelectorAll(`#${marker}`).length,
          eventHandlerAttributes: document.querySelectorAll('[onerror], [onload], [onclick], [onmouseover]').length,
          javascriptUrls: [...document.querySelectorAll('[href], [src]')].filter((element) =>
            /^\s*javascript:/i.test(element.getAttribute('href') ?? element.getAttribute('src') ?? ''),
          ).length,
          scriptsMentioningFlag: [...document.scripts].filter((script) => script.text.includes(flag)).length,
        }),
        { flag: FLAG, marker: MARKER },
      );
      expect(found).toEqual({
        flag: null,
        injectedElements: 0,
        eventHandlerAttributes: 0,
        javascriptUrls: 0,
        scriptsMentioningFlag: 0,
      });
      expect(dialogs).toEqual([]);
      // A blocked inline script or handler would mean markup was parsed and only the CSP saved the day.
      expect(await violationsOf(page)).toEqual([]);
    });
  });
});
