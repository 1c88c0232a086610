import { defineCollection } from 'astro:content';
import { articleLoader } from './articles/loader.ts';
import { storedArticleSchema } from './articles/schema.ts';
import { settings } from './environment/settings.ts';

const articles = defineCollection({
  loader: articleLoader({ base: settings.contentDir }),
  schema: storedArticleSchema,
});

export const collections = { articles };
