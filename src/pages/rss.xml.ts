import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { articleLede, getArticlesNewestFirst } from '../articles/collection.ts';
import { articlePath } from '../articles/paths.ts';
import { site } from '../site.ts';

export async function GET(context: APIContext): Promise<Response> {
  const articles = await getArticlesNewestFirst();
  return rss({
    title: site.name,
    description: site.tagline,
    site: context.site ?? 'http://localhost:4321',
    customData: `<language>${site.feedLanguage}</language>`,
    items: articles.map((article) => ({
      title: article.data.title,
      pubDate: article.data.date,
      description: articleLede(article),
      link: articlePath(article.id),
      categories: [article.data.source],
    })),
  });
}
