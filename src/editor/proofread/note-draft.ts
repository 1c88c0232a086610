// Draft editor's notes (编者注) for the defects a section keeps as received, in the form the README shows and
// the 广东 section of 2020-02-08-broadcast-networks-fight-epidemic uses. The editor reviews them before publishing.
import { SEARCH_IGNORE_ATTRIBUTE } from '../../search/shared/text-marks.ts';
import type { Finding } from './finding.ts';

/** The note's clause for all reversed quotes of a section: “A”和“B”两处的引号在原文中左右颠倒（写作”A“、”B“）. */
function reversedQuotesClause(findings: readonly Finding[]): string {
  const quoted = findings.map((finding) => `“${finding.subject ?? ''}”`);
  const written = findings.map((finding) => finding.context).join('、');
  const places = quoted.length === 1 ? `${quoted[0]}一处` : `${quoted.join('和')}${chineseCount(quoted.length)}处`;
  return `${places}的引号在原文中左右颠倒（写作${written}）`;
}

/** 2 → 两, 3 → 三, … (up to 十; larger counts as digits). */
function chineseCount(count: number): string {
  return ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'][count] ?? String(count);
}

/** The aside an editor pastes after the section's last paragraph, for the section's kept defects. */
export function draftEditorNote(findings: readonly Finding[]): string {
  const reversed = findings.filter((finding) => finding.kind === 'reversed-quotes');
  const clauses = findings.flatMap((finding) => (finding.noteClause === undefined ? [] : [finding.noteClause]));
  if (reversed.length > 0) clauses.push(reversedQuotesClause(reversed));
  const text = `本节照录来源原文，未作改动。${clauses.join('；')}，均按原样保留。`;
  return `<aside class="editor-note" aria-label="编者注" ${SEARCH_IGNORE_ATTRIBUTE}><p><strong>编者注</strong>：${text}</p></aside>`;
}
