import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { sectionAnchors } from './section-anchors.ts';
import { typesetText } from './typeset-text.ts';

/**
 * How article Markdown is turned into HTML, shared by Astro's configured processor (the loader's checks) and
 * the article page's own renderer: chosen heading ids (`## 天津 {#tianjin}`), verbatim punctuation (the
 * sources' straight quotes and dashes must not be "smartened"), stable section and paragraph anchors, and
 * Chinese punctuation typeset for display.
 */
export const articleMarkdown = {
  features: { headingAttributes: true, smartPunctuation: false },
  hastPlugins: [sectionAnchors, typesetText],
} as const satisfies SatteriProcessorOptions;

/**
 * What checking an article's Markdown needs: the same syntax and the plugin that fails on a duplicate or
 * malformed section id, without the display typesetting (two thirds of the rendering time, and it never fails).
 */
export const articleMarkdownCheck = {
  features: articleMarkdown.features,
  hastPlugins: [sectionAnchors],
} as const satisfies SatteriProcessorOptions;
