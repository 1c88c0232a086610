// Regional wording: Taiwan and Hong Kong words for which the mainland writes another word (網路 → 网络,
// 線上 → 在线). The build derives the table from OpenCC's phrase dictionaries (../build/regional-table.ts)
// and ships it inside the Traditional → Simplified block files, so a query costs no extra request: each
// phrase sits in the block of every character its first character is read as. A phrase is keyed by its
// spelling once converted character by character (網路 → 网路), so it is found whichever script it was typed in.

/** Regional phrases: Simplified spelling of the regional word → its mainland form(s). */
export type RegionalTable = ReadonlyMap<string, readonly string[]>;

/** Separates several mainland forms of one phrase in a block file's value. */
const FORM_SEPARATOR = '|';

/** Most mainland spellings one term may gain (a term of several regional phrases multiplies them). */
const MAX_REGIONAL_FORMS = 4;

/** Whether a block-file key is a regional phrase (several characters) rather than a character. */
export function isRegionalKey(key: string): boolean {
  return [...key].length > 1;
}

/** A phrase's mainland forms as written in a block file (see FORM_SEPARATOR). */
export function regionalValue(forms: readonly string[]): string {
  return forms.join(FORM_SEPARATOR);
}

/** Reads the regional phrases of one block file (a JSON object, see ../shared/contract.ts t2sBlockPath). */
export function parseRegionalBlock(json: unknown): Map<string, string[]> {
  const table = new Map<string, string[]>();
  if (typeof json !== 'object' || json === null) return table;
  for (const [key, value] of Object.entries(json)) {
    if (!isRegionalKey(key) || typeof value !== 'string') continue;
    const forms = value.split(FORM_SEPARATOR).filter((form) => form !== '' && form !== key);
    if (forms.length > 0) table.set(key, forms);
  }
  return table;
}

/**
 * The mainland spellings of a Simplified term: scanning left to right, the longest regional phrase starting
 * at each position is replaced by its mainland form(s) (远端办公 → 远程办公). None when no phrase occurs.
 */
export function regionalForms(table: RegionalTable, simplified: string): string[] {
  if (table.size === 0) return [];
  const longest = Math.max(...[...table.keys()].map((key) => key.length));
  let spellings = [''];
  let replaced = false;
  for (let index = 0; index < simplified.length;) {
    let step = 1;
    let forms: readonly string[] = [simplified.slice(index, index + 1)];
    for (let length = Math.min(longest, simplified.length - index); length > 1; length -= 1) {
      const found = table.get(simplified.slice(index, index + length));
      if (found) {
        step = length;
        forms = found;
        replaced = true;
        break;
      }
    }
    spellings = spellings.flatMap((spelling) => forms.map((form) => spelling + form)).slice(0, MAX_REGIONAL_FORMS);
    index += step;
  }
  return replaced ? spellings.filter((spelling) => spelling !== simplified) : [];
}
