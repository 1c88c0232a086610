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
  /**
   * In the Traditional edition's text, the block as the Simplified original has it. Matching reads this
   * (so both editions find the same) and marks what it finds on the same characters of `text`: the
   * conversion changes characters one for one (see sameCharacterCount; the build checks it).
   */
  original?: string;
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

/** Whether `converted` has as many characters (code points) as `text`, so that each has its counterpart. */
export function sameCharacterCount(text: string, converted: string): boolean {
  return [...text].length === [...converted].length;
}

/**
 * Where offsets of `original` (at character boundaries) fall in `text`, a one-for-one conversion of it.
 * The same offsets, unless a character outside the Basic Multilingual Plane (two UTF-16 units) stands
 * for one inside it or the other way round (周𫖮 → 周顗).
 */
export function offsetsInConversion(original: string, text: string): (offset: number) => number {
  if (original === text) return (offset) => offset;
  const originals = [...original];
  const converted = [...text];
  if (originals.every((character, index) => character.length === converted[index]?.length)) return (offset) => offset;
  const offsets = new Map<number, number>();
  let from = 0;
  let to = 0;
  for (const [index, character] of originals.entries()) {
    offsets.set(from, to);
    from += character.length;
    to += converted[index]?.length ?? character.length;
  }
  offsets.set(from, to);
  return (offset) => offsets.get(offset) ?? offset;
}

/**
 * How the blocks' originals are stored: as the way back from the converted text, which costs far less than
 * a second copy. `toOriginal` pairs each converted character with the original it stands for most often
 * (廣广電电…); `exceptions` are the places where it stands for another ([block, offset, original]:
 * 著 is 著 in 著名 but 着 in 看着).
 */
interface StoredOriginals {
  toOriginal: string;
  exceptions: [number, number, string][];
}

function storeOriginals({ url, blocks }: SearchDocument): StoredOriginals | undefined {
  if (!blocks.some((block) => block.original !== undefined)) return undefined;
  const counts = new Map<string, Map<string, number>>();
  const aligned = blocks.map((block, index) => {
    const original = block.original ?? block.text;
    if (!sameCharacterCount(original, block.text)) {
      throw new Error(`search text of ${url}: block ${index} does not have its original's characters one for one`);
    }
    const originals = [...original];
    return [...block.text].map((character, at) => [character, originals[at] ?? character] as const);
  });
  for (const [character, original] of aligned.flat()) {
    const forCharacter = counts.get(character) ?? new Map<string, number>();
    forCharacter.set(original, (forCharacter.get(original) ?? 0) + 1);
    counts.set(character, forCharacter);
  }
  const back = new Map<string, string>();
  for (const [character, originals] of counts) {
    const [mostOften] = [...originals].sort((a, b) => b[1] - a[1]);
    if (mostOften && mostOften[0] !== character) back.set(character, mostOften[0]);
  }
  const exceptions: [number, number, string][] = [];
  for (const [index, pairs] of aligned.entries()) {
    let offset = 0;
    for (const [character, original] of pairs) {
      if ((back.get(character) ?? character) !== original) exceptions.push([index, offset, original]);
      offset += character.length;
    }
  }
  return { toOriginal: [...back].flat().join(''), exceptions };
}

function restoreOriginals(blocks: readonly SearchBlock[], stored: StoredOriginals): SearchBlock[] {
  const pairs = [...stored.toOriginal];
  const back = new Map<string, string>();
  for (let index = 0; index + 1 < pairs.length; index += 2) back.set(pairs[index] ?? '', pairs[index + 1] ?? '');
  const exceptions = new Map(stored.exceptions.map(([block, offset, original]) => [`${block}:${offset}`, original]));
  return blocks.map((block, index) => {
    let original = '';
    let offset = 0;
    for (const character of block.text) {
      original += exceptions.get(`${index}:${offset}`) ?? back.get(character) ?? character;
      offset += character.length;
    }
    return { ...block, original };
  });
}

/** The compact JSON form of a document written next to the search index (one file per article and edition). */
export function serializeDocument(document: SearchDocument): string {
  return JSON.stringify({
    url: document.url,
    title: document.title,
    date: document.date,
    dateText: document.dateText,
    source: document.source,
    sections: document.sections.map((section) => [section.id, section.title]),
    blocks: document.blocks.map((block) => [block.section, block.anchor, block.text]),
    ...storeOriginals(document),
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

function isStoredOriginals(value: { toOriginal?: unknown; exceptions?: unknown }): value is StoredOriginals {
  return (
    typeof value.toOriginal === 'string' &&
    Array.isArray(value.exceptions) &&
    value.exceptions.every(
      (exception: unknown) =>
        Array.isArray(exception) &&
        typeof exception[0] === 'number' &&
        typeof exception[1] === 'number' &&
        typeof exception[2] === 'string',
    )
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
  let textBlocks: SearchBlock[] = blocks.map(([section, anchor, text]) => ({ section, anchor, text }));
  if ('toOriginal' in record || 'exceptions' in record) {
    if (!isStoredOriginals(record)) return undefined;
    textBlocks = restoreOriginals(textBlocks, record);
  }
  return {
    url,
    title,
    date,
    dateText,
    source,
    sections: sections.map(([id, sectionTitle]) => ({ id, title: sectionTitle })),
    blocks: textBlocks,
  };
}
