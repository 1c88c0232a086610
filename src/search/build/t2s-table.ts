import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as OpenCC from 'opencc-js/t2cn';
import { t2sBlockPath, t2sVariantsBlockPath } from '../shared/contract.ts';
import { isHan } from '../shared/normalize.ts';
import type { RegionalTable } from '../shared/regional.ts';
import { t2sBlockName, type T2sTable, type VariantsTable } from '../shared/t2s.ts';
import { regionalBlockEntries } from './regional-table.ts';

/** Highest code point that may be a Chinese character (end of the CJK extension planes). */
const LAST_HAN_CODE_POINT = 0x3ffff;

function* hanCharacters(): Generator<string> {
  for (let codePoint = 0; codePoint <= LAST_HAN_CODE_POINT; codePoint += 1) {
    const character = String.fromCodePoint(codePoint);
    if (isHan(character)) yield character;
  }
}

/** opencc-js's Traditional → Simplified conversion, character by character, for every Chinese character it changes. */
export function buildT2sTable(): T2sTable {
  const converters = [
    OpenCC.Converter({ from: 'hk', to: 'cn' }),
    OpenCC.Converter({ from: 'tw', to: 'cn' }),
    OpenCC.Converter({ from: 't', to: 'cn' }),
  ];
  const table = new Map<string, string>();
  for (const character of hanCharacters()) {
    const simplified = converters.map((convert) => convert(character)).find((converted) => converted !== character);
    if (simplified !== undefined) table.set(character, simplified);
  }
  return table;
}

/**
 * The table's classes (see VariantsTable): for each Simplified form of a single character, the characters
 * converted to it, listed under every member of the class and under the form itself.
 */
export function buildVariantsTable(table: T2sTable): VariantsTable {
  const classes = new Map<string, string[]>();
  for (const [character, simplified] of table) {
    if ([...simplified].length !== 1) continue;
    classes.set(simplified, [...(classes.get(simplified) ?? []), character]);
  }
  const variants = new Map<string, string>();
  for (const [simplified, members] of classes) {
    const entry = simplified + members.sort().join('');
    for (const character of [simplified, ...members]) {
      // A character the table both converts and converts to (么 → 幺, 麼 → 么) reads as its own conversion.
      if (!variants.has(character) || table.get(character) === simplified) variants.set(character, entry);
    }
  }
  return variants;
}

/**
 * Writes a character table into the bundle as one small JSON file per 256-code-point block, for every
 * block that holds a Chinese character (empty ones too, so a page never asks for a missing file).
 */
async function writeBlocks(
  bundleDir: string,
  path: (blockName: string) => string,
  table: T2sTable,
  phrases: ReadonlyMap<string, Record<string, string>> = new Map(),
): Promise<void> {
  const blocks = new Map<string, Record<string, string>>();
  for (const character of hanCharacters()) {
    const name = t2sBlockName(character);
    const block = blocks.get(name) ?? { ...phrases.get(name) };
    blocks.set(name, block);
    const entry = table.get(character);
    if (entry !== undefined) block[character] = entry;
  }
  await Promise.all(
    [...blocks].map(async ([name, entries]) => {
      const file = join(bundleDir, path(name));
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, JSON.stringify(entries));
    }),
  );
}

/**
 * Writes the table into the bundle by blocks (the search page loads the blocks of a query's characters),
 * with the regional phrases in the same files (./regional-table.ts), and the table's classes likewise (an
 * article page loads those of the text it highlights, ../client/highlight-page.ts).
 */
export async function writeT2sTable(bundleDir: string, table: T2sTable, regional: RegionalTable): Promise<void> {
  await writeBlocks(bundleDir, t2sBlockPath, table, regionalBlockEntries(regional, buildVariantsTable(table)));
  await writeBlocks(bundleDir, t2sVariantsBlockPath, buildVariantsTable(table));
}
