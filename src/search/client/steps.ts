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
  // Batches asked for and not yet taken, in order (see below); kept across steps, so that a step that failed
  // while they were on their way does not lose them.
  const asking: Promise<readonly Candidate[] | undefined>[] = [];
  return async () => {
    let found = 0;
    let checked = 0;
    let asked = 0;
    const ask = (): void => {
      asked += 1;
      const batch = batches();
      // A failure is reported where the batch is awaited, not as an unhandled rejection in the meantime.
      batch.catch(() => undefined);
      asking.push(batch);
    };
    /** Takes the next batch into `pending`; returns whether it had candidates. */
    const takeBatch = async (): Promise<boolean> => {
      if (asking.length === 0) ask();
      const batch = await asking[0];
      asking.shift();
      if (batch === undefined) exhausted = true;
      else pending.push(...batch);
      return pending.length > 0;
    };
    while (found < RESULTS_PER_STEP && checked < CHECKS_PER_STEP) {
      if (pending.length === 0) {
        if (exhausted || (asking.length === 0 && asked >= BATCHES_PER_STEP)) break;
        // A batch without candidates (a part without the query's words) makes the next ones likely empty too:
        // the rest of the step's batches are asked for at once, so their parts are searched side by side.
        if (!(await takeBatch()) && !exhausted) while (asked < BATCHES_PER_STEP) ask();
        continue;
      }
      const batch = pending.splice(0, Math.min(RESULTS_PER_STEP - found, CHECKS_PER_STEP - checked));
      checked += batch.length;
      // With every pending candidate taken, this step asks for the next batch whatever they yield (below
      // if not in the loop), so it asks now: the next part is searched while these texts load.
      if (pending.length === 0 && !exhausted && asking.length === 0 && asked < BATCHES_PER_STEP) ask();
      for (const match of await Promise.all(batch.map(check))) {
        if (match === undefined) continue;
        matches.push(match);
        found += 1;
      }
    }
    // With nothing pending, whether another batch exists is only known by asking for it.
    if (pending.length === 0 && !exhausted && (asking.length > 0 || asked < BATCHES_PER_STEP)) {
      await takeBatch();
    }
    matches.sort(compare);
    return { matches: [...matches], hasMore: pending.length > 0 || !exhausted };
  };
}
