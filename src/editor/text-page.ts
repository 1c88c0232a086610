// The article in the text of a saved page (what a browser's "save as text" or a scraper captured): the
// chrome dropped by the import rules, the title and column, the date and source line, then the body.
import { looksLikeHeading } from './heading-shape.ts';
import { type ImportedPage, type PageBlock, splitTitleColumn } from './imported-page.ts';
import type { ImportRules, PageMeta } from './import-rules.ts';

/** A line trimmed of ordinary, full-width and no-break spaces. */
function trimLine(line: string): string {
  return line.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, '');
}

/** The article of a saved page's text, as far as the rules find it. */
export function readTextPage(text: string, rules: ImportRules): ImportedPage {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map(trimLine)
    .filter((line) => line !== '' && !rules.isChrome(line));
  const metaAt = lines.findIndex((line) => rules.metaOf(line) !== undefined);
  // The title is the line just before the date and source line; without one, the first line.
  const titleAt = metaAt > 0 ? metaAt - 1 : 0;
  const meta: PageMeta = {};
  let bodyAt = titleAt + 1;
  for (let at = Math.max(metaAt, 0); metaAt !== -1 && at < lines.length; at += 1) {
    const found = rules.metaOf(lines[at] ?? '');
    if (found === undefined) break;
    meta.date ??= found.date;
    meta.source ??= found.source;
    bodyAt = at + 1;
  }
  const titleLine = metaAt === 0 ? undefined : lines[titleAt];
  const { title, column } = titleLine
    ? splitTitleColumn(titleLine, rules.titleColumnSeparators)
    : { title: undefined, column: undefined };
  const body = lines.slice(bodyAt).filter((line) => line !== titleLine);
  const blocks: PageBlock[] = body.map((line, at) => ({
    kind: looksLikeHeading(line, at === body.length - 1) ? 'heading' : 'paragraph',
    text: line,
  }));
  return {
    title,
    column,
    date: meta.date,
    source: meta.source,
    blocks,
    unrecognised: metaAt > 0 ? lines.slice(0, titleAt) : [],
  };
}
