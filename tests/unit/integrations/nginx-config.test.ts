import { describe, expect, it } from 'vitest';
import { NGINX_CONF, nginxConfText } from '../../../src/integrations/nginx-config.ts';

const headers: [string, string][] = [
  ['Content-Security-Policy', "default-src 'self'"],
  ['X-Note', 'say "hi"'],
];

/** The lines of the location block whose match is `match`. */
function block(text: string, match: string): string[] {
  const lines = text.split('\n');
  const start = lines.indexOf(`location ${match} {`);
  return start === -1 ? [] : lines.slice(start + 1, lines.indexOf('}', start));
}

describe('nginxConfText', () => {
  it('sends every header, quotes escaped, with pages; only nosniff with hashed scripts, styles and index files', () => {
    const text = nginxConfText([...headers, ['X-Content-Type-Options', 'nosniff']]);
    expect(block(text, '/')).toEqual(
      expect.arrayContaining([
        `    add_header Content-Security-Policy "default-src 'self'" always;`,
        '    add_header X-Note "say \\"hi\\"" always;',
        '    add_header X-Content-Type-Options "nosniff" always;',
      ]),
    );
    for (const match of ['^~ /_astro/', '~ ^/search-index/parts/[^/]+/(index|fragment)/']) {
      const lines = block(text, match);
      expect(lines, match).toContain('    add_header X-Content-Type-Options "nosniff" always;');
      expect(lines.join('\n'), match).not.toContain('Content-Security-Policy');
    }
  });

  it('caches hashed files for a year and revalidates the rest', () => {
    const text = nginxConfText(headers);
    expect(block(text, '^~ /_astro/')).toContain(
      '    add_header Cache-Control "public, max-age=31536000, immutable" always;',
    );
    expect(block(text, '/')).toContain('    add_header Cache-Control "no-cache" always;');
  });

  it('sends the XSLT stylesheets of the feed and the sitemap as application/xslt+xml, as files', () => {
    const text = nginxConfText([...headers, ['X-Content-Type-Options', 'nosniff']], '/archive/');
    const lines = block(text, '~ ^/archive/[^/]+\\.xsl$');
    expect(lines).toContain('    types { application/xslt+xml xsl; }');
    expect(lines).toContain('    add_header X-Content-Type-Options "nosniff" always;');
    expect(lines).toContain('    add_header Cache-Control "no-cache" always;');
  });

  it('puts every location, the 404 page and the hidden files under a sub-path base', () => {
    const text = nginxConfText(headers, '/archive/');
    expect(text).toContain('error_page 404 /archive/404.html;');
    expect(block(text, '/archive/').length).toBeGreaterThan(0);
    expect(block(text, '~ ^/archive/search-index/parts/[^/]+/[^/]+\\.pf_meta$').length).toBeGreaterThan(0);
    expect(block(text, `= /archive/${NGINX_CONF}`)).toEqual(['    return 404;']);
    expect(text).toContain('gzip_static on;\nbrotli_static on;');
  });
});
