import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { articleLede, getArticlesNewestFirst } from '../lib/articles.ts';
import { articlePath } from '../lib/urls.ts';

export async function GET(context: APIContext): Promise<Response> {
  const articles = await getArticlesNewestFirst();
  return rss({
    title: '中文新闻档案',
    description: '按原文照录的中文新闻存档',
    site: context.site ?? 'http://localhost:4321',
    customData: '<language>zh-cn</language>',
    items: articles.map((article) => ({
      title: article.data.title,
      pubDate: article.data.date,
      description: articleLede(article),
      link: articlePath(article.id),
      categories: [article.data.source],
    })),
  });
}
