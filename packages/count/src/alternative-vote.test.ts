import { describe, expect, it } from 'vitest';
import { countElection } from './count';
import { resultToJson } from './result';
import { letters } from './test-support';

describe('AV / IRV (hand-worked)', () => {
  it('excludes the lowest until someone has more than half of the continuing votes', () => {
    // 22 papers: no majority (12). D out → C 7 ties B 7; C was lower at stage 1, so C goes.
    // C's papers: 4 to B, 3 exhausted. B 11 of 19 continuing is a majority (10).
    const result = resultToJson(
      countElection(
        letters('ABCD', 1, [
          [8, 'A'],
          [5, 'BA'],
          [2, 'B'],
          [4, 'CB'],
          [3, 'DC'],
        ]),
        { method: 'av' },
      ),
    );
    expect(result.stages.map((s) => [s.action.type, s.totals, s.quota, s.nonTransferable])).toEqual([
      ['first', { A: '8', B: '7', C: '4', D: '3' }, '12', '0'],
      ['exclusion', { A: '8', B: '7', C: '7', D: '0' }, '12', '0'],
      ['exclusion', { A: '8', B: '11', C: '0', D: '0' }, '10', '3'],
    ]);
    expect(result.ties).toEqual([
      { stage: 2, what: 'exclusion', by: 'history', candidates: ['B', 'C'], chosen: ['C'] },
    ]);
    expect(result.elected).toEqual(['B']);
    expect(result.quota).toBe('10');
  });

  it('can exclude together every candidate whose combined votes are below the next (batch elimination)', () => {
    const election = letters('ABCD', 1, [
      [10, 'A'],
      [9, 'BA'],
      [3, 'CB'],
      [2, 'DB'],
    ]);
    const batch = resultToJson(countElection(election, { method: 'av', batchElimination: true }));
    expect(batch.stages.map((s) => s.action)).toEqual([
      { type: 'first' },
      { type: 'exclusion', candidate: 'D', candidates: ['D', 'C'], reason: 'bulk' },
    ]);
    expect(batch.elected).toEqual(['B']);
    const single = resultToJson(countElection(election, { method: 'av' }));
    expect(single.stages).toHaveLength(3);
    expect(single.elected).toEqual(['B']);
  });

  it('elects a first-preference majority at once', () => {
    const result = resultToJson(
      countElection(
        letters('AB', 1, [
          [6, 'A'],
          [5, 'B'],
        ]),
        { method: 'av' },
      ),
    );
    expect(result.stages).toHaveLength(1);
    expect(result.elected).toEqual(['A']);
  });
});
