import { describe, expect, it } from 'vitest';
import { countElection } from './count';
import type { Election } from './election';
import { resultToJson } from './result';
import { letters } from './test-support';

describe('FPTP and block vote', () => {
  it('FPTP elects the candidate with most first preferences, ignoring later ones', () => {
    const result = resultToJson(
      countElection(
        letters('ABC', 3, [
          [5, 'AB'],
          [6, 'BA'],
          [4, 'CA'],
        ]),
        { method: 'fptp' },
      ),
    );
    expect(result.seats).toBe(1);
    expect(result.quota).toBeNull();
    expect(result.stages).toEqual([
      expect.objectContaining({
        stage: 1,
        action: { type: 'first' },
        totals: { A: '5', B: '6', C: '4' },
        elected: ['B'],
      }),
    ]);
    expect(result.elected).toEqual(['B']);
  });

  it('FPTP treats two marks at the first rank as a spoilt paper', () => {
    const election: Election = {
      candidates: ['A', 'B'],
      seats: 1,
      withdrawn: [],
      ballots: [
        { weight: 2, ranks: [[0, 1]] },
        { weight: 1, ranks: [1] },
      ],
    };
    const result = resultToJson(countElection(election, { method: 'fptp' }));
    expect(result.ballots).toMatchObject({ cast: 3, valid: 1, invalid: 2, equalRanking: 2 });
    expect(result.elected).toEqual(['B']);
  });

  it('block vote gives each paper a vote for each of up to N marked candidates', () => {
    const election: Election = {
      candidates: ['A', 'B', 'C', 'D'],
      seats: 2,
      withdrawn: [],
      ballots: [
        { weight: 3, ranks: [[0, 1]] },
        { weight: 2, ranks: [2, 3, 0] },
        { weight: 1, ranks: [[0, 1, 2]] },
      ],
    };
    const result = resultToJson(countElection(election, { method: 'block' }));
    expect(result.stages[0]?.totals).toEqual({ A: '3', B: '3', C: '2', D: '2' });
    expect(result.ballots).toMatchObject({ valid: 5, invalid: 1 });
    expect(result.elected).toHaveLength(2);
    expect(result.ties).toEqual([
      { stage: 1, what: 'order-elected', by: 'lot', candidates: ['A', 'B'], chosen: result.elected },
    ]);
  });

  it('draws lots for a tie for the last seat, the same way for the same seed', () => {
    const election = letters('ABC', 1, [
      [3, 'A'],
      [2, 'B'],
      [2, 'C'],
    ]);
    const run = (seed: string) => resultToJson(countElection(election, { method: 'block', seats: 2, seed }));
    expect(run('s1')).toEqual(run('s1'));
    expect(run('s1').ties).toEqual([
      { stage: 1, what: 'election', by: 'lot', candidates: ['B', 'C'], chosen: [run('s1').elected[1]] },
    ]);
    const seconds = new Set(Array.from({ length: 16 }, (_, i) => run(`seed ${i}`).elected[1]));
    expect(seconds).toEqual(new Set(['B', 'C']));
  });
});
