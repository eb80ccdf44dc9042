import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contest, election } from './testing/tiny-dataset';
import { addPartyVotes, changes, partyVotes, voteShares } from './vote-share';

describe('vote shares', () => {
  it('adds candidates of one party together', () => {
    const result = contest(election('ge', '2024-07-04'), 'X', { Lab: 50, Con: 30, Ind: 7 });
    const independent = result.candidates.find((candidate) => candidate.party === 'Ind');
    if (independent) result.candidates.push({ ...independent, name: 'Another independent', votes: 3 });
    expect(partyVotes(result)).toEqual({ Lab: 50, Con: 30, Ind: 10 });
  });

  it('computes shares of a given total or of the sum', () => {
    expect(voteShares({ Lab: 45, Con: 35 }, 100)).toEqual({ Lab: 0.45, Con: 0.35 });
    expect(voteShares({ Lab: 3, Con: 1 })).toEqual({ Lab: 0.75, Con: 0.25 });
    expect(voteShares({ Lab: 0 })).toEqual({ Lab: 0 });
  });

  it('adds votes across areas and gives changes, treating a missing party as 0', () => {
    expect(
      addPartyVotes([
        { Lab: 1, Con: 2 },
        { Lab: 3, UKIP: 4 },
      ]),
    ).toEqual({ Lab: 4, Con: 2, UKIP: 4 });
    expect(changes({ UKIP: 0.1, Lab: 0.3 }, { Lab: 0.35, BRX: 0.02 })).toEqual({
      UKIP: { from: 0.1, to: 0, change: -0.1 },
      Lab: { from: 0.3, to: 0.35, change: 0.35 - 0.3 },
      BRX: { from: 0, to: 0.02, change: 0.02 },
    });
  });

  it('gives shares that are never negative and add up to 1', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1 }), fc.nat(1_000_000), { minKeys: 1 }), (votes) => {
        fc.pre(Object.values(votes).some((count) => count > 0));
        const shares = Object.values(voteShares(votes));
        expect(shares.every((share) => share >= 0)).toBe(true);
        expect(shares.reduce((sum, share) => sum + share, 0)).toBeCloseTo(1, 9);
      }),
    );
  });
});
