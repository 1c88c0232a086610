// Candidates are checked a step at a time: a first search fetches only as many article texts
// as it needs for a screenful, and a query with many near misses never fetches a whole archive.

/** Results gathered per step, as many as Pagefind's own UI loads at first (each costs a ~4 KB text). */
export const RESULTS_PER_STEP = 5;
/** Most candidate texts fetched per step. */
export const CHECKS_PER_STEP = 15;

/** What the steps so far have found. */
export interface StepOutcome<Match> {
  /** Every match so far, best first. */
  matches: Match[];
  /** Whether candidates remain unchecked. */
  hasMore: boolean;
}

/**
 * Returns a function that, on each call, checks further candidates (in order, in parallel
 * batches) until RESULTS_PER_STEP more matches are found, CHECKS_PER_STEP candidates were
 * checked, or none are left. `check` loads and verifies one candidate (undefined: no match).
 */
export function stepThroughCandidates<Match>(
  candidates: readonly string[],
  check: (candidate: string) => Promise<Match | undefined>,
  compare: (a: Match, b: Match) => number,
): () => Promise<StepOutcome<Match>> {
  const pending = [...candidates];
  const matches: Match[] = [];
  return async () => {
    let found = 0;
    let checked = 0;
    while (pending.length > 0 && found < RESULTS_PER_STEP && checked < CHECKS_PER_STEP) {
      const batch = pending.splice(0, Math.min(RESULTS_PER_STEP - found, CHECKS_PER_STEP - checked));
      checked += batch.length;
      for (const match of await Promise.all(batch.map(check))) {
        if (match === undefined) continue;
        matches.push(match);
        found += 1;
      }
    }
    matches.sort(compare);
    return { matches: [...matches], hasMore: pending.length > 0 };
  };
}
