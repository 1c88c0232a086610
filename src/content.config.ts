import { defineCollection } from 'astro:content';
import { articleLoader } from './articles/loader.ts';
import { storedArticleSchema } from './articles/schema.ts';
import { articlesFolder } from './articles/content-folder.ts';

const articles = defineCollection({
  loader: articleLoader({ base: articlesFolder() }),
  schema: storedArticleSchema,
});

export const collections = { articles };
