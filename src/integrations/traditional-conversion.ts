import { readFile, writeFile } from 'node:fs/promises';
import {
  simplifiedLeftovers,
  traditionalHtml,
  traditionalTextFile,
  type PublishedAt,
} from '../editions/traditional-page.ts';

/** A file to convert: a page or a text file of the build, and where its Traditional copy goes. */
export interface ConversionJob {
  file: string;
  kind: 'page' | 'text';
  target: string;
}

/** What converting a file found: the Simplified-only characters left on its copy (then the copy was not written). */
export interface ConversionResult {
  leftovers: { character: string; context: string }[];
}

/**
 * Writes the Traditional copy of one file, unless Simplified-only characters are left on it: such a page fails the
 * build and is not kept, so the next build converts it again and reports it again.
 */
export async function convertFile({ file, kind, target }: ConversionJob, at: PublishedAt): Promise<ConversionResult> {
  const source = await readFile(file, 'utf8');
  const text = kind === 'page' ? await traditionalHtml(source, at) : traditionalTextFile(source, at);
  const leftovers =
    kind === 'page' ? simplifiedLeftovers(text).map(({ character, context }) => ({ character, context })) : [];
  if (leftovers.length === 0) await writeFile(target, text);
  return { leftovers };
}
