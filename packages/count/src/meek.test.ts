import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildProfile, DEFAULT_BALLOT_RULES } from './ballot-rules';
import { type CountOptions, countElection } from './count';
import type { Election } from './election';
import { CountOptionsError } from './errors';
import { MEEK_DROOP, MEEK_PRF } from './meek-rules';
import { MeekTally } from './meek-tally';
import { renderMeekTranscript } from './meek-transcript';
import { resultToJson } from './result';
import { ELECTED, EXCLUDED, HOPEFUL, StvState } from './stv-state';
import { arbitraryElection, letters, withoutNotes } from './test-support';

const UNIT = 1_000_000_000n;

/**
 * The reference distribution (step B.2.a), ballot by ballot in bigint, for comparison: `up` as
 * the PRF rule and Droop's meek-prf (kept rounded up, weight reduced by it, stop once the weight
 * is not positive), `down` as Droop's meek and stv-rs (kept and passed on both towards zero).
 */
function referenceDistribution(
  ballots: readonly { weight: number; prefs: number[] }[],
  status: readonly number[],
  keep: readonly bigint[],
  rounding: 'up' | 'down',
): { totals: bigint[]; exhausted: bigint } {
  const totals = status.map(() => 0n);
  let held = 0n;
  let papers = 0n;
  for (const { weight, prefs } of ballots) {
    papers += BigInt(weight);
    let w = UNIT;
    for (const c of prefs) {
      if (rounding === 'up' ? w <= 0n : w === 0n) break;
      if (status[c] === EXCLUDED) continue;
      const kf = status[c] === HOPEFUL ? UNIT : (keep[c] ?? 0n);
      const product = w * kf;
      const kept = rounding === 'up' && product > 0n ? (product + UNIT - 1n) / UNIT : product / UNIT;
      totals[c] = (totals[c] ?? 0n) + kept * BigInt(weight);
      held += kept * BigInt(weight);
      w = rounding === 'up' ? w - kept : (w * (UNIT - kf)) / UNIT;
    }
  }
  return { totals, exhausted: papers * UNIT - held };
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

  for (const rule of [MEEK_PRF, MEEK_DROOP]) {
    it(`distributes exactly as ${rule.method} says, ballot by ballot (keep factors up to and above 1)`, () => {
      const scenario = arbitraryElection({ candidates: [2, 7], maxWeight: 1000 }).chain((election) =>
        fc.record({
          election: fc.constant(election),
          status: fc.array(fc.constantFrom(HOPEFUL, ELECTED, EXCLUDED), {
            minLength: election.candidates.length,
            maxLength: election.candidates.length,
          }),
          keep: fc.array(fc.bigInt({ min: 1n, max: UNIT + UNIT / 1000n }), {
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
          const tally = new MeekTally(profile, state, rule);
          keep.forEach((k, c) => {
            tally.keepFactors[c] = k;
          });
          tally.distribute();
          const ballots = election.ballots.map((b) => ({ weight: b.weight, prefs: b.ranks.map(Number) }));
          const reference = referenceDistribution(ballots, status, keep, rule.keep);
          expect(state.totals).toEqual(reference.totals.map((t, c) => (status[c] === EXCLUDED ? 0n : t)));
          expect(state.exhausted).toBe(reference.exhausted);
        }),
      );
    });
  }

  it('shares the weight of an equal rank among its members, each passing on what it does not keep', () => {
    // 4 A=B C, 2 A, 3 C: A is elected with keep factor 0.5 (set here by hand). Each A=B C paper
    // gives A and B 0.5 each; A keeps 0.5 × 0.5 and passes 0.25 on to C; B, hopeful, keeps all.
    const election = letters('ABC', 2, [[2, 'A']]);
    const withEqual: Election = {
      ...election,
      ballots: [...election.ballots, { weight: 4, ranks: [[0, 1], 2] }, { weight: 3, ranks: [2] }],
    };
    const { profile } = buildProfile(withEqual, { ...DEFAULT_BALLOT_RULES, equalRanking: 'share' });
    const state = new StvState(3, [], 2, 9, profile.papers);
    state.setStatus(0, ELECTED);
    const tally = new MeekTally(profile, state, MEEK_PRF);
    tally.keepFactors[0] = UNIT / 2n;
    tally.distribute();
    expect(state.totals).toEqual([
      2n * (UNIT / 2n) + 4n * (UNIT / 4n),
      4n * (UNIT / 2n),
      3n * UNIT + 4n * (UNIT / 4n),
    ]);
    expect(state.exhausted).toBe(2n * (UNIT / 2n));
  });

  it('breaks a tie for defeat by the ballot-paper order, the [tie] line, the tieOrder option, or an order drawn from the seed', () => {
    // Quota 3.000000001; nobody reaches it and A, B, C are tied on 2: the first in the tie order is defeated.
    const election = letters('ABCD', 2, [
      [2, 'A'],
      [2, 'B'],
      [2, 'C'],
      [3, 'DA'],
    ]);
    const defeated = (options: Omit<CountOptions, 'method'>, on: Election = election) => {
      const result = resultToJson(countElection(on, { method: 'meek', ...options }));
      return { first: result.stages[1]?.excluded, tie: result.ties[0], order: result.tieProcedure.order };
    };
    expect(defeated({})).toMatchObject({
      first: ['A'],
      tie: { stage: 2, what: 'exclusion', by: 'tie-order', candidates: ['A', 'B', 'C'], chosen: ['A'] },
      order: { from: 'ballot-paper', candidates: ['A', 'B', 'C', 'D'] },
    });
    expect(defeated({}, { ...election, tieOrder: [2, 1, 0, 3] })).toMatchObject({
      first: ['C'],
      order: { from: 'blt' },
    });
    expect(
      defeated({ tieOrder: ['B', '3', 'A', 'D'] }, { ...election, tieOrder: [2, 1, 0, 3] }),
    ).toMatchObject({
      first: ['B'],
      order: { from: 'option', candidates: ['B', 'C', 'A', 'D'] },
    });
    const drawn = defeated({ seed: 'draw me' });
    expect(drawn.order?.from).toBe('draw');
    expect(drawn.first).toEqual([drawn.order?.candidates.find((name) => name !== 'D')]);
    expect(defeated({ seed: 'draw me' })).toEqual(drawn);
  });

  it('refuses a tie order that misses or repeats a candidate', () => {
    const election = letters('ABC', 1, [[1, 'A']]);
    expect(() => countElection(election, { method: 'meek', tieOrder: ['A', 'B'] })).toThrow('missing: C');
    expect(() => countElection(election, { method: 'meek', tieOrder: ['A', 'B', 'A'] })).toThrow(
      'named twice',
    );
    expect(() => countElection(election, { method: 'meek', tieOrder: ['A', 'B', 'Z'] })).toThrow(
      CountOptionsError,
    );
  });
});

describe('Meek equal preferences (the worked example in docs/counting-rules.md)', () => {
  it('shares a=b c between Apple and Banana, Apple passing what it does not keep on to Cherry', () => {
    const election = letters('ABC', 2, [
      [3, 'A'],
      [1, 'CA'],
    ]);
    const withEqual: Election = {
      ...election,
      ballots: [...election.ballots, { weight: 2, ranks: [[0, 1], 2] }],
    };
    const result = resultToJson(countElection(withEqual, { method: 'meek-droop' }));
    const cherry = result.stages.find((stage) => stage.elected.includes('C'));
    expect(cherry?.keepFactors?.A).toBe('0.375000001');
    expect(cherry?.totals).toEqual({ A: '1.500000003', B: '1.000000000', C: '1.624999998' });
    expect(cherry?.quota).toBe('1.375000001');
    expect(result.elected).toEqual(['A', 'C']);
  });
});

describe('Meek properties', () => {
  const elections = arbitraryElection({ irregular: true, candidates: [2, 7], maxWeight: 50 });
  const methods = fc.constantFrom('meek' as const, 'meek-droop' as const);
  const counted = (election: Election, method: 'meek' | 'meek-droop') => {
    const result = countElection(election, {
      method,
      positiveSurplus: method === 'meek-droop' ? true : undefined,
    });
    return { json: withoutNotes(resultToJson(result)), report: renderMeekTranscript(result) };
  };

  it('counts the same whatever the order of the ballot lines', () => {
    const shuffled = elections.chain((election) =>
      fc.tuple(
        fc.constant(election),
        fc.shuffledSubarray([...election.ballots], { minLength: election.ballots.length }),
      ),
    );
    fc.assert(
      fc.property(shuffled, methods, ([election, ballots], method) => {
        expect(counted({ ...election, ballots }, method)).toEqual(counted(election, method));
      }),
    );
  });

  it('counts a ballot line split into several lines (duplicated lines) the same as the line once', () => {
    const split = elections.chain((election) =>
      fc.tuple(
        fc.constant(election),
        fc.array(fc.integer({ min: 1, max: 4 }), {
          minLength: election.ballots.length,
          maxLength: election.ballots.length,
        }),
      ),
    );
    fc.assert(
      fc.property(split, methods, ([election, parts], method) => {
        const duplicated: Election = {
          ...election,
          ballots: election.ballots.flatMap((ballot, i) => {
            const n = Math.min(parts[i] ?? 1, ballot.weight);
            return Array.from({ length: n }, (_, k) => ({
              ranks: ballot.ranks,
              weight: Math.floor(ballot.weight / n) + (k < ballot.weight % n ? 1 : 0),
            }));
          }),
        };
        expect(counted(duplicated, method)).toEqual(counted(election, method));
      }),
    );
  });
});
