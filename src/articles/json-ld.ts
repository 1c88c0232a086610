import { site } from '../site.ts';
import { isoDay } from './dates.ts';

/** The facts about an article that its JSON-LD describes. */
export interface NewsArticleFacts {
  title: string;
  description: string;
  date: Date;
  source: string;
  url: string;
  sections: string[];
}

/** schema.org NewsArticle for an article page, serialised safely for a `<script>` element. */
export function newsArticleJsonLd(facts: NewsArticleFacts): string {
  const document = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: facts.title,
    description: facts.description,
    datePublished: isoDay(facts.date),
    inLanguage: site.language,
    url: facts.url,
    mainEntityOfPage: facts.url,
    author: { '@type': 'Organization', name: facts.source },
    publisher: { '@type': 'Organization', name: facts.source },
    isAccessibleForFree: true,
    ...(facts.sections.length > 0 ? { articleSection: facts.sections } : {}),
  };
  // "<" is escaped so no text in the article can close the script element.
  return JSON.stringify(document).replace(/</g, '\\u003c');
}
