// An article's Markdown file read for proofreading: its front matter as written and its body as blocks
// (headings, paragraphs, editor's notes), each with the line it starts on and the section it belongs to.
import yaml from 'js-yaml';

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

/** The front matter (read with YAML's JSON schema, so dates stay as written) and the body of a Markdown file. */
export function readArticleText(fileText: string): ArticleText {
  const lines = fileText.replace(/^\uFEFF/, '').split(/\r?\n/);
  let bodyStart = 0;
  let frontMatter: Record<string, unknown> = {};
  let frontMatterProblem: string | undefined;
  const fieldLines: Record<string, number> = {};
  if (lines[0] === '---') {
    const end = lines.indexOf('---', 1);
    if (end === -1) {
      frontMatterProblem = 'the front matter has no closing ---';
    } else {
      bodyStart = end + 1;
      lines.slice(1, end).forEach((line, at) => {
        const key = /^([A-Za-z_][\w-]*)\s*:/.exec(line)?.[1];
        if (key !== undefined) fieldLines[key] ??= at + 2;
      });
      try {
        const read: unknown = yaml.load(lines.slice(1, end).join('\n'), { schema: yaml.JSON_SCHEMA });
        if (typeof read === 'object' && read !== null) frontMatter = read as Record<string, unknown>;
      } catch (error) {
        frontMatterProblem = error instanceof Error ? error.message.split('\n')[0] : String(error);
      }
    }
  }
  const blocks: TextBlock[] = [];
  let section: string | undefined;
  let at = bodyStart;
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
      blocks.push({ kind: 'heading', text: section, line: start + 1, section });
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
    blocks.push({ kind: isHtml ? 'note' : 'paragraph', text, line: start + 1, section });
  }
  return { frontMatter, frontMatterProblem, fieldLines, blocks };
}
