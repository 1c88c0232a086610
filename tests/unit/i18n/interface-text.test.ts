// Interface wording lives in src/i18n/ only (src/i18n/wording.ts, src/i18n/prose.ts): a component, layout or
// page that writes Chinese into its markup or script has wording the dictionary does not hold, and the
// next change of that wording would have to find it there.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../support/build-site.ts';

const sourceRoot = join(projectRoot, 'src');

// Han (CJK extension A and the unified block), CJK compatibility ideographs, CJK symbols and punctuation,
// full-width and half-width forms.
const CHINESE = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/u;

/** `source` with its comments (`<!-- -->`, `/* *\/`, `{/* *\/}` and `//` to the end of a line) blanked, lines kept. */
function withoutComments(source: string): string {
  const blank = (comment: string): string => comment.replace(/[^\n]/g, ' ');
  return (
    source
      .replace(/<!--[\s\S]*?-->/g, blank)
      .replace(/\/\*[\s\S]*?\*\//g, blank)
      // Not the slashes of an address (https://…).
      .replace(/(^|[^:])(\/\/.*)$/gm, (_line, before: string, comment: string) => before + blank(comment))
  );
}

/** Each line of an .astro file's `source` that holds Chinese outside comments, as `file:line: text`. */
function chineseLines(file: string, source: string): string[] {
  return withoutComments(source)
    .split('\n')
    .flatMap((line, index) => (CHINESE.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : []));
}

const astroFiles = readdirSync(sourceRoot, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.astro'))
  .map((file) => relative(projectRoot, join(sourceRoot, file)))
  .sort();

describe('interface text in .astro files', () => {
  it('finds the .astro files', () => {
    expect(astroFiles.length).toBeGreaterThan(30);
  });

  it('finds Chinese outside comments, and only there', () => {
    const source = [
      '---',
      '// 返回顶部: a comment',
      "const url = 'https://example.org/'; // 注释",
      '---',
      '<!-- 注释 -->',
      '{/* 注释 */}',
      '<p>返回顶部</p>',
      '<p title="（">x</p>',
      '<style>/* 字号 */</style>',
    ].join('\n');
    expect(chineseLines('x.astro', source)).toEqual(['x.astro:7: <p>返回顶部</p>', 'x.astro:8: <p title="（">x</p>']);
  });

  it.each(astroFiles)('%s takes its wording from src/i18n/', (file) => {
    expect(chineseLines(file, readFileSync(join(projectRoot, file), 'utf8'))).toEqual([]);
  });
});
