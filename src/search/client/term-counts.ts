// When a query finds nothing, the page says which of its terms occur on their own and in how many
// articles, and offers the query without the ones that occur nowhere. A term's count is of articles
// that really contain it (checked like results, ./match.ts), and it is bounded: at most
// TERM_COUNT_CHECKS article texts per term, so a common term costs a few texts, never a whole archive.
import type { ParsedQuery } from './query.ts';

/** Most candidate texts checked per term when counting; past it, the count is a lower bound. */
export const TERM_COUNT_CHECKS = 8;

/** How many articles contain one term of a query on its own. */
export interface TermCount {
  /** The term as the reader typed it (see QueryTerm.typed). */
  term: string;
  /** Articles checked that contain it. */
  count: number;
  /** Whether candidates were left unchecked, so more articles may contain it. */
  atLeast: boolean;
}

/**
 * Checks candidates in order, in parallel, until `limit` were checked: how many `verify` accepted, and
 * whether any were left unchecked.
 */
export async function countVerified<Candidate>(
  candidates: readonly Candidate[],
  verify: (candidate: Candidate) => Promise<boolean>,
  limit: number = TERM_COUNT_CHECKS,
): Promise<{ count: number; atLeast: boolean }> {
  const checked = await Promise.all(candidates.slice(0, limit).map(verify));
  return { count: checked.filter(Boolean).length, atLeast: candidates.length > limit };
}

/** A query of one of `query`'s terms, as the engine runs it. */
export function singleTermQueries(query: ParsedQuery): ParsedQuery[] {
  return query.terms.map((term) => ({ terms: [term], truncated: false }));
}

/**
 * The query without the terms found nowhere, for a link to try instead; undefined when no term is
 * missing or none is found (then there is nothing better to offer).
 */
export function queryWithoutMissing(counts: readonly TermCount[]): string | undefined {
  const found = counts.filter((count) => count.count > 0);
  if (found.length === 0 || found.length === counts.length) return undefined;
  return found.map((count) => count.term).join(' ');
}
