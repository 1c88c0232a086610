import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticlesNewestFirst, type Article } from '../../../articles/collection.ts';
import { CITATION_FILES, citedArticle, bibtexEntry } from '../../../articles/citation.ts';
import { articlePath } from '../../../articles/paths.ts';

// /articles/<id>/citation.bib: the article's reference as a BibTeX entry, for LaTeX (the gbt7714 and
// biblatex-gb7714 styles) and reference managers.

export const getStaticPaths = (async () => {
  const articles = await getArticlesNewestFirst();
  return articles.map((article) => ({ params: { id: article.id }, props: { article } }));
}) satisfies GetStaticPaths;

export const GET = (({ props, site }) => {
  const url = new URL(articlePath(props.article.id), site).href;
  return new Response(bibtexEntry(citedArticle(props.article, url)), {
    headers: { 'Content-Type': CITATION_FILES.bibtex.contentType },
  });
}) satisfies APIRoute<{ article: Article }>;
