// Straight ASCII double quotes in Chinese text ("加速度") are a capture slip: GB/T 15834 writes “加速度”.
// The archive keeps them as received; the build warns and `npm run proofread` lists them, so an editor sees them.

/** Han characters and the CJK punctuation that only Chinese text uses. */
const CHINESE = /[\p{Script=Han}\u3000-\u303f\uff01-\uff5e]/u;

/** One straight quote standing in Chinese text: its index in the text and a short stretch around it. */
export interface StraightQuote {
  readonly index: number;
  readonly context: string;
}

/** Straight `"` in Chinese text: a quote with a Chinese character just before or just after it. */
export function straightQuotesInChinese(text: string): StraightQuote[] {
  const found: StraightQuote[] = [];
  for (let index = text.indexOf('"'); index !== -1; index = text.indexOf('"', index + 1)) {
    const before = text[index - 1] ?? '';
    const after = text[index + 1] ?? '';
    if (!CHINESE.test(before) && !CHINESE.test(after)) continue;
    found.push({ index, context: text.slice(Math.max(0, index - 8), index + 9).replace(/\s+/g, ' ') });
  }
  return found;
}

/**
 * The build warning for straight quotes in an article's Chinese text (its Markdown body), or undefined when
 * there are none. HTML lines (editor's notes) are skipped: their attributes are quoted in ASCII by design.
 */
export function straightQuoteWarning(file: string, body: string): string | undefined {
  const text = body
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('<'))
    .join('\n');
  const quotes = straightQuotesInChinese(text);
  if (quotes.length === 0) return undefined;
  // A pair close together is shown as what it quotes ("加速度"), a lone quote with what surrounds it.
  const stretches: string[] = [];
  for (let at = 0; at < quotes.length; at += 1) {
    const quote = quotes[at];
    const next = quotes[at + 1];
    if (quote === undefined) continue;
    if (next !== undefined && next.index - quote.index <= 30 && !text.slice(quote.index, next.index).includes('\n')) {
      stretches.push(text.slice(quote.index, next.index + 1));
      at += 1;
    } else {
      stretches.push(`…${quote.context}…`);
    }
  }
  const shown = stretches.slice(0, 3).join(', ');
  const more = stretches.length > 3 ? ` and ${stretches.length - 3} more` : '';
  return `${file}: ${quotes.length} straight quote${quotes.length === 1 ? '' : 's'} (") in Chinese text, kept as received: ${shown}${more}; Chinese text uses “ ” (run npm run proofread for the lines)`;
}
