import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { articleLede, getArticlesNewestFirst } from '../articles/collection.ts';
import { articlePath, withBase } from '../site-paths.ts';
import { editions, site } from '../site.ts';

export async function GET(context: APIContext): Promise<Response> {
  const articles = await getArticlesNewestFirst();
  const feedUrl = new URL(withBase('/rss.xml'), context.site ?? 'http://localhost:4321').href;
  return rss({
    title: site.name,
    description: site.tagline,
    site: context.site ?? 'http://localhost:4321',
    // Browsers that still apply XSLT show the feed as a Chinese page (public/rss.xsl); feed readers ignore it.
    // Root-relative: browsers apply only a same-origin stylesheet, whatever origin serves the feed.
    stylesheet: withBase('/rss.xsl'),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    // The feed's own address (RSS best practice), which rss.xsl also shows as the address to subscribe to.
    customData: `<language>${editions.simplified.feedLanguage}</language><atom:link href="${feedUrl}" rel="self" type="application/rss+xml"/>`,
    items: articles.map((article) => ({
      title: article.data.title,
      pubDate: article.data.date,
      description: articleLede(article),
      link: articlePath(article.id),
      categories: [article.data.source],
    })),
  });
}
