// The Markdown file of an imported article, in the form the README documents: front matter, the body's
// paragraphs exactly as received (only Markdown's own characters escaped), `##` headings with `{#id}`.
import { parse } from 'yaml';
import type { PageBlock } from './imported-page.ts';
import { sectionIds } from './short-ids.ts';

/** The fields an imported article's front matter holds. */
export interface ArticleFields {
  readonly title: string;
  readonly date: string;
  readonly source: string;
  readonly column: string | undefined;
}

/**
 * A front-matter value written bare when YAML (as the content loader reads it) gives back the same text, else
 * double-quoted: `title: "专访: 5G时代的复工"` (a colon and a space would otherwise start a mapping).
 */
export function yamlScalar(value: string): string {
  try {
    const readBack: unknown = parse(`value: ${value}`, { schema: 'core' });
    if (typeof readBack === 'object' && readBack !== null && (readBack as { value?: unknown }).value === value) {
      return value;
    }
  } catch {
    // Not valid bare: quoted below.
  }
  return JSON.stringify(value);
}

/** Text with the characters Markdown would read as markup escaped (7*24 → 7\*24); Chinese text is untouched. */
export function escapeMarkdownText(text: string): string {
  const inline = text.replace(/[\\`*_[\]<~]/g, '\\$&').replace(/&(?=#?[a-zA-Z0-9]+;)/g, '\\&');
  // A line start that Markdown reads as a heading, quote, list item or rule.
  return inline.replace(/^([#>+=-])/, '\\$1').replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}

/** A heading's text for `## … {#id}`: escaped like text, and braces too (they would start the id). */
function escapeHeading(text: string): string {
  return escapeMarkdownText(text)
    .replace(/[{}]/g, '\\$&')
    .replace(/#+$/, (hashes) => hashes.replace(/#/g, '\\#'));
}

/** The whole Markdown file: front matter, then the blocks separated by blank lines, ending with a newline. */
export function articleMarkdown(fields: ArticleFields, blocks: readonly PageBlock[]): string {
  const frontMatter = [
    `title: ${yamlScalar(fields.title)}`,
    `date: ${fields.date}`,
    `source: ${yamlScalar(fields.source)}`,
    ...(fields.column ? [`column: ${yamlScalar(fields.column)}`] : []),
  ];
  const ids = sectionIds(blocks.filter((block) => block.kind === 'heading').map((block) => block.text));
  let heading = 0;
  const body = blocks.map((block) => {
    if (block.kind === 'paragraph') return escapeMarkdownText(block.text);
    const id = ids[heading] ?? 'section';
    heading += 1;
    return `## ${escapeHeading(block.text)} {#${id}}`;
  });
  return `---\n${frontMatter.join('\n')}\n---\n\n${body.join('\n\n')}\n`;
}
