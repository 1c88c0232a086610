import { readFile, writeFile } from 'node:fs/promises';
import pMap from 'p-map';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { baseWithSlash } from '../base-path.ts';
import { afterBuildIntegration } from './built-pages.ts';
import { readHead } from '../built-html/tags.ts';
import { NGINX_CONF, nginxConfText } from './nginx-config.ts';

/**
 * One policy for both delivery paths: the `<meta>` CSP that Astro writes into every page (with
 * hashes of its own inline scripts and styles) and the HTTP headers in the `_headers` file the
 * build writes for hosts that honour it.
 */
export const contentSecurityPolicy = {
  /** Directives other than script-src/style-src, which Astro assembles with hashes. */
  directives: [
    "default-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ] as const satisfies readonly `${string} ${string}`[],
  /** Directives a `<meta>` CSP cannot carry (browsers ignore them there), sent only as an HTTP header. */
  headerOnlyDirectives: ["frame-ancestors 'none'"] as const satisfies readonly `${string} ${string}`[],
};

/** Security headers a static host should send with every response, besides the CSP. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // Nothing on the site needs a sensor, camera, payment or similar feature; the copy buttons
  // need clipboard-write, whose default ('self') is left alone.
  'Permissions-Policy':
    'accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), geolocation=(), gyroscope=(), ' +
    'hid=(), magnetometer=(), microphone=(), midi=(), payment=(), publickey-credentials-get=(), serial=(), usb=(), ' +
    'xr-spatial-tracking=(), browsing-topics=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** The one tag the CSP is read from. */
const META_TAG: ReadonlySet<string> = new Set(['meta']);

/** The CSP of a built page, from the `<meta http-equiv="content-security-policy">` of its head; undefined when absent. */
export function metaPolicyOf(html: string): string | undefined {
  let policy: string | undefined;
  // Only the head is read: a policy is honoured there only, and it is a few hundred bytes into the page.
  readHead(html, {
    names: META_TAG,
    startTag({ name, attributes }, stop) {
      if (name !== 'meta' || attributes.get('http-equiv')?.toLowerCase() !== 'content-security-policy') return;
      policy = attributes.get('content');
      if (policy !== undefined) stop();
    },
  });
  return policy;
}

/** The CSP header value for a page whose `<meta>` CSP is `metaPolicy`: the same directives plus the header-only ones. */
export function headerPolicy(metaPolicy: string): string {
  const directives = metaPolicy
    .split(';')
    .map((directive) => directive.trim().replace(/\s+/g, ' '))
    .filter((directive) => directive !== '');
  return [...directives, ...contentSecurityPolicy.headerOnlyDirectives].join('; ');
}

/**
 * One policy allowing what any page's policy allows: each directive with the sources of every page,
 * in first-seen order. Sent as a header next to a page's own `<meta>` policy, it takes nothing away
 * (the browser enforces both), and it also covers responses with no `<meta>`: files, unknown paths.
 */
function unionPolicy(policies: readonly string[]): string {
  const sourcesByDirective = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const directive of policy.split(';')) {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (!name) continue;
      const known = sourcesByDirective.get(name) ?? new Set<string>();
      for (const source of sources) known.add(source);
      sourcesByDirective.set(name, known);
    }
  }
  return [...sourcesByDirective].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** Every header each response of the site should carry, the CSP first: one policy allowing every page's hashes. */
export function responseHeaders(metaPolicies: readonly string[]): [name: string, value: string][] {
  return [['Content-Security-Policy', headerPolicy(unionPolicy(metaPolicies))], ...Object.entries(securityHeaders)];
}

/** The text of a `_headers` file (Netlify, Cloudflare Pages): the CSP and the security headers for every path under `base`. */
export function headersFileText(headers: readonly [string, string][], base = '/'): string {
  const lines = [
    '# Written by `astro build` (src/integrations/security-headers.ts) from the CSP of the built pages.',
    `${baseWithSlash(base)}*`,
    ...headers.map(([name, value]) => `  ${name}: ${value}`),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * Writes the server configuration into the build output: `_headers` for Netlify and Cloudflare Pages,
 * `_nginx.conf` for nginx. Both carry the CSP read back from the built pages, so their hashes are
 * always current.
 */
export function serverConfiguration(): AstroIntegration {
  return afterBuildIntegration('server-configuration', async ({ pages, outDir, base, logger }) => {
    // A bounded number of pages at a time: the 105,126 pages of 100,000 articles at once ran out of file handles.
    const policies = await pMap(
      pages,
      async ({ file }) => {
        const policy = metaPolicyOf(await readFile(file, 'utf8'));
        if (policy === undefined) throw new Error(`${file}: no Content-Security-Policy <meta> to copy into _headers`);
        return policy;
      },
      { concurrency: 32 },
    );
    const headers = responseHeaders(policies);
    await writeFile(join(outDir, '_headers'), headersFileText(headers, base));
    await writeFile(join(outDir, NGINX_CONF), nginxConfText(headers, base));
    logger.info(`wrote _headers and ${NGINX_CONF} with the CSP of ${policies.length} pages`);
  });
}
