/** The folder of the article files, from the project root: ARCHIVE_CONTENT_DIR lets tests and benchmarks use other corpora. */
export function articlesFolder(): string {
  return process.env['ARCHIVE_CONTENT_DIR'] ?? 'content/articles';
}
