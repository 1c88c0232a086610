// Traditional → Simplified conversion on the client without shipping a converter:
// at build time opencc-js's character data is split into small files, one per block of
// 256 code points, and the search page fetches only the blocks of the characters typed.

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

/** Reads one block file (a JSON object of Traditional → Simplified); anything malformed yields no entries. */
export function parseT2sBlock(json: unknown): Map<string, string> {
  const table = new Map<string, string>();
  if (typeof json !== 'object' || json === null) return table;
  for (const [traditional, simplified] of Object.entries(json)) {
    if (typeof simplified === 'string') table.set(traditional, simplified);
  }
  return table;
}
