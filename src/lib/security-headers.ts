/**
 * One policy for both delivery paths: the `<meta>` CSP that Astro writes into
 * every page (with hashes of its own inline scripts and styles) and the HTTP
 * headers in `public/_headers` for hosts that honour that file.
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

/** The CSP header value for a page whose `<meta>` CSP is `metaPolicy`: the same directives plus the header-only ones. */
export function headerPolicy(metaPolicy: string): string {
  const directives = metaPolicy
    .split(';')
    .map((directive) => directive.trim().replace(/\s+/g, ' '))
    .filter((directive) => directive !== '');
  return [...directives, ...contentSecurityPolicy.headerOnlyDirectives].join('; ');
}

/** The text of a `_headers` file (Netlify, Cloudflare Pages) sending the CSP and the security headers for every path. */
export function headersFileText(metaPolicy: string): string {
  const lines = [
    '# Generated from src/lib/security-headers.ts and the CSP Astro writes into the built pages.',
    '# Regenerate after changing scripts, styles or the policy: npm run headers',
    '/*',
    `  Content-Security-Policy: ${headerPolicy(metaPolicy)}`,
    ...Object.entries(securityHeaders).map(([name, value]) => `  ${name}: ${value}`),
  ];
  return `${lines.join('\n')}\n`;
}
