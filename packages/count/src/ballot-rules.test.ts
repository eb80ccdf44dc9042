import { describe, expect, it } from 'vitest';
import {
  type BallotRules,
  buildProfile,
  DEFAULT_BALLOT_RULES,
  MAX_BALLOT_NOTES,
  tallyMarks,
} from './ballot-rules';
import type { Ballot, Election } from './election';
import { ElectionInputError } from './errors';

const A = 0;
const B = 1;
const C = 2;
const D = 3;

function election(ballots: Ballot[], withdrawn: number[] = []): Election {
  return { candidates: ['A', 'B', 'C', 'D'], seats: 1, withdrawn, ballots };
}

/** The counted preference lists with their weights, as [weight, ...candidates]. */
function counted(e: Election, rules: Partial<BallotRules> = {}): number[][] {
  const { profile } = buildProfile(e, { ...DEFAULT_BALLOT_RULES, ...rules });
  const lists: number[][] = [];
  for (let g = 0; g < profile.groupCount; g++) {
    const from = profile.start[g] ?? 0;
    const to = profile.start[g + 1] ?? 0;
    lists.push([profile.weight[g] ?? 0, ...profile.prefs.subarray(from, to)]);
  }
  return lists;
}

describe('ballot rules', () => {
  it('reports each irregular ballot line with its BLT line, the preference and what the rule did', () => {
    const e: Election = {
      ...election([
        { weight: 2, ranks: [A, [B, C], D] },
        { weight: 1, ranks: [[A, B], C] },
        { weight: 4, ranks: [A, [], B] },
        { weight: 3, ranks: [A, B] },
        { weight: 1, ranks: [A, B, A, C] },
      ]),
      ballotLines: [3, 4, 6, 7, 9],
    };
    const { notes, notesOmitted } = buildProfile(e, DEFAULT_BALLOT_RULES).report;
    expect(notesOmitted).toBe(0);
    expect(notes).toEqual([
      { line: 3, papers: 2, issue: 'equal-ranking', rank: 2, effect: 'stopped' },
      { line: 4, papers: 1, issue: 'equal-ranking', rank: 1, effect: 'invalid' },
      { line: 6, papers: 4, issue: 'skipped-rank', rank: 2, effect: 'stopped' },
      { line: 9, papers: 1, issue: 'repeated-candidate', rank: 3, effect: 'ignored' },
    ]);
    const shared = buildProfile(e, {
      ...DEFAULT_BALLOT_RULES,
      equalRanking: 'share',
      skippedRank: 'continue',
    });
    expect(shared.report.notes.map((n) => n.effect)).toEqual(['shared', 'shared', 'passed-over', 'ignored']);
  });

  it('keeps the counts for every line but lists at most MAX_BALLOT_NOTES of them', () => {
    const many = election(
      Array.from({ length: MAX_BALLOT_NOTES + 5 }, () => ({ weight: 1, ranks: [[A, B]] })),
    );
    const { report } = buildProfile(many, DEFAULT_BALLOT_RULES);
    expect(report.notes).toHaveLength(MAX_BALLOT_NOTES);
    expect(report.notesOmitted).toBe(5);
    expect(report.equalRanking).toBe(MAX_BALLOT_NOTES + 5);
    expect(report.notes[0]).toEqual({
      ballot: 1,
      papers: 1,
      issue: 'equal-ranking',
      rank: 1,
      effect: 'invalid',
    });
  });

  it('groups identical preference lists and adds their weights', () => {
    const e = election([
      { weight: 2, ranks: [A, B] },
      { weight: 3, ranks: [B] },
      { weight: 1, ranks: [A, B] },
    ]);
    expect(counted(e)).toEqual([
      [3, A, B],
      [3, B],
    ]);
    expect(buildProfile(e, DEFAULT_BALLOT_RULES).report).toMatchObject({ cast: 6, valid: 6, distinct: 2 });
  });

  it('stops a paper at an equal ranking by default and makes an equal first preference invalid', () => {
    const e = election([
      { weight: 1, ranks: [A, [B, C], D] },
      { weight: 2, ranks: [[A, B], C] },
    ]);
    expect(counted(e)).toEqual([[1, A]]);
    expect(buildProfile(e, DEFAULT_BALLOT_RULES).report).toMatchObject({
      cast: 3,
      valid: 1,
      invalid: 2,
      empty: 0,
      equalRanking: 3,
    });
  });

  it('can pass over an equal ranking instead', () => {
    const e = election([{ weight: 1, ranks: [A, [B, C], D] }]);
    expect(counted(e, { equalRanking: 'skip' })).toEqual([[1, A, D]]);
  });

  it('stops a paper at a skipped rank by default, or continues past it', () => {
    const e = election([{ weight: 1, ranks: [A, [], C] }]);
    expect(counted(e)).toEqual([[1, A]]);
    expect(counted(e, { skippedRank: 'continue' })).toEqual([[1, A, C]]);
    expect(buildProfile(e, DEFAULT_BALLOT_RULES).report.skippedRank).toBe(1);
  });

  it('ignores a repeated candidate by default, or stops the paper there', () => {
    const e = election([{ weight: 1, ranks: [A, B, A, C] }]);
    expect(counted(e)).toEqual([[1, A, B, C]]);
    expect(counted(e, { repeatedCandidate: 'exhaust' })).toEqual([[1, A, B]]);
    expect(buildProfile(e, DEFAULT_BALLOT_RULES).report.repeatedCandidate).toBe(1);
  });

  it('strikes out withdrawn candidates, including from equal rankings', () => {
    const e = election(
      [
        { weight: 1, ranks: [B, A] },
        { weight: 1, ranks: [[B, C], D] },
        { weight: 1, ranks: [B] },
      ],
      [B],
    );
    expect(counted(e)).toEqual([
      [1, A],
      [1, C, D],
    ]);
    expect(buildProfile(e, DEFAULT_BALLOT_RULES).report).toMatchObject({
      valid: 2,
      invalid: 1,
      empty: 1,
      withdrawnPreference: 3,
    });
  });

  it('reports empty papers as invalid and leaves them out of the valid poll', () => {
    const e = election([
      { weight: 4, ranks: [] },
      { weight: 1, ranks: [A] },
    ]);
    const { profile, report } = buildProfile(e, DEFAULT_BALLOT_RULES);
    expect(profile.papers).toBe(1);
    expect(report).toMatchObject({ cast: 5, valid: 1, invalid: 4, empty: 4 });
  });

  it('rejects candidate indices out of range, even after the point where a paper stops', () => {
    expect(() => buildProfile(election([{ weight: 1, ranks: [A, [], 9] }]), DEFAULT_BALLOT_RULES)).toThrow(
      ElectionInputError,
    );
    expect(() => buildProfile(election([{ weight: 0, ranks: [A] }]), DEFAULT_BALLOT_RULES)).toThrow(
      'ballots[0].weight',
    );
  });

  it('reads X marks for block voting: equal rankings count if they fit, an over-vote stops the paper', () => {
    const e = election([
      { weight: 1, ranks: [[A, B]] },
      { weight: 1, ranks: [[A, B, C]] },
      { weight: 1, ranks: [C, [A, B]] },
      { weight: 1, ranks: [D, C, B, A] },
    ]);
    const { votes, report } = tallyMarks(e, DEFAULT_BALLOT_RULES, 2);
    expect(votes).toEqual([1, 1, 2, 1]);
    expect(report).toMatchObject({ cast: 4, valid: 3, invalid: 1, equalRanking: 2 });
  });
});
