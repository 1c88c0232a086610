import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

// The corpus folder is chosen by the benchmark; the schema accepts the same front matter as the archive's.
const articles = defineCollection({
  loader: glob({ base: process.env['BENCH_CONTENT_DIR'] ?? './content', pattern: '**/[^_]*.md' }),
  schema: z.object({
    title: z.string(),
    date: z.coerce.date(),
    source: z.string(),
    column: z.string().optional(),
    description: z.string().optional(),
  }),
});

export const collections = { articles };
