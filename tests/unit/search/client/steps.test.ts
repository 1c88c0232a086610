import { describe, expect, it } from 'vitest';
import {
  BATCHES_PER_STEP,
  CHECKS_PER_STEP,
  oneBatch,
  RESULTS_PER_STEP,
  stepThroughCandidates,
} from '../../../../src/search/client/steps.ts';

/** Candidates c0…c(n-1); those whose number is in `matching` match. Records what was checked. */
function setUp(count: number, matching: (index: number) => boolean) {
  const checked: string[] = [];
  const candidates = Array.from({ length: count }, (_, index) => `c${index}`);
  const next = stepThroughCandidates(
    oneBatch(candidates),
    async (candidate) => {
      checked.push(candidate);
      return matching(Number(candidate.slice(1))) ? candidate : undefined;
    },
    (a, b) => Number(a.slice(1)) - Number(b.slice(1)),
  );
  return { checked, next };
}

describe('stepThroughCandidates', () => {
  it('stops a step once it has a screenful of matches, and continues from there', async () => {
    const { checked, next } = setUp(40, () => true);
    const first = await next();
    expect(first.matches).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
    expect(first.hasMore).toBe(true);
    expect(checked.length).toBe(RESULTS_PER_STEP);
    const second = await next();
    expect(second.matches.length).toBe(2 * RESULTS_PER_STEP);
  });

  it('never checks more than CHECKS_PER_STEP candidates in one step, even without matches', async () => {
    const { checked, next } = setUp(100, (index) => index === 60);
    const first = await next();
    expect(first).toEqual({ matches: [], hasMore: true });
    expect(checked.length).toBe(CHECKS_PER_STEP);
    let outcome = first;
    while (outcome.hasMore && outcome.matches.length === 0) outcome = await next();
    expect(outcome.matches).toEqual(['c60']);
  });

  it('reports no more once every candidate was checked', async () => {
    const { next } = setUp(3, (index) => index !== 1);
    await expect(next()).resolves.toEqual({ matches: ['c0', 'c2'], hasMore: false });
  });

  it('asks for the next batch (part) only when the ones before are used up', async () => {
    const parts = [['a0', 'a1'], ['b0', 'b1', 'b2', 'b3'], ['c0']];
    const asked: number[] = [];
    let next = 0;
    const checked: string[] = [];
    const step = stepThroughCandidates(
      async () => {
        asked.push(next);
        return parts[next++];
      },
      async (candidate: string) => {
        checked.push(candidate);
        return candidate;
      },
      () => 0,
    );
    const first = await step();
    expect(first.matches).toEqual(['a0', 'a1', 'b0', 'b1', 'b2']);
    expect(asked).toEqual([0, 1]);
    expect(first.hasMore).toBe(true);
    const second = await step();
    expect(second.matches.length).toBe(7);
    expect(second.hasMore).toBe(false);
    expect(checked).toEqual(['a0', 'a1', 'b0', 'b1', 'b2', 'b3', 'c0']);
  });

  it('asks for the next batch while it checks the last candidates of this one, and for no other', async () => {
    const parts = [['a0', 'a1'], ['b0', 'b1', 'b2', 'b3'], ['c0']];
    const events: string[] = [];
    let next = 0;
    const step = stepThroughCandidates(
      async () => {
        events.push(`ask ${next}`);
        return parts[next++];
      },
      async (candidate: string) => {
        events.push(`start ${candidate}`);
        await Promise.resolve();
        events.push(`end ${candidate}`);
        return candidate;
      },
      () => 0,
    );
    await step();
    // a0 and a1 are all of the first part: the second is asked for before their checks end.
    expect(events.indexOf('ask 1')).toBeLessThan(events.indexOf('end a0'));
    // b0–b2 leave b3 pending: the third part is not asked for in this step.
    expect(events).not.toContain('ask 2');
    await step();
    expect(events.filter((event) => event.startsWith('ask'))).toEqual(['ask 0', 'ask 1', 'ask 2', 'ask 3']);
  });

  it('keeps a batch asked for ahead when the checks of its step fail, for the next step', async () => {
    const parts = [['a0'], ['b0']];
    let next = 0;
    let failing = true;
    const step = stepThroughCandidates(
      async () => parts[next++],
      async (candidate: string) => {
        if (failing) throw new Error('offline');
        return candidate;
      },
      () => 0,
    );
    await expect(step()).rejects.toThrow('offline');
    failing = false;
    const outcome = await step();
    expect(outcome.matches).toEqual(['b0']);
    expect(next).toBe(3);
  });

  it('says there is no more when the last part was used up by the step', async () => {
    const step = stepThroughCandidates(
      oneBatch(['x']),
      async (candidate: string) => candidate,
      () => 0,
    );
    await expect(step()).resolves.toEqual({ matches: ['x'], hasMore: false });
  });

  it('asks for at most BATCHES_PER_STEP parts in one step when they hold nothing, and goes on from there', async () => {
    let asked = 0;
    const step = stepThroughCandidates(
      async () => (asked++ < 10 ? [] : undefined),
      async (candidate: string) => candidate,
      () => 0,
    );
    await expect(step()).resolves.toEqual({ matches: [], hasMore: true });
    expect(asked).toBe(BATCHES_PER_STEP);
    await step();
    expect(asked).toBe(2 * BATCHES_PER_STEP);
  });

  it("asks for the rest of a step's batches at once after one without candidates, and takes them in order", async () => {
    const parts = [[], [], ['c0', 'c1'], ['d0']];
    const events: string[] = [];
    let next = 0;
    const step = stepThroughCandidates(
      async () => {
        const index = next++;
        events.push(`ask ${index}`);
        await Promise.resolve();
        events.push(`answer ${index}`);
        return parts[index];
      },
      async (candidate: string) => candidate,
      () => 0,
    );
    const first = await step();
    // The first part holds nothing: the second and third are asked for before the second answers.
    expect(events.slice(0, 4)).toEqual(['ask 0', 'answer 0', 'ask 1', 'ask 2']);
    expect(first.matches).toEqual(['c0', 'c1']);
    expect(first.hasMore).toBe(true);
    const second = await step();
    expect(second.matches).toEqual(['c0', 'c1', 'd0']);
    expect(second.hasMore).toBe(false);
  });
});
