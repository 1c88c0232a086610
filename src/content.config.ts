import { defineCollection } from 'astro:content';
import { strictGlob } from './articles/loader.ts';
import { articleSchema } from './articles/schema.ts';

// ARCHIVE_CONTENT_DIR lets tests and benchmarks build other corpora with the same code.
const articles = defineCollection({
  loader: strictGlob({
    base: process.env.ARCHIVE_CONTENT_DIR ?? './content/articles',
    pattern: '**/[^_]*.{md,mdx}',
  }),
  schema: articleSchema,
});

export const collections = { articles };
