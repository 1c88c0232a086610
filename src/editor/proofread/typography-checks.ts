// Punctuation the archive keeps as received and counts for the editor: half-width marks in Chinese sentences
// (pages show them full-width, GB/T 15834) and straight ASCII quotes in Chinese text ("加速度").
import { straightQuotesInChinese } from '../../articles/straight-quotes.ts';
import { typesetPunctuation } from '../../typography/punctuation.ts';
import type { TextBlock } from './article-text.ts';
import { around, type Finding, lineAt } from './finding.ts';

/** One finding counting the half-width marks that pages show full-width, by mark, at the first one's line. */
export function halfWidthPunctuation(blocks: readonly TextBlock[]): Finding[] {
  const counts = new Map<string, number>();
  let first: { block: TextBlock; index: number } | undefined;
  for (const block of blocks) {
    if (block.kind === 'note') continue;
    const typeset = typesetPunctuation(block.text);
    for (let index = 0; index < block.text.length; index += 1) {
      const mark = block.text[index] ?? '';
      if (typeset[index] === mark) continue;
      counts.set(mark, (counts.get(mark) ?? 0) + 1);
      first ??= { block, index };
    }
  }
  if (first === undefined) return [];
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
  const byMark = [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([mark, count]) => `${mark} ×${count}`)
    .join(', ');
  return [
    {
      kind: 'half-width-punctuation',
      level: 'count',
      line: lineAt(first.block.text, first.index, first.block.line),
      what: `${total} half-width marks between Chinese characters (${byMark}); the first here`,
      context: around(first.block.text, first.index, 1),
      action: 'kept as received; pages show them full-width (src/typography/punctuation.ts)',
      section: first.block.section,
    },
  ];
}

/** Each straight quote in Chinese text, with its line. */
export function straightQuotes(blocks: readonly TextBlock[]): Finding[] {
  return blocks
    .filter((block) => block.kind !== 'note')
    .flatMap((block) =>
      straightQuotesInChinese(block.text).map((quote): Finding => ({
        kind: 'straight-quote',
        level: 'count',
        line: lineAt(block.text, quote.index, block.line),
        what: 'straight quote (") in Chinese text',
        context: around(block.text, quote.index, 1),
        action: 'kept as received (the build warns); if the source page shows “ ”, write those',
        section: block.section,
      })),
    );
}
