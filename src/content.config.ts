import { defineCollection } from 'astro:content';
import { articleLoader } from './articles/loader.ts';
import { storedArticleSchema } from './articles/schema.ts';

// ARCHIVE_CONTENT_DIR lets tests and benchmarks build other corpora with the same code.
const articles = defineCollection({
  loader: articleLoader({ base: process.env.ARCHIVE_CONTENT_DIR ?? './content/articles' }),
  schema: storedArticleSchema,
});

export const collections = { articles };
