// Traditional → Simplified conversion on the client without shipping a converter:
// at build time opencc-js's character data is split into small files, one per block of
// 256 code points, and the search page fetches only the blocks of the characters typed
// (an article page, those of the text it highlights).
import type { FoldedText } from './normalize.ts';

/** The file (without extension) holding the Simplified forms of characters in `character`'s block. */
export function t2sBlockName(character: string): string {
  return ((character.codePointAt(0) ?? 0) >> 8).toString(16).padStart(2, '0');
}

/** A character table: Traditional (or variant) character → Simplified character(s). */
export type T2sTable = ReadonlyMap<string, string>;

/** Converts text with a character table; characters not in it are kept. */
export function toSimplifiedWith(table: T2sTable, text: string): string {
  let converted = '';
  for (const character of text) converted += table.get(character) ?? character;
  return converted;
}

/**
 * Reads the characters of one block file (a JSON object of character → string, see contract.ts; its keys of
 * several characters are regional phrases, read by ./regional.ts); anything malformed yields no entries.
 */
export function parseT2sBlock(json: unknown): Map<string, string> {
  const table = new Map<string, string>();
  if (typeof json !== 'object' || json === null) return table;
  for (const [traditional, simplified] of Object.entries(json)) {
    if (typeof simplified === 'string' && [...traditional].length === 1) table.set(traditional, simplified);
  }
  return table;
}

/**
 * The table's classes, keyed by character: for every character the table converts or converts to, that
 * Simplified form followed by every character the table converts to it (复, 復 and 複 → '复復複'). Looked up
 * for the characters of a string, it says which characters of any text read the same once converted.
 */
export type VariantsTable = ReadonlyMap<string, string>;

/**
 * The part of the T→S table that matching `characters` needs: each of them and every character read the
 * same maps to their Simplified form. Converted with it, a text holds one of those Simplified forms where
 * the text converted with the whole table does, so a string made of `characters` matches it in the same
 * places, without the table's other blocks. (The table's few chains, such as 麼 → 么 → 幺, are not
 * followed: the whole table turns a 么 of the text into 幺, this part leaves it a 么, like the 麼 it reads as.)
 */
export function tableForCharacters(variants: VariantsTable, characters: Iterable<string>): T2sTable {
  const table = new Map<string, string>();
  for (const character of characters) {
    const [simplified, ...others] = [...(variants.get(character) ?? '')];
    if (simplified === undefined) continue;
    for (const variant of [simplified, ...others]) table.set(variant, simplified);
  }
  return table;
}

/** Converts folded text with a character table, keeping each unit's source offset (see foldWithOrigins). */
export function toSimplifiedWithOrigins(table: T2sTable, folded: FoldedText): FoldedText {
  let text = '';
  const origin: number[] = [];
  let unit = 0;
  for (const character of folded.text) {
    const converted = table.get(character) ?? character;
    const source = folded.origin[unit] ?? 0;
    for (let index = 0; index < converted.length; index += 1) origin.push(source);
    text += converted;
    unit += character.length;
  }
  origin.push(folded.origin[folded.text.length] ?? 0);
  return { text, origin };
}
