import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countElection } from './count';
import type { Election } from './election';
import { resultToJson } from './result';
import { arbitraryElection, withoutNotes } from './test-support';

const STV_METHODS = ['scottish', 'ers97', 'meek', 'av'] as const;
const ALL_METHODS = ['fptp', 'block', ...STV_METHODS] as const;

const elections = arbitraryElection({ irregular: true });
const seeds = fc.string({ maxLength: 8 });

describe('properties of every count', () => {
  it('conserves votes at every stage: totals + exhausted + truncation loss = valid votes', () => {
    fc.assert(
      fc.property(elections, fc.constantFrom(...STV_METHODS), seeds, (election, method, seed) => {
        const result = countElection(election, { method, seed });
        const valid = BigInt(result.ballots.valid) * 10n ** BigInt(result.decimals);
        for (const stage of result.stages) {
          const held = stage.totals.reduce((sum, total) => sum + total, 0n);
          expect(held + stage.exhausted + stage.truncationLoss).toBe(valid);
          expect(stage.exhausted >= 0n && stage.truncationLoss >= 0n).toBe(true);
        }
        if (method === 'meek') expect(result.stages.every((s) => s.truncationLoss === 0n)).toBe(true);
      }),
    );
  });

  it('fills every seat with distinct candidates who have not withdrawn', () => {
    fc.assert(
      fc.property(elections, fc.constantFrom(...ALL_METHODS), seeds, (election, method, seed) => {
        const result = countElection(election, { method, seed });
        const seats = method === 'fptp' || method === 'av' ? 1 : election.seats;
        expect(result.elected).toHaveLength(seats);
        expect(new Set(result.elected).size).toBe(seats);
        expect(result.elected.some((c) => election.withdrawn.includes(c))).toBe(false);
      }),
    );
  });

  it('AV elects the same candidate as one-seat Scottish STV', () => {
    fc.assert(
      fc.property(elections, seeds, (election, seed) => {
        const av = countElection(election, { method: 'av', seed });
        const stv = countElection(election, { method: 'scottish', seats: 1, seed });
        expect(av.elected).toEqual(stv.elected);
      }),
    );
  });

  it('does not depend on the order of the ballots', () => {
    const shuffled = elections.chain((election) =>
      fc.tuple(
        fc.constant(election),
        fc.shuffledSubarray([...election.ballots], { minLength: election.ballots.length }),
      ),
    );
    fc.assert(
      fc.property(shuffled, fc.constantFrom(...ALL_METHODS), seeds, ([election, ballots], method, seed) => {
        const permuted: Election = { ...election, ballots };
        expect(withoutNotes(resultToJson(countElection(permuted, { method, seed })))).toEqual(
          withoutNotes(resultToJson(countElection(election, { method, seed }))),
        );
      }),
    );
  });

  it('counts a pile of identical papers the same as the papers one by one', () => {
    fc.assert(
      fc.property(elections, fc.constantFrom(...ALL_METHODS), (election, method) => {
        const split: Election = {
          ...election,
          ballots: election.ballots.flatMap((b) =>
            Array.from({ length: b.weight }, () => ({ ...b, weight: 1 })),
          ),
        };
        const grouped = resultToJson(countElection(election, { method }));
        const single = resultToJson(countElection(split, { method }));
        expect(single.stages).toEqual(grouped.stages);
        expect(single.elected).toEqual(grouped.elected);
      }),
    );
  });
});
