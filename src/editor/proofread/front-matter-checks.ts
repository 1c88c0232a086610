// A title or date that disagrees with the text: a title that shares almost nothing with the body (pasted from
// another page), a date earlier than a full date the text reports as past, a front matter YAML cannot read.
import type { TextBlock } from './article-text.ts';
import { around, type Finding, lineAt } from './finding.ts';

/** Below this share of the title's character pairs found in the body, the title is reported. */
const MIN_TITLE_OVERLAP = 0.3;
/** Full dates as Chinese text writes them: 2020年3月5日, 2020-03-05. */
const FULL_DATE = /(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|-(\d{1,2})-(\d{1,2})(?!\d))/gu;

/** The title's pairs of adjacent Han characters. */
function hanPairs(text: string): string[] {
  const pairs: string[] = [];
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    const characters = [...run];
    for (let at = 0; at + 1 < characters.length; at += 1) pairs.push(`${characters[at]}${characters[at + 1]}`);
  }
  return pairs;
}

/** A title whose words or numbers the body does not contain. */
export function titleAgainstText(
  title: string | undefined,
  titleLine: number,
  blocks: readonly TextBlock[],
): Finding[] {
  if (title === undefined || title.trim() === '') return [];
  const body = blocks.map((block) => block.text).join('\n');
  const pairs = hanPairs(title);
  const shared = pairs.filter((pair) => body.includes(pair)).length;
  const missingNumbers = (title.normalize('NFKC').match(/[0-9A-Za-z]+/g) ?? []).filter(
    (token) => !body.normalize('NFKC').includes(token),
  );
  const findings: Finding[] = [];
  if (pairs.length >= 4 && shared / pairs.length < MIN_TITLE_OVERLAP) {
    findings.push({
      kind: 'title-disagrees',
      level: 'fix',
      line: titleLine,
      what: `title shares ${shared} of its ${pairs.length} character pairs with the text`,
      context: title,
      action: 'check that the title belongs to this text (a title from another page?)',
      section: undefined,
    });
  }
  if (missingNumbers.length > 0) {
    findings.push({
      kind: 'title-disagrees',
      level: 'fix',
      line: titleLine,
      what: `title names ${missingNumbers.join(', ')}, which the text never mentions`,
      context: title,
      action: 'check the title against the source page',
      section: undefined,
    });
  }
  return findings;
}

/** Full dates in the text later than the article's own date (the text reports them, so it cannot be older). */
export function datesAgainstText(date: string | undefined, blocks: readonly TextBlock[]): Finding[] {
  if (date === undefined || !/^\d{4}-\d{2}-\d{2}/.test(date)) return [];
  const published = date.slice(0, 10);
  const findings: Finding[] = [];
  for (const block of blocks) {
    if (block.kind === 'note') continue;
    for (const match of block.text.matchAll(FULL_DATE)) {
      const month = match[2] ?? match[4] ?? '';
      const day = match[3] ?? match[5] ?? '';
      const mentioned = `${match[1]}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
      if (mentioned <= published) continue;
      findings.push({
        kind: 'date-disagrees',
        level: 'fix',
        line: lineAt(block.text, match.index, block.line),
        what: `the text mentions ${mentioned}, after the article's date ${published}`,
        context: around(block.text, match.index, match[0].length),
        action: 'check the date against the source page (a plan or deadline is fine: then ignore this)',
        section: block.section,
      });
    }
  }
  return findings;
}
