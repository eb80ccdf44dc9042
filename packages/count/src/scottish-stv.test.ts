import { describe, expect, it } from 'vitest';
import { countElection } from './count';
import { resultToJson } from './result';
import { letters } from './test-support';

const scottish = (...args: Parameters<typeof letters>) =>
  resultToJson(countElection(letters(...args), { method: 'scottish' }));

describe('Scottish STV (hand-worked)', () => {
  it('transfers a surplus in parcels at the value each arrived with, truncating to 5 places', () => {
    // Quota floor(150/4)+1 = 38. A's surplus 32 goes at 32/70 = 0.45714; then B's surplus
    // 19.42840 goes at 19.42840×1/57.42840 = 0.33830 (first preferences) and
    // 19.42840×0.45714/57.42840 = 0.15465 (papers from A).
    const result = scottish('ABCDE', 3, [
      [60, 'ABC'],
      [10, 'AC'],
      [30, 'BC'],
      [25, 'C'],
      [5, 'DB'],
      [20, 'ED'],
    ]);
    expect(result.quota).toBe('38');
    expect(result.stages.map((s) => [s.action, s.totals, s.nonTransferable, s.elected])).toEqual([
      [
        { type: 'first' },
        { A: '70.00000', B: '30.00000', C: '25.00000', D: '5.00000', E: '20.00000' },
        '0.00000',
        ['A'],
      ],
      [
        { type: 'surplus', candidate: 'A' },
        { A: '38.00000', B: '57.42840', C: '29.57140', D: '5.00000', E: '20.00000' },
        '0.00020',
        ['B'],
      ],
      [
        { type: 'surplus', candidate: 'B' },
        { A: '38.00000', B: '38.00000', C: '48.99940', D: '5.00000', E: '20.00000' },
        '0.00060',
        ['C'],
      ],
    ]);
    expect(result.stages[2]?.truncationLoss).toBe('0.00060');
    expect(result.elected).toEqual(['A', 'B', 'C']);
  });

  it('makes no surplus stage for a candidate exactly on the quota', () => {
    // Quota floor(10/3)+1 = 4: A has exactly 4.
    const result = scottish('ABCD', 2, [
      [4, 'AB'],
      [2, 'B'],
      [3, 'C'],
      [1, 'DC'],
    ]);
    expect(result.stages.map((s) => s.action)).toEqual([
      { type: 'first' },
      { type: 'exclusion', candidate: 'D', candidates: ['D'], reason: 'lowest' },
    ]);
    expect(result.stages[1]?.totals).toMatchObject({ A: '4.00000', C: '4.00000' });
    expect(result.elected).toEqual(['A', 'C']);
  });

  it('breaks an exclusion tie by the most recent earlier stage where the candidates differed', () => {
    // Stage 1: B 6 > C 5; stage 2: C 7 > B 6; stage 3: B 7 = C 7. Backward: B was lower at stage 2.
    const result = scottish('ABCXY', 1, [
      [10, 'A'],
      [6, 'B'],
      [5, 'C'],
      [1, 'XB'],
      [3, 'X'],
      [2, 'YC'],
    ]);
    expect(result.stages[2]?.totals).toMatchObject({ B: '7.00000', C: '7.00000' });
    expect(result.stages[3]?.action).toMatchObject({ type: 'exclusion', candidate: 'B' });
    expect(result.ties).toEqual([
      { stage: 3, what: 'exclusion', by: 'history', candidates: ['B', 'C'], chosen: ['B'] },
    ]);
    expect(result.elected).toEqual(['A']);
  });

  it('draws lots, reproducibly from the seed, when candidates were equal at every stage', () => {
    const election = letters('AB', 1, [
      [3, 'A'],
      [3, 'B'],
    ]);
    const winner = (seed: number) =>
      resultToJson(countElection(election, { method: 'scottish', seed })).elected[0];
    expect(winner(7)).toBe(winner(7));
    const winners = new Set(Array.from({ length: 20 }, (_, seed) => winner(seed)));
    expect(winners).toEqual(new Set(['A', 'B']));
    const result = resultToJson(countElection(election, { method: 'scottish', seed: 7 }));
    expect(result.ties).toEqual([
      { stage: 1, what: 'exclusion', by: 'lot', candidates: ['A', 'B'], chosen: result.stages[1]?.excluded },
    ]);
    expect(result.seed).toBe('7');
  });

  it('passes over withdrawn candidates and shows them with no votes', () => {
    const result = scottish(
      'ABC',
      1,
      [
        [5, 'BA'],
        [3, 'C'],
        [1, 'A'],
      ],
      'B',
    );
    expect(result.withdrawn).toEqual(['B']);
    expect(result.stages[0]?.totals).toEqual({ A: '6.00000', B: '0.00000', C: '3.00000' });
    expect(result.ballots.withdrawnPreference).toBe(5);
    expect(result.elected).toEqual(['A']);
  });

  it('orders candidates elected at the same stage by their total, then by earlier stages', () => {
    const result = scottish('ABC', 2, [
      [5, 'A'],
      [7, 'B'],
      [1, 'C'],
    ]);
    expect(result.stages[0]?.elected).toEqual(['B', 'A']);
    expect(result.elected).toEqual(['B', 'A']);
  });

  it('transfers the last exclusion, then elects the remaining candidate below the quota', () => {
    // Quota floor(9/2)+1 = 5; nobody reaches it. C, then B, are excluded; A is left for the seat.
    const result = scottish('ABC', 1, [
      [4, 'A'],
      [3, 'B'],
      [2, 'C'],
    ]);
    expect(result.stages.map((s) => s.action.type)).toEqual(['first', 'exclusion', 'exclusion']);
    expect(result.stages[2]?.totals).toEqual({ A: '4.00000', B: '0.00000', C: '0.00000' });
    expect(result.stages[2]?.nonTransferable).toBe('5.00000');
    expect(result.stages[2]?.elected).toEqual(['A']);
  });
});
