// Display typesetting of the sources' punctuation (GB/T 15834, W3C clreq): the web copies the archive
// keeps verbatim often use half-width , ! : ; ? ( ) and straight quotes "…" inside Chinese sentences. Pages
// show the full-width marks and “ ” there; the Markdown, and so the archived text, stays exactly as received. Every mark maps to a
// single UTF-16 unit, so a typeset string has the same length as its source (the hast plugin relies on
// this to write text back across inline elements).

const FULL_WIDTH: ReadonlyMap<string, string> = new Map([
  [',', '，'],
  ['!', '！'],
  [':', '：'],
  [';', '；'],
  ['?', '？'],
  ['(', '（'],
  [')', '）'],
]);

/** Han characters, CJK symbols and punctuation, full-width forms, and the quotes, ellipsis and dashes Chinese text shares with Latin. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018\u2019\u201c\u201d\u2026\u2014\u2015]/u;
const DIGIT = /[0-9]/;
const SPACE = /\s/;

function isCjk(character: string | undefined): boolean {
  return character !== undefined && CJK.test(character);
}

/** The characters of the word-like run that ends just before `index` (back to a space or the start). */
function runBefore(text: string, index: number): string {
  let start = index;
  while (start > 0 && !SPACE.test(text[start - 1] ?? '')) start -= 1;
  return text.slice(start, index);
}

/** The characters of the word-like run that starts just after `index` (up to a space or the end). */
function runAfter(text: string, index: number): string {
  let end = index + 1;
  while (end < text.length && !SPACE.test(text[end] ?? '')) end += 1;
  return text.slice(index + 1, end);
}

/** Whether the half-width mark at `index` belongs to Chinese text (and so is shown full-width). */
function inChineseText(text: string, index: number): boolean {
  const mark = text[index];
  const before = text[index - 1];
  const after = text[index + 1];
  // 1,000 and 12:30 are numbers, whatever surrounds them.
  if ((mark === ',' || mark === ':') && DIGIT.test(before ?? '') && DIGIT.test(after ?? '')) return false;
  // http://, ?q=…: marks of an address stay as they are.
  if (mark === ':' && text.startsWith('//', index + 1)) return false;
  if (isCjk(before) || isCjk(after)) return true;
  // 到50%,5G站址: a clause break between two Chinese runs that merely end and start with a number or a Latin
  // word. Only commas and semicolons: the other marks also occur inside addresses and code-like tokens.
  if (mark !== ',' && mark !== ';') return false;
  const previousRun = runBefore(text, index);
  const nextRun = runAfter(text, index);
  const looksLikeAddress = /[/=@]/.test(previousRun + nextRun);
  return !looksLikeAddress && [...previousRun].some(isCjk) && [...nextRun].some(isCjk);
}

/** Index of the partner of each parenthesis in `text` (unmatched ones are left out). */
function parenthesisPairs(text: string): Map<number, number> {
  const pairs = new Map<number, number>();
  const open: number[] = [];
  for (let index = 0; index < text.length; index += 1) {
    if (text[index] === '(') open.push(index);
    else if (text[index] === ')') {
      const partner = open.pop();
      if (partner !== undefined) {
        pairs.set(partner, index);
        pairs.set(index, partner);
      }
    }
  }
  return pairs;
}

/**
 * The curly quote each straight double quote in Chinese text is shown as (“ opening, ” closing), by index.
 * Straight quotes pair up in order; a pair is Chinese when a Chinese character or mark stands just inside
 * or just outside either quote (的"加速度"来, 所谓"5G"时代). Latin text ("hello") and a quote left without
 * a partner stay as typed.
 */
function chineseQuotes(text: string): Map<number, string> {
  const quotes = new Map<number, string>();
  const positions: number[] = [];
  for (let index = text.indexOf('"'); index !== -1; index = text.indexOf('"', index + 1)) positions.push(index);
  for (let pair = 0; pair + 1 < positions.length; pair += 2) {
    const open = positions[pair] ?? 0;
    const close = positions[pair + 1] ?? 0;
    const around = [text[open - 1], text[open + 1], text[close - 1], text[close + 1]];
    if (!around.some(isCjk)) continue;
    quotes.set(open, '\u201c');
    quotes.set(close, '\u201d');
  }
  return quotes;
}

/**
 * Shows the half-width `, ! : ; ? ( )` that stand in Chinese text as `，！：；？（）`, and straight double
 * quotes there as “ ”; numbers, Latin text, URLs and dates keep their ASCII marks. A pair of parentheses
 * (or quotes) turns together. The result has the same length as `text`.
 */
export function typesetPunctuation(text: string): string {
  if (!/[,!:;?()"]/.test(text)) return text;
  const pairs = parenthesisPairs(text);
  const quotes = chineseQuotes(text);
  let typeset = '';
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index] ?? '';
    const quote = quotes.get(index);
    if (quote !== undefined) {
      typeset += quote;
      continue;
    }
    const fullWidth = FULL_WIDTH.get(character);
    if (fullWidth === undefined) {
      typeset += character;
      continue;
    }
    const partner = pairs.get(index);
    const chinese =
      inChineseText(text, index) || (partner !== undefined && (isCjk(text[partner - 1]) || isCjk(text[partner + 1])));
    typeset += chinese ? fullWidth : character;
  }
  return typeset;
}
