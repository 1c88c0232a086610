import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MarkdownHeading } from 'astro';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { splitArticleFile } from './markdown-file.ts';
import { articleMarkdown } from '../markdown/article-markdown.ts';

/** An article's text as its page shows it. */
export interface RenderedArticleBody {
  html: string;
  headings: MarkdownHeading[];
}

/** One processor for the whole build, made when the first article page is rendered. */
let processor: ReturnType<typeof createSatteriMarkdownProcessor> | undefined;

/**
 * Renders an article's Markdown file (its path as the collection stores it, from the project root, where
 * Astro runs) with the same processor and plugins as Astro's own Markdown: the store keeps no HTML.
 */
export async function renderArticleBody(filePath: string): Promise<RenderedArticleBody> {
  processor ??= createSatteriMarkdownProcessor({ ...articleMarkdown, syntaxHighlight: false });
  const absolutePath = resolve(filePath);
  const { body } = splitArticleFile(await readFile(absolutePath, 'utf8'));
  const { code, metadata } = await (await processor).render(body, { fileURL: pathToFileURL(absolutePath) });
  return { html: code, headings: metadata.headings };
}
