import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './lib/article-schema.ts';

// ARCHIVE_CONTENT_DIR lets tests and benchmarks build other corpora with the same code.
const articles = defineCollection({
  loader: glob({
    base: process.env.ARCHIVE_CONTENT_DIR ?? './content/articles',
    pattern: '**/[^_]*.{md,mdx}',
  }),
  schema: articleSchema,
});

export const collections = { articles };
