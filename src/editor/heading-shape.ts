// Plain text has no markup for section headings: a heading is recognised by its shape. The rules and their
// limits are documented in docs/editing.md ("How headings are recognised"); the editor corrects the Markdown.

/** The longest heading recognised, in characters (the seeds' longest is 41: 山东:应急广播系统…). */
export const MAX_HEADING_LENGTH = 50;

/** Marks a sentence ends or pauses with: a line ending with one of them is a paragraph. */
const SENTENCE_END = /[。！？!?…；;，,、：:]$/u;

/**
 * Whether a line of body text is shaped like a section heading: at most MAX_HEADING_LENGTH characters, no
 * full stop (。) in it, not ending like a sentence, and followed by more text (a short last line is a
 * paragraph, e.g. a signature).
 */
export function looksLikeHeading(line: string, isLastLine: boolean): boolean {
  const text = line.trim();
  if (text === '' || isLastLine) return false;
  if ([...text].length > MAX_HEADING_LENGTH) return false;
  return !text.includes('。') && !SENTENCE_END.test(text);
}
