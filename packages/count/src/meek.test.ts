import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildProfile, DEFAULT_BALLOT_RULES } from './ballot-rules';
import { countElection } from './count';
import { MeekTally } from './meek-tally';
import { resultToJson } from './result';
import { ELECTED, EXCLUDED, HOPEFUL, StvState } from './stv-state';
import { arbitraryElection, letters } from './test-support';

const UNIT = 1_000_000_000n;

/** The PRF reference distribution (step B.2.a), ballot by ballot in bigint, for comparison. */
function referenceDistribution(
  ballots: readonly { weight: number; prefs: number[] }[],
  status: readonly number[],
  keep: readonly bigint[],
): { totals: bigint[]; exhausted: bigint } {
  const totals = status.map(() => 0n);
  let exhausted = 0n;
  for (const { weight, prefs } of ballots) {
    let w = UNIT;
    for (const c of prefs) {
      if (status[c] === EXCLUDED || w === 0n) continue;
      const kf = status[c] === HOPEFUL ? UNIT : (keep[c] ?? 0n);
      const kept = (w * kf + UNIT - 1n) / UNIT;
      totals[c] = (totals[c] ?? 0n) + kept * BigInt(weight);
      w -= kept;
    }
    exhausted += w * BigInt(weight);
  }
  return { totals, exhausted };
}

describe('Meek STV', () => {
  it('iterates the keep factor of an elected candidate and recomputes the quota (hand-worked)', () => {
    // Quota 120/3 + 10^-9 = 40.000000001. A's keep factor becomes ceil(40.000000001 / 60) =
    // 0.666666667, so A keeps 40.00000002 and B receives 60 × 0.333333333 = 19.99999998: the
    // surplus (0.000000019) is below omega. D's exclusion exhausts 15 votes, the quota falls to
    // 105/3 + 10^-9 and B is elected.
    const result = resultToJson(
      countElection(
        letters('ABCD', 2, [
          [60, 'AB'],
          [20, 'B'],
          [25, 'C'],
          [15, 'D'],
        ]),
        { method: 'meek' },
      ),
    );
    expect(result.stages.map((s) => [s.action, s.quota, s.elected])).toEqual([
      [{ type: 'first' }, '40.000000001', ['A']],
      [{ type: 'iteration', iterations: 1, outcome: 'converged' }, '40.000000001', []],
      [{ type: 'exclusion', candidate: 'D', candidates: ['D'], reason: 'lowest' }, '35.000000001', ['B']],
    ]);
    expect(result.stages[1]?.totals).toEqual({
      A: '40.000000020',
      B: '39.999999980',
      C: '25.000000000',
      D: '15.000000000',
    });
    expect(result.stages[1]?.keepFactors?.A).toBe('0.666666667');
    expect(result.stages[2]?.nonTransferable).toBe('15.000000000');
    expect(result.elected).toEqual(['A', 'B']);
  });

  it('distributes exactly as the PRF reference rule, ballot by ballot', () => {
    const scenario = arbitraryElection({ candidates: [2, 7], maxWeight: 1000 }).chain((election) =>
      fc.record({
        election: fc.constant(election),
        status: fc.array(fc.constantFrom(HOPEFUL, ELECTED, EXCLUDED), {
          minLength: election.candidates.length,
          maxLength: election.candidates.length,
        }),
        keep: fc.array(fc.bigInt({ min: 1n, max: UNIT }), {
          minLength: election.candidates.length,
          maxLength: election.candidates.length,
        }),
      }),
    );
    fc.assert(
      fc.property(scenario, ({ election, status, keep }) => {
        const { profile } = buildProfile(election, DEFAULT_BALLOT_RULES);
        const state = new StvState(election.candidates.length, [], election.seats, 9, profile.papers);
        status.forEach((s, c) => {
          if (s !== HOPEFUL) state.setStatus(c, s);
        });
        const tally = new MeekTally(profile, state, 6);
        keep.forEach((k, c) => {
          tally.keepFactors[c] = k;
        });
        tally.distribute();
        const ballots = election.ballots.map((b) => ({ weight: b.weight, prefs: b.ranks.map(Number) }));
        const reference = referenceDistribution(ballots, status, keep);
        expect(state.totals).toEqual(reference.totals.map((t, c) => (status[c] === EXCLUDED ? 0n : t)));
        expect(state.exhausted).toBe(reference.exhausted);
      }),
    );
  });

  it('treats candidates within the total surplus of the lowest as tied for exclusion and draws lots', () => {
    const election = letters('ABC', 1, [
      [4, 'A'],
      [4, 'B'],
      [2, 'C'],
    ]);
    const result = resultToJson(countElection(election, { method: 'meek', seed: 'x' }));
    expect(result.stages[1]?.action).toMatchObject({ type: 'exclusion', candidate: 'C' });
    expect(result.ties).toEqual([
      expect.objectContaining({ stage: 2, what: 'exclusion', by: 'lot', candidates: ['A', 'B'] }),
    ]);
  });
});
