import type { APIContext } from 'astro';
import { withBase } from '../site-paths.ts';

/** robots.txt pointing crawlers at the sitemap, whose absolute URL depends on SITE_URL and BASE_PATH. */
export function GET(context: APIContext): Response {
  const sitemapUrl = new URL(withBase('/sitemap-index.xml'), context.site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
