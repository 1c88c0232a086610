// An article file as editors write it: YAML front matter between `---` lines, then the Markdown body.

/** The two parts of an article file. */
export interface ArticleFileParts {
  /** The YAML between the `---` lines; undefined when the file has no front matter. */
  frontMatter: string | undefined;
  /** The Markdown after the front matter. */
  body: string;
  /** The line number (1-based) of the body's first line in the file, for messages. */
  bodyLine: number;
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/** Splits an article file into its front matter and body (a byte-order mark is ignored). */
export function splitArticleFile(text: string): ArticleFileParts {
  const unmarked = text.replace(/^\uFEFF/, '');
  const match = FRONT_MATTER.exec(unmarked);
  if (!match) return { frontMatter: undefined, body: unmarked, bodyLine: 1 };
  const head = match[0];
  return {
    frontMatter: match[1] ?? '',
    body: unmarked.slice(head.length),
    bodyLine: head.split('\n').length + (head.endsWith('\n') ? 0 : 1),
  };
}
