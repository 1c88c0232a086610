// Characters lost in a wrong decoding: the replacement character (�), and mojibake, text decoded in the
// wrong encoding (UTF-8 read as Latin-1: å¹¿ç”µ; the GBK signature of lost bytes: 锟斤拷). Never kept: the
// editor recovers the original text.
import type { TextBlock } from './article-text.ts';
import { around, type Finding, lineAt } from './finding.ts';

/** Stretches that only a wrong decoding writes. */
const MOJIBAKE = [
  // UTF-8 bytes shown as Latin-1 or Windows-1252: a lead byte's letter followed by continuation bytes' symbols.
  /(?:[\u00c2-\u00ef][\u0080-\u00bf\u2018-\u201e\u2020-\u2022\u2026\u2030\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u02c6\u02dc\u2039\u203a\u20ac\u2122]+)+/gu,
  // U+FFFD written as UTF-8 and read back as GBK, and the debug fills of uninitialised memory.
  /(?:锟斤拷|烫烫烫|屯屯屯)+/gu,
  // C1 control characters and private-use characters never stand in a news text.
  /[\u0080-\u009f\ue000-\uf8ff]+/gu,
];

/** Replacement characters and mojibake in the text, each with its line. */
export function lostCharacters(blocks: readonly TextBlock[]): Finding[] {
  const findings: Finding[] = [];
  for (const block of blocks) {
    if (block.kind === 'note') continue;
    const { text } = block;
    for (let index = text.indexOf('\ufffd'); index !== -1; index = text.indexOf('\ufffd', index + 1)) {
      findings.push({
        kind: 'replacement-character',
        level: 'fix',
        line: lineAt(text, index, block.line),
        what: 'replacement character (�): bytes lost in decoding',
        context: around(text, index, 1),
        action: 'not kept: recover the original characters from the source page, or import it again from its file',
        section: block.section,
      });
    }
    for (const pattern of MOJIBAKE) {
      for (const match of text.matchAll(pattern)) {
        findings.push({
          kind: 'mojibake',
          level: 'fix',
          line: lineAt(text, match.index, block.line),
          what: 'mojibake: text decoded in the wrong encoding',
          context: around(text, match.index, match[0].length),
          action: 'not kept: import the page again from its file (npm run import decodes GB 18030) or correct it',
          section: block.section,
        });
      }
    }
  }
  return findings;
}
