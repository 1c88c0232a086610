import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  headerPolicy,
  headersFileText,
  securityHeaders,
} from '../../src/lib/security-headers.ts';
import { headersForAllPaths } from '../support/headers-file.ts';
import { parsePolicy } from '../support/site-pages.ts';

describe('public/_headers', () => {
  it('sends every security header of src/lib/security-headers.ts with the same value', async () => {
    const headers = await headersForAllPaths();
    for (const [name, value] of Object.entries(securityHeaders))
      expect(headers.get(name.toLowerCase()), name).toBe(value);
  });

  it('sends a CSP with every configured directive, the header-only ones included', async () => {
    const policy = parsePolicy((await headersForAllPaths()).get('content-security-policy') ?? '');
    for (const directive of [...contentSecurityPolicy.directives, ...contentSecurityPolicy.headerOnlyDirectives]) {
      const [name = '', ...sources] = directive.split(' ');
      expect(policy.get(name), name).toEqual(sources);
    }
    const scriptSources = policy.get('script-src') ?? [];
    expect(scriptSources).toContain("'self'");
    expect(scriptSources).toContain("'wasm-unsafe-eval'");
    expect(scriptSources).not.toContain("'unsafe-inline'");
    expect(scriptSources).not.toContain("'unsafe-eval'");
    expect(policy.get('style-src') ?? []).not.toContain("'unsafe-inline'");
  });

  it('sends nosniff, a strict Referrer-Policy and a restrictive Permissions-Policy', async () => {
    const headers = await headersForAllPaths();
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin']).toContain(
      headers.get('referrer-policy'),
    );
    const permissions = headers.get('permissions-policy') ?? '';
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'browsing-topics']) {
      expect(permissions).toMatch(new RegExp(`(^|, )${feature}=\\(\\)(,|$)`));
    }
    expect(permissions).not.toMatch(/=\*/);
  });
});

describe('headersFileText', () => {
  it('renders the meta policy plus the header-only directives and every security header', () => {
    const text = headersFileText("default-src 'self';script-src 'self' 'sha256-abc=';");
    expect(text).toContain(
      `/*\n  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-abc='; frame-ancestors 'none'\n`,
    );
    for (const [name, value] of Object.entries(securityHeaders)) expect(text).toContain(`\n  ${name}: ${value}\n`);
  });

  it('normalises spacing between directives', () => {
    expect(headerPolicy("a  'x';  b 'y' ;")).toBe("a 'x'; b 'y'; frame-ancestors 'none'");
  });
});
