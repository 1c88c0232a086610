// Runs in a worker thread of the Traditional edition's pool (src/integrations/traditional-edition.ts): the
// conversion is CPU work (OpenCC over every text node and attribute, the QR code drawn again), so two threads
// on two cores convert twice the pages of one.
import { simplifiedLeftovers, traditionalHtml, traditionalTextFile, type PublishedAt } from './traditional-page.ts';
import type { SimplifiedOnlyCharacter } from './simplified-only.ts';

/** One file to convert: a page (HTML) or another text file (feed, citation). */
export interface ConversionJob {
  kind: 'page' | 'text';
  text: string;
  at: PublishedAt;
}

/** The converted file, and for a page the Simplified-only characters left in it (none: it may be kept). */
export interface ConversionResult {
  text: string;
  leftovers: SimplifiedOnlyCharacter[];
}

/** Converts one file (the pool's task). */
export default async function convert(job: ConversionJob): Promise<ConversionResult> {
  if (job.kind === 'text') return { text: traditionalTextFile(job.text, job.at), leftovers: [] };
  const text = await traditionalHtml(job.text, job.at);
  return { text, leftovers: simplifiedLeftovers(text) };
}
