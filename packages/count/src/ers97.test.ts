import { describe, expect, it } from 'vitest';
import { countElection } from './count';
import { resultToJson } from './result';
import { letters } from './test-support';

const ers97 = (...args: Parameters<typeof letters>) =>
  resultToJson(countElection(letters(...args), { method: 'ers97' }));

describe('ERS97 STV (hand-worked)', () => {
  it('transfers a first-stage surplus from all papers and a later one from the last batch only', () => {
    // Quota 51/4 = 12.75 exactly. Stage 2: A's surplus 7.25 over 20 transferable papers
    // → 0.36 each (0.3625 truncated), 0.05 lost. Stage 3: D excluded, B reaches 18.
    // Stage 4: B's surplus 5.25 comes only from D's batch of 7 papers, 6 of them
    // transferable → 0.87 each (0.875 truncated), 0.03 lost.
    const result = ers97('ABCDE', 3, [
      [20, 'AE'],
      [11, 'B'],
      [9, 'C'],
      [6, 'DBC'],
      [1, 'DB'],
      [4, 'EC'],
    ]);
    expect(result.quota).toBe('12.75');
    expect(result.stages.map((s) => [s.action, s.totals, s.nonTransferable, s.elected])).toEqual([
      [{ type: 'first' }, { A: '20.00', B: '11.00', C: '9.00', D: '7.00', E: '4.00' }, '0.00', ['A']],
      [
        { type: 'surplus', candidate: 'A' },
        { A: '12.75', B: '11.00', C: '9.00', D: '7.00', E: '11.20' },
        '0.05',
        [],
      ],
      [
        { type: 'exclusion', candidate: 'D', candidates: ['D'], reason: 'lowest' },
        { A: '12.75', B: '18.00', C: '9.00', D: '0.00', E: '11.20' },
        '0.05',
        ['B'],
      ],
      [
        { type: 'surplus', candidate: 'B' },
        { A: '12.75', B: '12.75', C: '14.22', D: '0.00', E: '11.20' },
        '0.08',
        ['C'],
      ],
    ]);
    expect(result.elected).toEqual(['A', 'B', 'C']);
  });

  it('defers a surplus that cannot save the lowest candidates and excludes them together', () => {
    // Quota 75/4 = 18.75. A's surplus 6.25: F 2 + E 3 + 6.25 = 11.25 ≤ D 14, so F and E are
    // excluded in bulk first; then A's and B's surpluses go; C is elected on the active vote
    // (C 15 ≥ (15 + 14) / 2).
    const result = ers97('ABCDEF', 3, [
      [25, 'AB'],
      [16, 'B'],
      [15, 'C'],
      [14, 'D'],
      [3, 'EF'],
      [2, 'FE'],
    ]);
    expect(result.stages.map((s) => s.action)).toEqual([
      { type: 'first' },
      { type: 'exclusion', candidate: 'F', candidates: ['F', 'E'], reason: 'bulk' },
      { type: 'surplus', candidate: 'A' },
      { type: 'surplus', candidate: 'B' },
    ]);
    expect(result.stages.map((s) => s.nonTransferable)).toEqual(['0.00', '5.00', '5.00', '8.50']);
    expect(result.stages[2]?.totals).toMatchObject({ A: '18.75', B: '22.25' });
    expect(result.stages[3]?.totals).toMatchObject({ A: '18.75', B: '18.75', C: '15.00', D: '14.00' });
    expect(result.stages.map((s) => s.elected)).toEqual([['A'], [], ['B'], ['C']]);
  });

  it('breaks ties forward (first stage where they differed) and reduces the quota for non-transferable papers', () => {
    // Stage 1: B 6 > C 5; stage 2: C 7 > B 6; stage 3: B 7 = C 7. Forward: C was lower at stage 1.
    const result = ers97('ABCXY', 1, [
      [10, 'A'],
      [6, 'B'],
      [5, 'C'],
      [1, 'XB'],
      [3, 'X'],
      [2, 'YC'],
    ]);
    expect(result.stages.map((s) => s.quota)).toEqual(['13.50', '13.50', '12.00', '8.50']);
    expect(result.stages[3]?.action).toMatchObject({ type: 'exclusion', candidate: 'C' });
    expect(result.ties).toEqual([
      { stage: 3, what: 'exclusion', by: 'history', candidates: ['B', 'C'], chosen: ['C'] },
    ]);
    expect(result.stages[3]?.elected).toEqual(['A']);
  });

  it('makes no transfer for an exclusion that leaves as many candidates as vacancies (5.5.1)', () => {
    const result = ers97('ABC', 2, [[10, 'A']]);
    expect(result.stages.map((s) => s.action.type)).toEqual(['first', 'surplus']);
    expect(result.ties).toHaveLength(1);
    expect(result.ties[0]).toMatchObject({ stage: 2, what: 'exclusion', by: 'lot', candidates: ['B', 'C'] });
    const excluded = result.ties[0]?.chosen[0];
    expect(result.stages[1]?.excluded).toEqual([excluded]);
    expect(result.elected).toEqual(['A', excluded === 'B' ? 'C' : 'B']);
  });

  it('elects none of the candidates tied for the last place when no earlier point separates them (5.6.2)', () => {
    const result = ers97('AB', 1, [
      [5, 'A'],
      [5, 'B'],
    ]);
    expect(result.quota).toBe('5.00');
    expect(result.ties[0]).toEqual({
      stage: 1,
      what: 'election',
      by: 'unresolved',
      candidates: ['A', 'B'],
      chosen: [],
    });
    expect(result.ties[1]).toMatchObject({ stage: 1, what: 'exclusion', by: 'lot' });
    expect(result.stages).toHaveLength(1);
    expect(result.elected).toHaveLength(1);
  });

  it('reproduces the published first two stages of the ERS model election (section 8 of the booklet)', () => {
    // Published: 753 valid votes, 11 candidates, 6 seats, quota 753/7 = 107.57142 → 107.58; Smith
    // (A) has 134; the last two have 24 and 23. Smith's surplus 26.42 is transferred (it exceeds
    // 24 − 23) from 123 transferable papers at 26.42/123 → 0.21, leaving 26.42 − 25.83 = 0.59
    // non-transferable. Only these figures are published in the part of the booklet available
    // here; the other candidates' votes and the next preferences are made up to match them.
    const result = ers97('ABCDEFGHIJK', 6, [
      [60, 'AB'],
      [40, 'AJ'],
      [23, 'AK'],
      [11, 'A'],
      [106, 'B'],
      [95, 'C'],
      [90, 'D'],
      [80, 'E'],
      [70, 'F'],
      [60, 'G'],
      [41, 'H'],
      [30, 'I'],
      [24, 'J'],
      [23, 'K'],
    ]);
    expect(result.validVotes).toBe(753);
    expect(result.quota).toBe('107.58');
    expect(result.stages[0]?.elected).toEqual(['A']);
    const second = result.stages[1];
    expect(second?.action).toEqual({ type: 'surplus', candidate: 'A' });
    expect(second?.totals).toMatchObject({ A: '107.58', B: '118.60', J: '32.40', K: '27.83' });
    expect(second?.nonTransferable).toBe('0.59');
  });
});
