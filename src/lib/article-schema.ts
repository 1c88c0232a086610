import { z } from 'astro/zod';

/** Front matter of an article; unknown keys are rejected so typos cannot slip through. */
export const articleSchema = z
  .object({
    title: z.string().trim().min(1, 'title must not be empty'),
    date: z.coerce
      .date({ error: 'date must be a valid date such as 2020-03-03' })
      .refine((date) => !Number.isNaN(date.getTime()), 'date must be a valid date such as 2020-03-03')
      .refine((date) => date.getTime() <= Date.now(), 'date must not be in the future'),
    source: z.string().trim().min(1, 'source must not be empty'),
    column: z.string().trim().min(1).optional(),
    description: z.string().trim().min(1).optional(),
  })
  .strict();

/** Validated article front matter. */
export type ArticleData = z.infer<typeof articleSchema>;
