// What the search stores about an article besides its index tokens: its text in blocks
// (title, date/source line, headings, paragraphs) with the id each block can be linked
// by and the section it belongs to. It is a small file per article, fetched only for
// pages that are candidates of a search (Pagefind would index it if it were metadata).

/** Section number of blocks that come before the first heading (title, date/source line, lede). */
export const HEADER_SECTION = -1;

/** A section of an article: the id of its heading and the heading's text. */
export interface SearchSection {
  id: string;
  title: string;
}

/** A block of an article's text: a heading, a paragraph, the title or the date/source line. */
export interface SearchBlock {
  /** Index into `sections`, or HEADER_SECTION. */
  section: number;
  /** Id of the element a link to this block targets ('' for the title and date line: the page top). */
  anchor: string;
  text: string;
}

/** An article as the search sees it. */
export interface SearchDocument {
  url: string;
  title: string;
  /** ISO day, e.g. 2020-03-03. */
  date: string;
  /** The date as printed on the page, e.g. 2020年3月3日. */
  dateText: string;
  source: string;
  sections: SearchSection[];
  blocks: SearchBlock[];
}

/** The compact JSON form of a document written next to the search index (one file per article). */
export function serializeDocument(document: SearchDocument): string {
  return JSON.stringify({
    url: document.url,
    title: document.title,
    date: document.date,
    dateText: document.dateText,
    source: document.source,
    sections: document.sections.map((section) => [section.id, section.title]),
    blocks: document.blocks.map((block) => [block.section, block.anchor, block.text]),
  });
}

function isStringPair(value: unknown): value is [string, string] {
  return Array.isArray(value) && typeof value[0] === 'string' && typeof value[1] === 'string';
}

function isBlockTuple(value: unknown): value is [number, string, string] {
  return (
    Array.isArray(value) && typeof value[0] === 'number' && typeof value[1] === 'string' && typeof value[2] === 'string'
  );
}

/** Reads what serializeDocument wrote; undefined for anything else. */
export function parseDocument(json: unknown): SearchDocument | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const record = json as Record<string, unknown>;
  const { url, title, date, dateText, source, sections, blocks } = record;
  if (typeof url !== 'string' || typeof title !== 'string' || typeof date !== 'string') return undefined;
  if (typeof dateText !== 'string' || typeof source !== 'string') return undefined;
  if (!Array.isArray(sections) || !sections.every(isStringPair)) return undefined;
  if (!Array.isArray(blocks) || !blocks.every(isBlockTuple)) return undefined;
  return {
    url,
    title,
    date,
    dateText,
    source,
    sections: sections.map(([id, sectionTitle]) => ({ id, title: sectionTitle })),
    blocks: blocks.map(([section, anchor, text]) => ({ section, anchor, text })),
  };
}
