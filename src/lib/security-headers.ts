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
};

/** Security headers a static host should send with every response. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'X-Frame-Options': 'DENY',
};
