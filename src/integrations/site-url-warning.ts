import type { AstroIntegration } from 'astro';

/**
 * Warns, at the start of every production build, when the site's public origin was left at its
 * localhost default: canonical URLs, the feed, the sitemap and the QR codes would all point there.
 */
export function siteUrlWarning(siteUrlGiven: boolean): AstroIntegration {
  let site = '';
  return {
    name: 'site-url-warning',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
      },
      'astro:build:start': ({ logger }) => {
        if (siteUrlGiven) return;
        logger.warn(
          [
            '',
            '*****************************************************************************',
            `SITE_URL is not set: this build's canonical URLs, Open Graph URLs, RSS feed,`,
            `sitemap and QR codes all point at ${site}.`,
            'For a site readers will see, build with SITE_URL=https://your.domain npm run build',
            '*****************************************************************************',
          ].join('\n'),
        );
      },
    },
  };
}
