// An article's Markdown file read for proofreading: its front matter as written and its body as blocks
// (headings, paragraphs, editor's notes), each with the line it starts on and the section it belongs to.
import { readFrontMatter } from '../../articles/front-matter.ts';
import { splitArticleFile } from '../../articles/markdown-file.ts';

/** A block of an article's body; paragraph and heading text has Markdown's escapes removed (7\*24 → 7*24). */
export interface TextBlock {
  readonly kind: 'heading' | 'paragraph' | 'note';
  readonly text: string;
  /** 1-based line in the file where the block starts. */
  readonly line: number;
  /** The heading the block stands under (undefined before the first heading). */
  readonly section: string | undefined;
}

/** An article file as proofreading sees it. */
export interface ArticleText {
  readonly frontMatter: Readonly<Record<string, unknown>>;
  /** Why the front matter could not be read, if it could not. */
  readonly frontMatterProblem: string | undefined;
  /** The 1-based line of each front-matter key. */
  readonly fieldLines: Readonly<Record<string, number>>;
  readonly blocks: readonly TextBlock[];
}

const HEADING = /^#{1,6}\s+(.*?)(?:\s+\{#[^}]*\})?\s*$/;

/** Text with Markdown's backslash escapes removed. */
function unescaped(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/**
 * The front matter, read as the content loader reads it (src/articles/front-matter.ts: dates stay as written),
 * and the body of a Markdown file.
 */
export function readArticleText(fileText: string): ArticleText {
  const parts = splitArticleFile(fileText);
  const reading = parts.frontMatter === undefined ? { data: {} } : readFrontMatter(parts.frontMatter);
  const frontMatter = 'data' in reading ? reading.data : {};
  const unclosed = parts.frontMatter === undefined && /^\uFEFF?---[ \t]*\r?\n/.test(fileText);
  const frontMatterProblem = unclosed
    ? 'the front matter has no closing ---'
    : 'problem' in reading
      ? reading.problem
      : undefined;
  const fieldLines: Record<string, number> = {};
  (parts.frontMatter ?? '').split(/\r?\n/).forEach((line, at) => {
    const key = /^([A-Za-z_][\w-]*)\s*:/.exec(line)?.[1];
    if (key !== undefined) fieldLines[key] ??= at + 2;
  });
  const lines = parts.body.split(/\r?\n/);
  const lineOf = (index: number): number => parts.bodyLine + index;
  const blocks: TextBlock[] = [];
  let section: string | undefined;
  let at = 0;
  while (at < lines.length) {
    const line = lines[at] ?? '';
    if (line.trim() === '') {
      at += 1;
      continue;
    }
    const start = at;
    const heading = HEADING.exec(line);
    if (heading) {
      section = unescaped(heading[1] ?? '');
      blocks.push({ kind: 'heading', text: section, line: lineOf(start), section });
      at += 1;
      continue;
    }
    const group: string[] = [];
    while (at < lines.length && (lines[at] ?? '').trim() !== '') {
      group.push(lines[at] ?? '');
      at += 1;
    }
    const isHtml = line.trimStart().startsWith('<');
    const text = isHtml ? group.join('\n') : unescaped(group.join('\n'));
    if (isHtml && !/class="[^"]*editor-note/.test(text)) continue;
    blocks.push({ kind: isHtml ? 'note' : 'paragraph', text, line: lineOf(start), section });
  }
  return { frontMatter, frontMatterProblem, fieldLines, blocks };
}
