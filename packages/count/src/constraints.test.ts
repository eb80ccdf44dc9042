import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CategoryConstraint, ConstraintSet } from './constraints';
import { countElection } from './count';
import { ConstraintError, CountOptionsError } from './errors';
import { resultToJson } from './result';
import { ELECTED, EXCLUDED, HOPEFUL } from './stv-state';
import { arbitraryElection, letters } from './test-support';

/** Every way to fill `vacancies` seats from the hopefuls, by brute force. */
function completions(status: readonly number[], vacancies: number): number[][] {
  const hopeful = status.flatMap((s, c) => (s === HOPEFUL ? [c] : []));
  const result: number[][] = [];
  const choose = (from: number, chosen: number[]): void => {
    if (chosen.length === vacancies) {
      result.push([...chosen]);
      return;
    }
    for (let i = from; i < hopeful.length; i++) choose(i + 1, [...chosen, hopeful[i] ?? 0]);
  };
  choose(0, []);
  return result;
}

function conformant(
  winners: readonly number[],
  constraints: readonly CategoryConstraint[],
  names: string[],
): boolean {
  return constraints.every(({ members, min = 0, max = Number.POSITIVE_INFINITY }) => {
    const count = winners.filter((w) => members.includes(names[w] ?? '')).length;
    return count >= min && count <= max;
  });
}

const scenario = fc.integer({ min: 3, max: 8 }).chain((count) => {
  const names = Array.from({ length: count }, (_, i) => `C${i}`);
  const constraint = fc.record({
    category: fc.constantFrom('women', 'north', 'youth'),
    members: fc.subarray(names),
    min: fc.integer({ min: 0, max: 3 }),
    extra: fc.integer({ min: 0, max: 3 }),
  });
  return fc.record({
    names: fc.constant(names),
    seats: fc.integer({ min: 1, max: count - 1 }),
    constraints: fc
      .array(constraint, { minLength: 1, maxLength: 3 })
      .map((list) =>
        list.map(({ category, members, min, extra }) => ({ category, members, min, max: min + extra })),
      ),
    status: fc.array(fc.constantFrom(HOPEFUL, HOPEFUL, ELECTED, EXCLUDED), {
      minLength: count,
      maxLength: count,
    }),
  });
});

describe('category constraints', () => {
  it('marks doomed and guarded candidates exactly as brute-force enumeration does', () => {
    fc.assert(
      fc.property(scenario, ({ names, seats, constraints, status }) => {
        const electedNow = status.flatMap((s, c) => (s === ELECTED ? [c] : []));
        const vacancies = seats - electedNow.length;
        fc.pre(vacancies >= 0);
        const set = new ConstraintSet(
          constraints,
          { candidates: names, seats, withdrawn: [], ballots: [] },
          seats,
        );
        const statusArray = Uint8Array.from(status);
        const valid = completions(status, vacancies).filter((more) =>
          conformant([...electedNow, ...more], constraints, names),
        );
        expect(set.feasible(statusArray, vacancies)).toBe(valid.length > 0);
        fc.pre(valid.length > 0);
        const { doomed, guarded } = set.mark(statusArray, vacancies);
        status.forEach((s, c) => {
          if (s !== HOPEFUL) return;
          expect(doomed[c] === 1).toBe(valid.every((more) => !more.includes(c)));
          expect(guarded[c] === 1).toBe(valid.every((more) => more.includes(c)));
        });
      }),
    );
  });

  it('always returns a conformant set of winners when one exists (every STV method)', () => {
    const constrained = arbitraryElection({ candidates: [3, 7] }).chain((election) =>
      fc.record({
        election: fc.constant(election),
        members: fc.subarray([...election.candidates]),
        min: fc.integer({ min: 0, max: election.seats }),
        method: fc.constantFrom('scottish' as const, 'ers97' as const, 'meek' as const),
      }),
    );
    fc.assert(
      fc.property(constrained, ({ election, members, min, method }) => {
        const constraints = [{ category: 'women', members, min, max: election.seats }];
        const names = [...election.candidates];
        const everyone = election.candidates.map(() => HOPEFUL);
        fc.pre(completions(everyone, election.seats).some((w) => conformant(w, constraints, names)));
        const result = countElection(election, { method, constraints });
        expect(result.elected).toHaveLength(election.seats);
        expect(conformant(result.elected, constraints, names)).toBe(true);
      }),
    );
  });

  it('changes nothing when the constraints can never bind', () => {
    fc.assert(
      fc.property(arbitraryElection(), (election) => {
        const constraints = [{ category: 'all', members: [...election.candidates], min: 0 }];
        const plain = resultToJson(countElection(election, { method: 'scottish' }));
        expect(resultToJson(countElection(election, { method: 'scottish', constraints }))).toEqual(plain);
      }),
    );
  });

  it('excludes a doomed candidate at once instead of electing them (hand-worked)', () => {
    // Two seats, at least one woman (C, D). A and B both reach the quota of 9 at stage 1, but
    // once A is elected B is doomed: B's papers are excluded, then A's surplus, then D.
    const election = letters('ABCD', 2, [
      [10, 'AB'],
      [9, 'BA'],
      [4, 'CD'],
      [3, 'DC'],
    ]);
    const constraints = [{ category: 'women', members: ['C', 'D'], min: 1 }];
    const result = resultToJson(countElection(election, { method: 'scottish', constraints }));
    expect(result.stages.map((s) => s.action)).toEqual([
      { type: 'first' },
      { type: 'exclusion', candidate: 'B', candidates: ['B'], reason: 'doomed' },
      { type: 'surplus', candidate: 'A' },
      { type: 'exclusion', candidate: 'D', candidates: ['D'], reason: 'lowest' },
    ]);
    expect(result.elected).toEqual(['A', 'C']);
    expect(resultToJson(countElection(election, { method: 'scottish' })).elected).toEqual(['A', 'B']);
  });

  it('rejects unknown members, bad bounds, impossible constraints and non-STV methods', () => {
    const election = letters('ABC', 2, [[1, 'A']]);
    const count = (constraints: CategoryConstraint[], method: 'scottish' | 'av' = 'scottish') =>
      countElection(election, { method, constraints });
    expect(() => count([{ category: 'x', members: ['Z'] }])).toThrow(ConstraintError);
    expect(() => count([{ category: 'x', members: ['A'], min: 2, max: 1 }])).toThrow(ConstraintError);
    expect(() => count([{ category: 'x', members: ['A'], min: 2 }])).toThrow('no set of winners');
    expect(() => count([{ category: 'x', members: ['A'] }], 'av')).toThrow(CountOptionsError);
  });
});
