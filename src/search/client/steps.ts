// Candidates are checked a step at a time: a first search fetches only as many article texts
// as it needs for a screenful, and a query with many near misses never fetches a whole archive.
// Candidates come in batches (one per part of the index, newest part first), and a batch is only
// asked for when the ones before it are used up: a part is searched only when it is needed.

/** Results gathered per step, as many as Pagefind's own UI loads at first (each costs a ~4 KB text). */
export const RESULTS_PER_STEP = 5;
/** Most candidate texts fetched per step. */
export const CHECKS_PER_STEP = 15;
/**
 * Most batches (parts of the index) asked for per step. Each costs a part's metadata and index chunks
 * (about 50 kB at 1,000 articles a part), so a query found nowhere stops after a few parts and offers to
 * go on, instead of loading every part of a large archive at once.
 */
export const BATCHES_PER_STEP = 3;

/** What the steps so far have found. */
export interface StepOutcome<Match> {
  /** Every match so far, best first. */
  matches: Match[];
  /** Whether candidates (or parts that may hold some) remain unchecked. */
  hasMore: boolean;
}

/** The next batch of candidates, in the order to check them; undefined once there are no more batches. */
export type CandidateBatches<Candidate> = () => Promise<readonly Candidate[] | undefined>;

/** Batches from a list of candidates known in advance: the list is the only batch. */
export function oneBatch<Candidate>(candidates: readonly Candidate[]): CandidateBatches<Candidate> {
  let given = false;
  return async () => {
    if (given) return undefined;
    given = true;
    return candidates;
  };
}

/**
 * Returns a function that, on each call, checks further candidates (in order, in parallel
 * batches) until RESULTS_PER_STEP more matches are found, CHECKS_PER_STEP candidates were
 * checked, BATCHES_PER_STEP batches were used up, or none are left. `check` loads and verifies
 * one candidate (undefined: no match).
 */
export function stepThroughCandidates<Candidate, Match>(
  batches: CandidateBatches<Candidate>,
  check: (candidate: Candidate) => Promise<Match | undefined>,
  compare: (a: Match, b: Match) => number,
): () => Promise<StepOutcome<Match>> {
  const pending: Candidate[] = [];
  const matches: Match[] = [];
  let exhausted = false;
  // The next batch, asked for while the candidates before it are checked (see below); kept across steps, so
  // that a step that failed while it was on its way does not lose it.
  let nextBatch: Promise<readonly Candidate[] | undefined> | undefined;
  return async () => {
    let found = 0;
    let checked = 0;
    let asked = 0;
    const ask = (): Promise<readonly Candidate[] | undefined> => {
      asked += 1;
      const asking = batches();
      // A failure is reported where the batch is awaited, not as an unhandled rejection in the meantime.
      asking.catch(() => undefined);
      return asking;
    };
    const takeBatch = async (): Promise<void> => {
      const batch = await (nextBatch ?? ask());
      nextBatch = undefined;
      if (batch === undefined) exhausted = true;
      else pending.push(...batch);
    };
    while (found < RESULTS_PER_STEP && checked < CHECKS_PER_STEP) {
      if (pending.length === 0) {
        if (exhausted || (nextBatch === undefined && asked === BATCHES_PER_STEP)) break;
        await takeBatch();
        continue;
      }
      const batch = pending.splice(0, Math.min(RESULTS_PER_STEP - found, CHECKS_PER_STEP - checked));
      checked += batch.length;
      // With every pending candidate taken, this step asks for the next batch whatever they yield (below
      // if not in the loop), so it asks now: the next part is searched while these texts load.
      if (pending.length === 0 && !exhausted && asked < BATCHES_PER_STEP) nextBatch = ask();
      for (const match of await Promise.all(batch.map(check))) {
        if (match === undefined) continue;
        matches.push(match);
        found += 1;
      }
    }
    // With nothing pending, whether another batch exists is only known by asking for it.
    if (pending.length === 0 && !exhausted && (nextBatch !== undefined || asked < BATCHES_PER_STEP)) {
      await takeBatch();
    }
    matches.sort(compare);
    return { matches: [...matches], hasMore: pending.length > 0 || !exhausted };
  };
}
