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

/** One step of a breadcrumb trail: its name and, except for the page itself, its absolute URL. */
export interface BreadcrumbStep {
  name: string;
  url?: string | undefined;
}

/** schema.org BreadcrumbList for a page's trail (首页 › 2020年3月 › 正文), serialised like the article's. */
export function breadcrumbListJsonLd(steps: readonly BreadcrumbStep[]): string {
  const document = {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: steps.map((step, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: step.name,
      ...(step.url === undefined ? {} : { item: step.url }),
    })),
  };
  return JSON.stringify(document).replace(/</g, '\\u003c');
}
