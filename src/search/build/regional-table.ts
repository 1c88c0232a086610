import * as OpenCC from 'opencc-js/t2cn';
import { regionalValue, type RegionalTable } from '../shared/regional.ts';
import { t2sBlockName, toSimplifiedWith, type T2sTable, type VariantsTable } from '../shared/t2s.ts';

/**
 * OpenCC's presets whose dictionaries hold regional phrases: Taiwan with phrases (twp) and Hong Kong with
 * phrases (hkp). The plain Hong Kong preset (hk) holds character variants only: hk → cn turns 網路 into 网路.
 */
const REGIONAL_PRESETS = ['twp', 'hkp'] as const;

/** The keys of one opencc-js dictionary (its documented forms: "key value|key value" or [key, value] pairs). */
function dictionaryKeys(dictionary: OpenCC.DictLike): string[] {
  if (typeof dictionary !== 'string') return dictionary.map(([key]) => key);
  return dictionary
    .split('|')
    .map((entry) => entry.split(' ')[0] ?? '')
    .filter((key) => key !== '');
}

/**
 * The regional phrases of OpenCC's Taiwan and Hong Kong dictionaries whose mainland form (the preset's
 * Converter to 'cn') differs from their character-by-character conversion with `t2s`: keyed by that
 * conversion (網路 → 网路 → [网络]).
 */
export function buildRegionalTable(t2s: T2sTable): RegionalTable {
  const table = new Map<string, string[]>();
  for (const preset of REGIONAL_PRESETS) {
    const toMainland = OpenCC.Converter({ from: preset, to: 'cn' });
    for (const group of OpenCC.Locale.from[preset] ?? []) {
      for (const dictionary of group) {
        for (const phrase of dictionaryKeys(dictionary)) {
          if ([...phrase].length < 2) continue;
          const literal = toSimplifiedWith(t2s, phrase);
          const mainland = toMainland(phrase);
          if (mainland === literal || !/\p{Script=Han}/u.test(literal)) continue;
          const forms = table.get(literal) ?? [];
          if (!forms.includes(mainland)) table.set(literal, [...forms, mainland]);
        }
      }
    }
  }
  return table;
}

/**
 * The regional phrases by block file (see ../shared/t2s.ts t2sBlockName): each phrase in the block of every
 * character its first character is read as (网路 under 网 and 網), so the blocks a query's characters load
 * hold every phrase the query may start with.
 */
export function regionalBlockEntries(
  regional: RegionalTable,
  variants: VariantsTable,
): Map<string, Record<string, string>> {
  const blocks = new Map<string, Record<string, string>>();
  for (const [phrase, forms] of regional) {
    const [first = ''] = phrase;
    for (const character of new Set([first, ...(variants.get(first) ?? '')])) {
      const name = t2sBlockName(character);
      blocks.set(name, { ...blocks.get(name), [phrase]: regionalValue(forms) });
    }
  }
  return blocks;
}
