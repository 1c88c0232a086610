import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as OpenCC from 'opencc-js/t2cn';
import { t2sBlockPath } from '../shared/contract.ts';
import { isHan } from '../shared/normalize.ts';
import { t2sBlockName, type T2sTable } from '../shared/t2s.ts';

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
 * Writes the table into the bundle as one small JSON file per 256-code-point block, for every block
 * that holds a Chinese character (empty ones too, so the page never asks for a missing file).
 */
export async function writeT2sTable(bundleDir: string, table: T2sTable): Promise<void> {
  const blocks = new Map<string, Record<string, string>>();
  for (const character of hanCharacters()) {
    const name = t2sBlockName(character);
    const block = blocks.get(name) ?? {};
    blocks.set(name, block);
    const simplified = table.get(character);
    if (simplified !== undefined) block[character] = simplified;
  }
  await Promise.all(
    [...blocks].map(async ([name, entries]) => {
      const file = join(bundleDir, t2sBlockPath(name));
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, JSON.stringify(entries));
    }),
  );
}
