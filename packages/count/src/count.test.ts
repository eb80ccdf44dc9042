import { describe, expect, it } from 'vitest';
import { parseBlt } from './blt-reader';
import { countElection, DEFAULT_SEED, METHODS } from './count';
import { electionFromJson } from './election-json';
import {
  CountCapacityError,
  CountError,
  CountOptionsError,
  ElectionInputError,
  NoValidBallotsError,
} from './errors';
import { assertExactCapacity } from './fixed-point';
import { resultToJson } from './result';
import { letters } from './test-support';

const ward = parseBlt('3 2\n4 1 2 0\n3 2 0\n2 3 1 0\n0\n"Ann"\n"Bob"\n"Cy"\n"Ward 9"\n');

describe('countElection', () => {
  it('produces the JSON contract: method, seats, quota, elected, stages and ties first', () => {
    const json = resultToJson(countElection(ward, { method: 'scottish' }));
    expect(Object.keys(json).slice(0, 6)).toEqual(['method', 'seats', 'quota', 'elected', 'stages', 'ties']);
    expect(json).toMatchObject({
      method: 'scottish',
      seats: 2,
      quota: '4',
      title: 'Ward 9',
      seed: DEFAULT_SEED,
    });
    expect(json.stages[0]).toEqual({
      stage: 1,
      action: { type: 'first' },
      totals: { Ann: '4.00000', Bob: '3.00000', Cy: '2.00000' },
      nonTransferable: '0.00000',
      elected: ['Ann'],
      excluded: [],
      exhausted: '0.00000',
      truncationLoss: '0.00000',
      quota: '4',
    });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('takes the seats from the election unless told otherwise; single-winner methods fill one', () => {
    expect(countElection(ward, { method: 'meek' }).seats).toBe(2);
    expect(countElection(ward, { method: 'meek', seats: 1 }).seats).toBe(1);
    expect(countElection(ward, { method: 'av' }).seats).toBe(1);
    expect(countElection(ward, { method: 'fptp' }).elected).toHaveLength(1);
  });

  it('rejects invalid options with typed errors naming the option', () => {
    const cases: [Parameters<typeof countElection>[1], string][] = [
      [{ method: 'scottish', seats: 0 }, 'seats'],
      [{ method: 'scottish', seats: 4 }, 'seats'],
      [{ method: 'scottish', seats: 1.5 }, 'seats'],
      [{ method: 'av', seats: 2 }, 'seats'],
      [{ method: 'borda' as 'av' }, 'method'],
      [{ method: 'scottish', seed: Number.NaN }, 'seed'],
      [{ method: 'scottish', batchElimination: true }, 'batchElimination'],
      [{ method: 'av', threshold: { numerator: 1, denominator: 2 } }, 'threshold'],
      [{ method: 'av', ballotRules: { equalRanking: 'split' as 'skip' } }, 'ballotRules.equalRanking'],
    ];
    for (const [options, option] of cases) {
      expect(() => countElection(ward, options)).toThrow(CountOptionsError);
      try {
        countElection(ward, options);
      } catch (error) {
        expect(error).toMatchObject({ option, code: 'count-options' });
        expect(error).toBeInstanceOf(CountError);
      }
    }
  });

  it('applies ballot-rule overrides', () => {
    const election = { ...ward, ballots: [{ weight: 2, ranks: [[0, 1], 2] }] };
    expect(() => countElection(election, { method: 'av' })).toThrow(NoValidBallotsError);
    expect(countElection(election, { method: 'av', ballotRules: { equalRanking: 'skip' } }).elected).toEqual([
      2,
    ]);
  });

  it('refuses an election too large to count exactly at the rule precision', () => {
    expect(() => assertExactCapacity(10_000_000, 9)).toThrow(CountCapacityError);
    expect(() => assertExactCapacity(9_000_000, 9)).not.toThrow();
  });

  it('says there are no valid ballots instead of declaring a winner, for every method', () => {
    const empty = letters('AB', 1, [[3, '']]);
    const onlyWithdrawn = letters('ABC', 1, [[2, 'C']], 'C');
    const none = letters('AB', 1, []);
    for (const method of METHODS.filter((m) => m !== 'referendum')) {
      expect(() => countElection(empty, { method })).toThrow(NoValidBallotsError);
      expect(() => countElection(onlyWithdrawn, { method })).toThrow(
        'None of the 2 ballot papers has a valid preference for a candidate still standing',
      );
      expect(() => countElection(none, { method })).toThrow('There are no ballots to count');
    }
    const referendum = { ...letters('YN', 1, [[2, '']]), candidates: ['Yes', 'No'] };
    expect(() => countElection(referendum, { method: 'referendum' })).toThrow(NoValidBallotsError);
  });
});

describe('electionFromJson', () => {
  it('reads names or 1-based numbers, equal and skipped ranks, default weight 1', () => {
    const election = electionFromJson({
      title: 'Branch',
      candidates: ['Ann', 'Bob', 'Cy'],
      seats: 1,
      withdrawn: ['Cy'],
      ballots: [{ weight: 3, ranking: ['Ann', ['Bob', 3], [], 2] }, { ranking: [2] }],
    });
    expect(election).toEqual({
      title: 'Branch',
      candidates: ['Ann', 'Bob', 'Cy'],
      seats: 1,
      withdrawn: [2],
      ballots: [
        { weight: 3, ranks: [0, [1, 2], [], 1] },
        { weight: 1, ranks: [1] },
      ],
    });
  });

  it('names the path of the first problem', () => {
    const bad: [unknown, string][] = [
      [null, '$'],
      [{ candidates: 'Ann', seats: 1, ballots: [] }, 'candidates'],
      [{ candidates: ['Ann'], seats: 1, ballots: [{ ranking: ['Zed'] }] }, 'ballots[0].ranking[0]'],
      [{ candidates: ['Ann'], seats: 1, ballots: [{ weight: -1, ranking: [] }] }, 'ballots[0].weight'],
      [{ candidates: ['Ann'], seats: '1', ballots: [] }, 'seats'],
      [{ candidates: ['Ann', 'Ann'], seats: 1, ballots: [] }, 'candidates[1]'],
      [{ candidates: ['Ann'], seats: 1, ballots: [], title: 7 }, 'title'],
    ];
    for (const [input, path] of bad) {
      expect(() => electionFromJson(input)).toThrow(ElectionInputError);
      try {
        electionFromJson(input);
      } catch (error) {
        expect(error).toMatchObject({ path });
      }
    }
  });
});
