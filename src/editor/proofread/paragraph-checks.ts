// Proofreading of whole paragraphs and headings: a paragraph repeated word for word, a paragraph that ends
// without closing punctuation, a heading that repeats another.
import type { TextBlock } from './article-text.ts';
import type { Finding } from './finding.ts';

/** Marks a paragraph may end with: sentence ends, closing quotes and brackets, a colon before a quotation. */
const CLOSING = /[。！？!?…；;：:”’」』）)》】—~.]$/u;
/** Paragraphs shorter than this (in characters) are not compared for repetition (e.g. 是。). */
const MIN_REPEATED_LENGTH = 10;

/** Text compared for sameness: spaces and the width of punctuation do not count. */
function sameness(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/** The first words of a paragraph, cut at a word boundary after at most `limit` characters (for a quote). */
function openingWords(text: string, limit = 20): string {
  const clause = text.split(/[,，。！？!?；;：:、]/u)[0] ?? text;
  if ([...clause].length <= limit) return clause;
  let opening = '';
  for (const { segment } of new Intl.Segmenter('zh', { granularity: 'word' }).segment(clause)) {
    if ([...opening].length + [...segment].length > limit) break;
    opening += segment;
  }
  return opening;
}

/** The last clause of a paragraph (after its last mark), at most `limit` characters, for a quote. */
function closingWords(text: string, limit = 12): string {
  const clause = text.split(/[,，。！？!?；;：:、“”]/u).pop() ?? text;
  const characters = [...clause.trim()];
  return characters.slice(Math.max(0, characters.length - limit)).join('');
}

/** A paragraph that repeats an earlier one word for word. */
export function repeatedParagraphs(blocks: readonly TextBlock[]): Finding[] {
  const findings: Finding[] = [];
  const seen = new Map<string, TextBlock>();
  let previous: TextBlock | undefined;
  for (const block of blocks) {
    if (block.kind !== 'paragraph') continue;
    const key = sameness(block.text);
    const earlier = seen.get(key);
    if (earlier !== undefined && [...key].length >= MIN_REPEATED_LENGTH) {
      const opening = openingWords(block.text);
      const adjacent = earlier === previous;
      findings.push({
        kind: 'repeated-paragraph',
        level: 'kept',
        line: block.line,
        what: `repeated paragraph (same as line ${earlier.line})`,
        context: `${opening}…`,
        action: 'kept as received (the archive does not edit its sources); say so in an editor’s note',
        section: block.section,
        noteClause: `以“${opening}”开头的一段在原文中${adjacent ? '连续' : ''}出现两次`,
      });
    } else if (earlier === undefined) {
      seen.set(key, block);
    }
    previous = block;
  }
  return findings;
}

/** A paragraph whose last character is no closing punctuation (…最贴心地解答). */
export function missingClosingPunctuation(blocks: readonly TextBlock[]): Finding[] {
  return blocks
    .filter((block) => block.kind === 'paragraph' && !CLOSING.test(block.text.trim()))
    .map((block): Finding => {
      const tail = closingWords(block.text);
      return {
        kind: 'no-closing-punctuation',
        level: 'kept',
        line: block.line + (block.text.match(/\n/g)?.length ?? 0),
        what: 'paragraph ends without closing punctuation',
        context: `…${tail}`,
        action: 'kept as received (a missing full stop is the source’s); say so in an editor’s note',
        section: block.section,
        noteClause: `原文“${tail}”一句句末没有标点`,
      };
    });
}

/** A heading with the same text as an earlier one (or as the title): a section captured twice, or a slip. */
export function repeatedHeadings(blocks: readonly TextBlock[], title: string | undefined): Finding[] {
  const findings: Finding[] = [];
  const seen = new Map<string, string>();
  if (title !== undefined) seen.set(sameness(title), 'the title');
  for (const block of blocks) {
    if (block.kind !== 'heading') continue;
    const key = sameness(block.text);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      findings.push({
        kind: 'repeated-heading',
        level: 'fix',
        line: block.line,
        what: `heading repeats ${earlier}`,
        context: block.text,
        action: 'check the source: merge the sections or give the heading its own wording',
        section: block.section,
      });
    } else {
      seen.set(key, `the heading on line ${block.line}`);
    }
  }
  return findings;
}
