import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  headerPolicy,
  headersFileText,
  metaPolicyOf,
  responseHeaders,
  securityHeaders,
} from '../../../src/integrations/security-headers.ts';

const policyA = "default-src 'self';script-src 'self' 'sha256-abc=';";
const policyB = "default-src 'self';script-src 'self' 'sha256-xyz=';";

describe('headersFileText', () => {
  it('sends one CSP for every path under the base, with the header-only directives and every security header', () => {
    const text = headersFileText(responseHeaders([policyA, policyA]), '/archive/');
    expect(text).toContain(
      `/archive/*\n  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-abc='; frame-ancestors 'none'\n`,
    );
    for (const [name, value] of Object.entries(securityHeaders)) expect(text).toContain(`\n  ${name}: ${value}\n`);
    expect(text.match(/Content-Security-Policy/g)).toHaveLength(1);
  });

  it('allows in its one CSP the hashes of every page, each once', () => {
    expect(headersFileText(responseHeaders([policyA, policyB, policyA]))).toContain(
      `Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-abc=' 'sha256-xyz='; frame-ancestors 'none'\n`,
    );
  });

  it('normalises spacing between directives', () => {
    expect(headerPolicy("a  'x';  b 'y' ;")).toBe("a 'x'; b 'y'; frame-ancestors 'none'");
  });
});

describe('metaPolicyOf', () => {
  it('reads the policy of the CSP <meta>, entities decoded; undefined without one', () => {
    expect(metaPolicyOf(`<meta http-equiv="content-security-policy" content="default-src &#39;self&#39;">`)).toBe(
      "default-src 'self'",
    );
    expect(metaPolicyOf('<meta charset="utf-8">')).toBeUndefined();
  });

  it('reads the attributes in any order and quoting, and only in the head', () => {
    expect(metaPolicyOf(`<head><meta content='img-src "self"' HTTP-EQUIV=Content-Security-Policy></head>`)).toBe(
      'img-src "self"',
    );
    expect(
      metaPolicyOf(`<head></head><body><meta http-equiv="content-security-policy" content="a"></body>`),
    ).toBeUndefined();
  });
});

describe('contentSecurityPolicy', () => {
  it('sends no frames, no plugins and no foreign origins', () => {
    const all = [...contentSecurityPolicy.directives, ...contentSecurityPolicy.headerOnlyDirectives];
    expect(all).toContain("default-src 'self'");
    expect(all).toContain("object-src 'none'");
    expect(all).toContain("frame-ancestors 'none'");
    expect(all.join(' ')).not.toMatch(/https?:|\*/);
  });
});
