// `npm run proofread` and the report `npm run import` prints: every check over one article file, the kept
// defects grouped by section with a draft editor's note, and whether the file passes in --strict mode.
import { readArticleText, type TextBlock } from './article-text.ts';
import type { Finding } from './finding.ts';
import { datesAgainstText, titleAgainstText } from './front-matter-checks.ts';
import { lostCharacters } from './encoding-checks.ts';
import { draftEditorNote } from './note-draft.ts';
import { pairedMarks } from './paired-marks.ts';
import { missingClosingPunctuation, repeatedHeadings, repeatedParagraphs } from './paragraph-checks.ts';
import { halfWidthPunctuation, straightQuotes } from './typography-checks.ts';

/** A draft editor's note for one section's kept defects, and where it would go. */
interface NoteDraft {
  readonly section: string | undefined;
  /** The line after which to paste it: the section's last paragraph. */
  readonly afterLine: number;
  readonly aside: string;
}

/** What proofreading found in one article. */
export interface ProofreadReport {
  readonly findings: readonly Finding[];
  /** Draft notes for sections whose kept defects no editor's note explains yet. */
  readonly drafts: readonly NoteDraft[];
  /** Findings that fail --strict: problems to fix, and kept defects in a section without an editor's note. */
  readonly unresolved: readonly Finding[];
}

/** A front-matter value as text, if it is one. */
function textField(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Every check over an article's Markdown text, sorted by line. */
export function proofreadArticle(fileText: string): ProofreadReport {
  const article = readArticleText(fileText);
  const { blocks, frontMatter, fieldLines } = article;
  const title = textField(frontMatter['title']);
  const findings: Finding[] = [
    ...(article.frontMatterProblem === undefined
      ? []
      : [
          {
            kind: 'front-matter',
            level: 'fix' as const,
            line: 1,
            what: 'front matter cannot be read',
            context: article.frontMatterProblem,
            action: 'correct it: the build stops on it too',
            section: undefined,
          },
        ]),
    ...repeatedParagraphs(blocks),
    ...pairedMarks(blocks),
    ...missingClosingPunctuation(blocks),
    ...lostCharacters(blocks),
    ...repeatedHeadings(blocks, title),
    ...titleAgainstText(title, fieldLines['title'] ?? 2, blocks),
    ...datesAgainstText(textField(frontMatter['date']), blocks),
    ...straightQuotes(blocks),
    ...halfWidthPunctuation(blocks),
  ].sort((a, b) => a.line - b.line);
  const noted = new Set(blocks.filter((block) => block.kind === 'note').map((block) => block.section));
  const kept = findings.filter((finding) => finding.level === 'kept');
  const sections = [...new Set(kept.map((finding) => finding.section))];
  const drafts = sections
    .filter((section) => !noted.has(section))
    .map((section) => ({
      section,
      afterLine: lastParagraphLine(blocks, section),
      aside: draftEditorNote(kept.filter((finding) => finding.section === section)),
    }));
  const unresolved = findings.filter(
    (finding) => finding.level === 'fix' || (finding.level === 'kept' && !noted.has(finding.section)),
  );
  return { findings, drafts, unresolved };
}

/** The line of a section's last paragraph (where its editor's note goes). */
function lastParagraphLine(blocks: readonly TextBlock[], section: string | undefined): number {
  const paragraphs = blocks.filter((block) => block.section === section && block.kind !== 'heading');
  return paragraphs.at(-1)?.line ?? 1;
}

/** Whether a section has an editor's note, for a finding's action line. */
function explained(report: ProofreadReport, finding: Finding): boolean {
  return finding.level === 'kept' && !report.unresolved.includes(finding);
}

/** The report as an editor reads it: one finding a paragraph (file:line, what, the quoted text, the action). */
export function formatReport(file: string, report: ProofreadReport): string {
  if (report.findings.length === 0) return `${file}: nothing to report`;
  const lines: string[] = [];
  for (const finding of report.findings) {
    const action = explained(report, finding)
      ? 'kept as received; the section’s editor’s note explains it'
      : finding.action;
    lines.push(`${file}:${finding.line}: ${finding.what}`, `  「${finding.context}」`, `  → ${action}`);
  }
  for (const draft of report.drafts) {
    lines.push(
      '',
      `Draft editor's note for ${draft.section === undefined ? 'the opening paragraphs' : `section “${draft.section}”`} (review it, then paste it after line ${draft.afterLine}):`,
      draft.aside,
    );
  }
  const counts = (['kept', 'fix', 'count'] as const).map(
    (level) => report.findings.filter((finding) => finding.level === level).length,
  );
  lines.push(
    '',
    `${file}: ${counts[0]} kept as received, ${counts[1]} to fix, ${counts[2]} about typography; ${report.unresolved.length} unresolved (what --strict fails on)`,
  );
  return lines.join('\n');
}
