import { base } from 'astro:config/client';
import { pathUnderBase } from './base-path.ts';

// The paths of the site's pages, for every page and component that links to them (build time).
// Paths come from the configured `base`, never from import.meta.env.BASE_URL: a BASE_URL variable
// in the build's environment (as Vitest and some CI systems set) would override that one.

/** A site-internal path prefixed with the configured base, e.g. /archive/articles/x/. */
export function withBase(path: string, siteBase: string = base): string {
  return pathUnderBase(path, siteBase);
}

/** The page path of an article. */
export function articlePath(articleId: string): string {
  return withBase(`/articles/${articleId}/`);
}

/** The page path of page `pageNumber` of the archive listing (page 1 is the home page). */
export function archivePagePath(pageNumber: number): string {
  return pageNumber <= 1 ? withBase('/') : withBase(`/page/${pageNumber}/`);
}

/** The page path of a month's articles, from its `YYYY-MM` key. */
export function monthPath(monthKey: string): string {
  return withBase(`/months/${monthKey}/`);
}

/** The page path of the index of months. */
export function monthsIndexPath(): string {
  return withBase('/months/');
}

/** The page path of 关于本站 (the editorial policy). */
export function aboutPath(): string {
  return withBase('/about/');
}

/** The page path of the RSS 订阅 page, which explains the feed to people (the feed itself is rss.xml). */
export function feedsPagePath(): string {
  return withBase('/feeds/');
}

/** The page path of the 网站地图 for people (the sitemap for crawlers is sitemap-index.xml). */
export function sitemapPagePath(): string {
  return withBase('/sitemap/');
}
