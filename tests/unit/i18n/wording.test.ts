import { describe, expect, it } from 'vitest';
import * as wording from '../../../src/i18n/wording.ts';
import * as prose from '../../../src/i18n/prose.ts';

/** Every text of a dictionary entry, with its path: strings as they are, templates called with sample values. */
function texts(entry: unknown, path: string): [string, string][] {
  if (typeof entry === 'string') return [[path, entry]];
  if (typeof entry === 'function') {
    const sample = Array.from({ length: entry.length }, () => '1');
    return texts((entry as (...values: string[]) => unknown)(...sample), `${path}()`);
  }
  if (Array.isArray(entry)) return entry.flatMap((item, index) => texts(item, `${path}[${index}]`));
  if (typeof entry === 'object' && entry !== null) {
    return Object.entries(entry).flatMap(([key, value]) => texts(value, `${path}.${key}`));
  }
  return [];
}

describe('the interface dictionary', () => {
  const entries = [...texts(wording, 'wording'), ...texts(prose, 'prose')];

  it('holds the wording', () => {
    expect(entries.length).toBeGreaterThan(100);
  });

  it('has no empty or blank text', () => {
    expect(entries.filter(([, text]) => text.trim() === '').map(([path]) => path)).toEqual([]);
  });
});
