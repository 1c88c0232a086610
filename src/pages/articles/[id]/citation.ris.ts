import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticlesNewestFirst, type Article } from '../../../articles/collection.ts';
import { CITATION_FILES, citedArticle, risRecord } from '../../../articles/citation.ts';
import { articlePath } from '../../../articles/paths.ts';

// /articles/<id>/citation.ris: the article's reference as a RIS file, for EndNote, Zotero and the like.

export const getStaticPaths = (async () => {
  const articles = await getArticlesNewestFirst();
  return articles.map((article) => ({ params: { id: article.id }, props: { article } }));
}) satisfies GetStaticPaths;

export const GET = (({ props, site }) => {
  const url = new URL(articlePath(props.article.id), site).href;
  return new Response(risRecord(citedArticle(props.article, url)), {
    headers: { 'Content-Type': CITATION_FILES.ris.contentType },
  });
}) satisfies APIRoute<{ article: Article }>;
