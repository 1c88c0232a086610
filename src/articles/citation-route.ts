import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticlesNewestFirst, type Article } from './collection.ts';
import { CITATION_FILES, bibtexEntry, citedArticle, risRecord, type CitedArticle } from './citation.ts';
import { citationFileKey } from './cache-keys.ts';
import { articlePath } from '../site-paths.ts';

// The two citation files every article has next to its page (src/pages/articles/[id]/citation.*.ts): one
// route shape, two formats.

const WRITERS: Record<keyof typeof CITATION_FILES, (article: CitedArticle) => string> = {
  ris: risRecord,
  bibtex: bibtexEntry,
};

/** One citation file per article. */
export const citationFilePaths = (async () => {
  const articles = await getArticlesNewestFirst();
  return articles.map((article) => ({
    params: { id: article.id },
    props: { article },
    cacheKey: citationFileKey(article),
  }));
}) satisfies GetStaticPaths;

/** The route that writes an article's citation file in `format`. */
export function citationFileRoute(format: keyof typeof CITATION_FILES): APIRoute<{ article: Article }> {
  return ({ props, site }) => {
    const url = new URL(articlePath(props.article.id), site).href;
    return new Response(WRITERS[format](citedArticle(props.article, url)), {
      headers: { 'Content-Type': CITATION_FILES[format].contentType },
    });
  };
}
