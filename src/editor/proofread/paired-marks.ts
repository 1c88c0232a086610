// Quotes and brackets come in pairs: one opened and never closed, closed without being opened, or written
// the wrong way round (”尽量不出门“) is a defect of the source that the archive keeps and explains.
import type { TextBlock } from './article-text.ts';
import { around, type Finding, lineAt } from './finding.ts';

/** Opening marks and their closing partners. */
const PAIRS: ReadonlyMap<string, string> = new Map([
  ['“', '”'],
  ['‘', '’'],
  ['（', '）'],
  ['(', ')'],
  ['《', '》'],
  ['【', '】'],
  ['「', '」'],
  ['『', '』'],
]);
const OPENING_OF: ReadonlyMap<string, string> = new Map([...PAIRS].map(([open, close]) => [close, open]));
const LATIN_LETTER = /[A-Za-z]/;

/** Whether the mark at `index` is an apostrophe in Latin text (it’s), not a quote. */
function isApostrophe(text: string, index: number): boolean {
  return text[index] === '’' && LATIN_LETTER.test(text[index - 1] ?? '') && LATIN_LETTER.test(text[index + 1] ?? '');
}

/** Reversed pairs (”…“) and marks without a partner in each paragraph and heading. */
export function pairedMarks(blocks: readonly TextBlock[]): Finding[] {
  const findings: Finding[] = [];
  for (const block of blocks) {
    if (block.kind === 'note') continue;
    const { text } = block;
    const open: { mark: string; index: number }[] = [];
    const lone: { mark: string; index: number }[] = [];
    for (let index = 0; index < text.length; index += 1) {
      const mark = text[index] ?? '';
      if (isApostrophe(text, index)) continue;
      if (PAIRS.has(mark)) {
        open.push({ mark, index });
        continue;
      }
      const opening = OPENING_OF.get(mark);
      if (opening === undefined) continue;
      if (open.at(-1)?.mark === opening) {
        open.pop();
        continue;
      }
      // A closing mark with nothing to close is reversed when the next mark of its pair is the opening one,
      // in the same sentence: ”尽量不出门“.
      let partner = index + 1;
      while (partner < text.length && text[partner] !== opening && text[partner] !== mark) partner += 1;
      const reversed = text[partner] === opening && !/[。！？!?]/u.test(text.slice(index, partner));
      if (reversed) {
        const quoted = text.slice(index + 1, partner);
        findings.push({
          kind: 'reversed-quotes',
          level: 'kept',
          line: lineAt(text, index, block.line),
          what: 'reversed quotes',
          context: text.slice(index, partner + 1),
          action: `kept as received (the source writes ${mark}…${opening}); say so in an editor’s note`,
          section: block.section,
          subject: quoted,
        });
        index = partner;
      } else {
        lone.push({ mark, index });
      }
    }
    for (const { mark, index } of [...lone, ...open].sort((a, b) => a.index - b.index)) {
      const context = around(text, index, 1);
      findings.push({
        kind: 'unpaired-mark',
        level: 'kept',
        line: lineAt(text, index, block.line),
        what: `${mark} without its partner`,
        context,
        action: 'kept as received; check the source, and say so in an editor’s note',
        section: block.section,
        noteClause: `原文“${context.replace(/…/g, '')}”处的${mark}没有与之成对的符号`,
      });
    }
  }
  return findings;
}
