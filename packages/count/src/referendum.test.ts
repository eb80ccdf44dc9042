import { describe, expect, it } from 'vitest';
import { countElection } from './count';
import type { Election } from './election';
import { CountOptionsError } from './errors';
import { resultToJson } from './result';

function vote(yes: number, no: number, abstain: number, names = ['Yes', 'No', 'Abstain']): Election {
  return {
    candidates: names,
    seats: 1,
    withdrawn: [],
    ballots: [
      { weight: yes, ranks: [0] },
      { weight: no, ranks: [1] },
      { weight: abstain, ranks: [2] },
    ].filter((ballot) => ballot.weight > 0),
  };
}

describe('yes/no/abstain referendum', () => {
  it('passes on more yes than no, abstentions aside', () => {
    const result = resultToJson(countElection(vote(40, 39, 100), { method: 'referendum' }));
    expect(result.referendum).toEqual({
      passed: true,
      yes: 40,
      no: 39,
      abstain: 100,
      threshold: { numerator: 1, denominator: 2, inclusive: false },
    });
    expect(result.elected).toEqual(['Yes']);
    expect(result.stages[0]?.totals).toEqual({ Yes: '40', No: '39', Abstain: '100' });
  });

  it('fails on a tie under a simple majority', () => {
    expect(resultToJson(countElection(vote(10, 10, 0), { method: 'referendum' })).referendum?.passed).toBe(
      false,
    );
  });

  it('applies a two-thirds threshold, inclusive or not', () => {
    const twoThirds = { numerator: 2, denominator: 3, inclusive: true };
    expect(
      countElection(vote(20, 10, 0), { method: 'referendum', threshold: twoThirds }).referendum?.passed,
    ).toBe(true);
    expect(
      countElection(vote(20, 10, 0), { method: 'referendum', threshold: { ...twoThirds, inclusive: false } })
        .referendum?.passed,
    ).toBe(false);
  });

  it('matches option names in any letter case and rejects other options', () => {
    expect(
      countElection(vote(3, 1, 0, ['YES', 'no', 'Abstain']), { method: 'referendum' }).referendum?.passed,
    ).toBe(true);
    expect(() => countElection(vote(1, 1, 1, ['Yes', 'No', 'Maybe']), { method: 'referendum' })).toThrow(
      CountOptionsError,
    );
  });
});
