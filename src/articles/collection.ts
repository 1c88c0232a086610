import { getCollection, type CollectionEntry } from 'astro:content';
import { compareNewestFirst } from './order.ts';

/** An article entry of the content collection. */
export type Article = CollectionEntry<'articles'>;

/** Every article, newest first. */
export async function getArticlesNewestFirst(): Promise<Article[]> {
  const articles = await getCollection('articles');
  return articles.sort(compareNewestFirst);
}

/** The lede of an article: its description if the editor wrote one, else its first paragraph; typeset for display. */
export function articleLede(article: Article): string {
  return article.data.lede;
}
