// What `npm run import` finds in a saved page, whatever its format: the article's fields and its body as
// headings and paragraphs, exactly as received, and what it dropped along the way.

/** A heading or a paragraph of the article's body, its text as received. */
export interface PageBlock {
  readonly kind: 'heading' | 'paragraph';
  readonly text: string;
}

/** An article found in a saved page; a field the page did not show is undefined. */
export interface ImportedPage {
  readonly title: string | undefined;
  readonly column: string | undefined;
  readonly date: string | undefined;
  readonly source: string | undefined;
  readonly blocks: readonly PageBlock[];
  /** Lines dropped that no rule names (e.g. before the title), shown to the editor so nothing goes unseen. */
  readonly unrecognised: readonly string[];
}

/** The title and its column, split at the last of the separators that occurs (抗击疫情,广电在行动--防疫前沿). */
export function splitTitleColumn(
  line: string,
  separators: readonly string[],
): { title: string; column: string | undefined } {
  let best: { at: number; separator: string } | undefined;
  for (const separator of separators) {
    const at = line.lastIndexOf(separator);
    if (at > 0 && at + separator.length < line.length && (best === undefined || at > best.at)) {
      best = { at, separator };
    }
  }
  if (best === undefined) return { title: line.trim(), column: undefined };
  return { title: line.slice(0, best.at).trim(), column: line.slice(best.at + best.separator.length).trim() };
}
