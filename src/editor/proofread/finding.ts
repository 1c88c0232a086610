// One thing proofreading found, and what the archive does about it.

/**
 * `kept`: a defect of the source the archive keeps as received and explains in an editor's note (编者注);
 * `fix`: a problem to correct before publishing (lost characters, a wrong date);
 * `count`: typography the pages already handle or the editor may want to see, counted.
 */
type FindingLevel = 'kept' | 'fix' | 'count';

/** A finding: where it is, what it is, the text around it and what to do. */
export interface Finding {
  /** Which check found it, e.g. `reversed-quotes`. */
  readonly kind: string;
  readonly level: FindingLevel;
  /** 1-based line of the file. */
  readonly line: number;
  /** What was found, in a few words (e.g. "reversed quotes"). */
  readonly what: string;
  /** The text it is about, quoted as it stands. */
  readonly context: string;
  /** What the archive does about it. */
  readonly action: string;
  /** The heading of the section it is in (undefined before the first heading). */
  readonly section: string | undefined;
  /** For a kept defect, its clause of the draft editor's note (in Chinese); reversed quotes are merged instead. */
  readonly noteClause?: string;
  /** The words a note quotes for it (the text inside reversed quotes). */
  readonly subject?: string;
}

/** The text of a block around `index`, at most `radius` characters each side, with … where it is cut. */
export function around(text: string, index: number, length: number, radius = 10): string {
  const start = Math.max(0, index - radius);
  const end = Math.min(text.length, index + length + radius);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`.replace(/\n/g, ' ');
}

/** The line of the character at `index` of a block that starts on `line`. */
export function lineAt(text: string, index: number, line: number): number {
  return line + (text.slice(0, index).match(/\n/g)?.length ?? 0);
}
